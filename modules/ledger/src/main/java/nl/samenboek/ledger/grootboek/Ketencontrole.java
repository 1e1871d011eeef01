package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.ledger.controlepunt.Controlepunt;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a gemeente's entries one by one, in volgnummer order, as docs/auditor.md defines the chain: volgnummers from 1 without
 * gaps, each {@code vorigeHash} the previous entry's hash (64 zeros for the first), each hash recomputed from the
 * gebeurtenis, and each gebeurtenis one that concerns this gemeente. The first fault is kept; later entries are
 * still counted so the report shows the length of what was checked. Given signed checkpoints, it also checks that the
 * chain still passes through each of them and is not shorter than the longest: history rewritten or cut off after a
 * checkpoint is caught even when the new chain is internally consistent.
 */
public final class Ketencontrole {

    private final String gemeente;
    private long aantal;
    private String hoofdHash = Hashketen.BEGIN;
    private Verificatie.Fout eersteFout;
    private long canoniekeBytes;
    private final TreeMap<Long, Controlepunt> controlepunten = new TreeMap<>();

    public Ketencontrole(String gemeente) {
        this.gemeente = gemeente;
    }

    /** Continues a chain already verified up to {@code aantal} entries with head {@code hoofdHash}. */
    public static Ketencontrole vanaf(String gemeente, long aantal, String hoofdHash) {
        Ketencontrole controle = new Ketencontrole(gemeente);
        controle.aantal = aantal;
        controle.hoofdHash = hoofdHash;
        return controle;
    }

    /** Checkpoints (already checked for their signature) the chain must pass through. */
    public Ketencontrole metControlepunten(Collection<Controlepunt> punten) {
        punten.stream().filter(p -> gemeente.equals(p.gemeente())).forEach(p -> controlepunten.put(p.aantal(), p));
        return this;
    }

    /** Checks the next entry; {@code false} once any fault has been found. */
    public boolean controleer(Grootboekregel regel) {
        long verwacht = aantal + 1;
        if (!gemeente.equals(regel.gemeente())) {
            meld(verwacht, "de regel hoort bij gemeente '" + regel.gemeente() + "', niet bij '" + gemeente + "'");
        } else if (regel.volgnummer() != verwacht) {
            meld(verwacht, regel.volgnummer() > verwacht
                    ? "volgnummer " + verwacht + " ontbreekt (na " + aantal + " volgt " + regel.volgnummer() + ")"
                    : "volgnummer " + regel.volgnummer() + " staat op de plaats van " + verwacht);
        } else if (!hoofdHash.equals(regel.vorigeHash())) {
            meld(verwacht, "vorigeHash is niet de hash van regel " + aantal + ": de volgorde is gewijzigd of er ontbreekt een regel");
        } else if (regel.gebeurtenis() == null) {
            meld(verwacht, "de gebeurtenis ontbreekt");
        } else if (!Hashketen.hash(regel.vorigeHash(), canoniek(regel)).equals(regel.hash())) {
            meld(verwacht, "de hash klopt niet: de gebeurtenis " + regel.gebeurtenis().path("id").asText()
                    + " is na vastlegging gewijzigd");
        } else if (!betreftGemeente(regel.gebeurtenis())) {
            meld(verwacht, "de gebeurtenis " + regel.gebeurtenis().path("id").asText() + " betreft gemeente " + gemeente + " niet");
        }
        aantal++;
        hoofdHash = regel.hash();
        Controlepunt punt = controlepunten.get(aantal);
        if (punt != null && !punt.hoofdHash().equals(hoofdHash)) {
            meld(aantal, "regel " + aantal + " wijkt af van het ondertekende controlepunt van " + punt.tijdstip()
                    + ": de geschiedenis is na dat controlepunt herschreven");
        }
        return eersteFout == null;
    }

    private byte[] canoniek(Grootboekregel regel) {
        byte[] bytes = Hashketen.canoniek(regel.gebeurtenis());
        canoniekeBytes += bytes.length;
        return bytes;
    }

    /** How many bytes of canonical JSON were hashed so far (what verification costs, in the benchmark). */
    public long canoniekeBytes() {
        return canoniekeBytes;
    }

    /** Records a fault found outside the chain itself, such as an event missing from the event store. */
    public void meld(long volgnummer, String reden) {
        if (eersteFout == null) {
            eersteFout = new Verificatie.Fout(volgnummer, reden);
        }
    }

    public long aantal() {
        return aantal;
    }

    public String hoofdHash() {
        return hoofdHash;
    }

    public boolean geldig() {
        return eersteFout == null;
    }

    public Verificatie uitkomst() {
        Map.Entry<Long, Controlepunt> langste = controlepunten.lastEntry();
        if (langste != null && langste.getKey() > aantal) {
            meld(aantal + 1, "het grootboek eindigt bij regel " + aantal + ", maar het ondertekende controlepunt van "
                    + langste.getValue().tijdstip() + " noemt " + langste.getKey() + " regels: er zijn regels verdwenen");
        }
        return new Verificatie(gemeente, aantal, hoofdHash, eersteFout == null, eersteFout);
    }

    private boolean betreftGemeente(JsonNode gebeurtenis) {
        for (JsonNode betrokken : gebeurtenis.path("data").path("gemeenten")) {
            if (gemeente.equals(betrokken.asText())) {
                return true;
            }
        }
        return false;
    }
}

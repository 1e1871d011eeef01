package nl.samenboek.ledger.overdracht;

import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;

import nl.samenboek.ledger.grootboek.Gebeurtenisvorm;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.grootboek.Grootboekregel;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.medewerker.Medewerkerregister;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports one gemeente's exported grootboek into a fresh instance (ontvlechting, seed 003/004): the gemeente takes its
 * complete, provable history along. Every entry is verified as it is read, the events are appended with their original
 * ids, aggregates, versions and timestamps through the same storage engine that writes every event (so their ledger
 * entries are built exactly as the first time), and at the end this instance's chain for the gemeente must have the
 * same length and head hash as the file. The medewerkers' pseudonyms come along into the register, nameless (there is
 * no name to carry), so their history stays valid here. One transaction: a file that fails anywhere leaves the store
 * empty.
 * Only into an empty event store; an instance that already has history cannot take another's.
 */
public class Grootboekimport {

    /**
     * Uitkomst of an import: the gemeente's chain as this instance now holds it, and the exporting instance's checkpoint
     * it was checked against and keeps as provenance.
     */
    public record Uitkomst(String gemeente, long aantal, String hoofdHash, long gebeurtenissen, Controlepunt herkomst) {
    }

    private static final int BATCH = 500;
    private static final long SLOT = 0x73616d656e626f6bL; // "samenbok": one import at a time, across nodes

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final EventStorageEngine opslag;
    private final Medewerkerregister medewerkers;

    public Grootboekimport(JdbcTemplate jdbc, TransactionTemplate transactie, EventStorageEngine opslag,
                           Medewerkerregister medewerkers) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.opslag = opslag;
        this.medewerkers = medewerkers;
    }

    /** Whether this instance could take an import: its event store holds nothing yet. */
    public boolean isLeeg() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry)", Boolean.class));
    }

    public Uitkomst importeer(InputStream ndjson, Importherkomst herkomst) {
        return transactie.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, SLOT);
            if (!isLeeg()) {
                throw new Conflict("Deze instantie heeft al gebeurtenissen; een grootboek importeren kan alleen in een nieuwe, "
                        + "lege instantie (start haar met SAMENBOEK_STARTGEGEVENS=uit).");
            }
            Ketencontrole[] controle = {null};
            List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
            Set<String> pseudoniemen = new LinkedHashSet<>();
            long gebeurtenissen;
            try {
                gebeurtenissen = Exportbestand.lees(ndjson, regel -> {
                    if (controle[0] == null) {
                        if (!regel.gemeente().equals(herkomst.controlepunt().gemeente())) {
                            throw new OngeldigeInvoer(Importherkomst.KOP, "het controlepunt is van " + herkomst.controlepunt().gemeente()
                                    + ", het bestand van " + regel.gemeente());
                        }
                        controle[0] = new Ketencontrole(regel.gemeente()).metControlepunten(List.of(herkomst.controlepunt()));
                    }
                    if (!controle[0].controleer(regel)) {
                        Verificatie.Fout fout = controle[0].uitkomst().eersteFout();
                        throw ongeldig(fout.volgnummer(), fout.reden());
                    }
                    DomainEventMessage<?> bericht = bericht(regel);
                    if (bericht.getPayload() instanceof UrenGeregistreerd registratie) {
                        pseudoniemen.add(registratie.medewerker());
                    }
                    batch.add(bericht);
                    if (batch.size() == BATCH) {
                        opslag.appendEvents(batch);
                        batch.clear();
                    }
                    return true;
                }, gelezen -> { });
            } catch (Exportbestand.OngeldigeRegel fout) {
                throw new OngeldigeInvoer("regel[" + fout.regelnummer() + "]", "is geen grootboekregel zoals docs/auditor.md die beschrijft");
            }
            if (controle[0] == null) {
                throw new OngeldigeInvoer("bestand", "bevat geen grootboekregels");
            }
            Ketencontrole bestand = controle[0];
            Verificatie.Fout tekort = bestand.uitkomst().eersteFout();
            if (tekort != null) { // the file ends before the checkpoint it came with
                throw new OngeldigeInvoer(Importherkomst.KOP, tekort.reden());
            }
            opslag.appendEvents(batch);
            medewerkers.neemOverZonderNaam(pseudoniemen);
            Map<String, Object> kop = jdbc.queryForMap("SELECT volgnummer, hash FROM grootboek WHERE gemeente = ? "
                    + "ORDER BY volgnummer DESC LIMIT 1", bestand.uitkomst().gemeente());
            long aantal = ((Number) kop.get("volgnummer")).longValue();
            String hoofdHash = (String) kop.get("hash");
            if (aantal != bestand.aantal() || !hoofdHash.equals(bestand.hoofdHash())) {
                // a hash-consistent file whose events do not read back as samenboek events (fields this version does
                // not know, another form of a number): storing it would make a different chain, so nothing is stored
                throw new OngeldigeInvoer("bestand", "de gebeurtenissen geven in deze instantie een andere keten (" + aantal
                        + " regels, kop " + hoofdHash + ") dan het bestand (" + bestand.aantal() + " regels, kop "
                        + bestand.hoofdHash() + "); niets is opgeslagen");
            }
            jdbc.update("INSERT INTO importherkomst (gemeente, aantal, hoofd_hash, controlepunt, sleutel) VALUES (?, ?, ?, ?, ?)",
                    herkomst.controlepunt().gemeente(), herkomst.controlepunt().aantal(), herkomst.controlepunt().hoofdHash(),
                    herkomst.controlepuntJson(), herkomst.sleutelJson());
            return new Uitkomst(bestand.uitkomst().gemeente(), aantal, hoofdHash, gebeurtenissen, herkomst.controlepunt());
        });
    }

    /** The event exactly as the exporting instance stored it: same id, aggregate, version and timestamp. */
    private static DomainEventMessage<?> bericht(Grootboekregel regel) {
        JsonNode gebeurtenis = regel.gebeurtenis();
        try {
            return new GenericDomainEventMessage<>(gebeurtenis.path("aggregaat").asText(), gebeurtenis.path("aggregaatId").asText(),
                    gebeurtenis.path("versie").asLong() - 1, Exportbestand.inhoud(gebeurtenis), metadata(gebeurtenis),
                    gebeurtenis.path("id").asText(), Exportbestand.tijdstip(gebeurtenis));
        } catch (IllegalArgumentException e) {
            throw ongeldig(regel.volgnummer(), e.getMessage());
        }
    }

    /** {@code door} goes back into the metadata it came from, so the imported event hashes to the same entry. */
    private static Map<String, ?> metadata(JsonNode gebeurtenis) {
        JsonNode door = gebeurtenis.get(Gebeurtenisvorm.DOOR);
        if (door == null || !door.isObject()) {
            return Map.of();
        }
        return Map.of(Gebeurtenisvorm.DOOR, GebeurtenisJson.mapper().convertValue(door, Map.class));
    }

    private static OngeldigeInvoer ongeldig(long volgnummer, String reden) {
        return new OngeldigeInvoer("volgnummer[" + volgnummer + "]", reden);
    }
}

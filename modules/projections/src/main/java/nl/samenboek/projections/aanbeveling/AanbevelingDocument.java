package nl.samenboek.projections.aanbeveling;

import nl.samenboek.messages.aanbeveling.AanbevelingGebeurtenis;
import nl.samenboek.messages.aanbeveling.AanbevelingIngedeeld;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.Terugkerend;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A recommendation with every fact recorded about it, each with the date it is about and the instant it was recorded,
 * so that its status can be answered for any peildatum and bekendOp.
 */
@Document("aanbevelingen")
public class AanbevelingDocument {

    @Id
    private String letter;
    private String titel;
    private Aanbevelingscategorie categorie;
    private String beoogdResultaat;
    private String tijdpad;
    private LocalDate deadline;
    private List<Mijlpaal> mijlpalen = new ArrayList<>();
    private Terugkerend terugkerend;
    private LocalDate vastgesteldOp;
    private String bron;
    private List<String> gemeenten = new ArrayList<>();
    private Instant vastgelegdOp;
    private String eersteStap;
    private boolean perGemeente;
    private Instant ingedeeldOp;
    private long versie;
    private List<Feit> feiten = new ArrayList<>();

    /**
     * @param soort         gestart, voortgang, mijlpaal, gerealiseerd, uitstel or verval
     * @param datum         the date the fact is about
     * @param nieuweDeadline for an uitstel
     * @param toelichting   the toelichting of a melding, the reden of a besluit
     * @param stap          the stap a melding or uitstel is about; null for one from before steps existed
     * @param gemeente      the gemeente a melding is about; null for all of them
     */
    public record Feit(String soort, LocalDate datum, LocalDate nieuweDeadline, String toelichting, String door,
                       Instant vastgelegdOp, Integer stap, String gemeente) {

        public boolean isVoortgang() {
            return !soort.equals(UITSTEL) && !soort.equals(VERVAL);
        }
    }

    public static final String UITSTEL = "uitstel";
    public static final String VERVAL = "verval";

    /** Applies an event of this recommendation; false for one already applied. */
    public boolean verwerk(AanbevelingGebeurtenis event, long versie, Instant tijdstip) {
        if (versie <= this.versie) {
            return false;
        }
        if (event instanceof AanbevelingVastgesteld e) {
            letter = e.letter();
            titel = e.titel();
            categorie = e.categorie();
            beoogdResultaat = e.beoogdResultaat();
            tijdpad = e.tijdpad();
            deadline = e.deadline();
            mijlpalen = new ArrayList<>(e.mijlpalen());
            terugkerend = e.terugkerend();
            vastgesteldOp = e.vastgesteldOp();
            bron = e.bron();
            gemeenten = new ArrayList<>(e.gemeenten());
            vastgelegdOp = tijdstip;
        } else if (event instanceof AanbevelingIngedeeld e) {
            eersteStap = e.eersteStap();
            perGemeente = e.perGemeente();
            ingedeeldOp = tijdstip;
        } else if (event instanceof VoortgangGemeld e) {
            feiten.add(new Feit(e.soort().code(), e.datum(), null, e.toelichting(), e.door(), tijdstip, e.stap(), e.gemeente()));
        } else if (event instanceof UitstelBesloten e) {
            feiten.add(new Feit(UITSTEL, e.datum(), e.nieuweDeadline(), e.reden(), "bestuur", tijdstip, e.stap(), null));
        } else if (event instanceof VervalBesloten e) {
            feiten.add(new Feit(VERVAL, e.datum(), null, e.reden(), "bestuur", tijdstip, null, null));
        }
        this.versie = versie;
        return true;
    }

    public String getLetter() {
        return letter;
    }

    public String getTitel() {
        return titel;
    }

    public Aanbevelingscategorie getCategorie() {
        return categorie;
    }

    public String getBeoogdResultaat() {
        return beoogdResultaat;
    }

    public String getTijdpad() {
        return tijdpad;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public List<Mijlpaal> getMijlpalen() {
        return mijlpalen;
    }

    public Terugkerend getTerugkerend() {
        return terugkerend;
    }

    public LocalDate getVastgesteldOp() {
        return vastgesteldOp;
    }

    public String getBron() {
        return bron;
    }

    public List<String> getGemeenten() {
        return gemeenten;
    }

    /** What the first stap asks; null until the recommendation is ingedeeld. */
    public String getEersteStap() {
        return eersteStap;
    }

    public boolean isPerGemeente() {
        return perGemeente;
    }

    /** When the ledger recorded how the recommendation is followed; null before. */
    public Instant getIngedeeldOp() {
        return ingedeeldOp;
    }

    public Instant getVastgelegdOp() {
        return vastgelegdOp;
    }

    public long getVersie() {
        return versie;
    }

    public List<Feit> getFeiten() {
        return feiten;
    }
}

package nl.samenboek.projections.signaal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An early warning for the people who steer (nota HLT Samen Verder, 2.1.2: "zodat knelpunten tijdig in beeld zijn en
 * door het bestuur keuzes gemaakt kunnen worden"): what, how serious, about whom, since when. Opdracht-level signals
 * name the opdracht; team-level ones count the opdrachten and hours involved and list them in {@code opdrachten}.
 *
 * @param gemeente   the one gemeente it is about, where there is one
 * @param gemeenten  every gemeente it concerns (empty for a team or the whole samenwerking)
 * @param aantal     for a team-level signal: how many opdrachten are involved
 * @param uren       the hours the signal is about (over, geraamd, toegezegd), where it has any
 * @param opdrachten the opdrachten involved, with their titel
 */
public record Signaal(Soort soort, Ernst ernst, String gemeente, List<String> gemeenten, String opdracht, String team,
                      String aanbeveling, String omschrijving, LocalDate sinds, Integer aantal, BigDecimal uren,
                      List<Betrokken> opdrachten) {

    /** An opdracht a signal is about. */
    public record Betrokken(String id, String titel, List<String> gemeenten) {
    }

    public enum Soort implements Code {
        UREN_OVERSCHRIJDING("uren-overschrijding"),
        OPLEVERING_TE_LAAT("oplevering-te-laat"),
        KNELPUNT("knelpunt"),
        TEAM_BOVEN_CAPACITEIT("team-boven-capaciteit"),
        VRIJE_RUIMTE_OP("vrije-ruimte-op"),
        TEAM_ZONDER_WERKPLAN("team-zonder-werkplan"),
        VERDEELSLEUTEL_AFWIJKING("verdeelsleutel-afwijking"),
        MAATWERK_BOVEN_NORM("maatwerk-boven-norm"),
        AANBEVELING_TE_LAAT("aanbeveling-te-laat"),
        RESULTAAT_ONDER_STREEFWAARDE("resultaat-onder-streefwaarde"),
        HERKOMST_ONTBREEKT("herkomst-ontbreekt");

        private final String code;

        Soort(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }

        @JsonCreator
        public static Soort van(String code) {
            return Code.van(Soort.class, code);
        }
    }

    public enum Ernst implements Code {
        HOOG("hoog"),
        MIDDEN("midden"),
        LAAG("laag");

        private final String code;

        Ernst(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }

        @JsonCreator
        public static Ernst van(String code) {
            return Code.van(Ernst.class, code);
        }
    }

    /** Whether it concerns the gemeente: its own, or one of the opdracht it names; team and agenda signals concern all. */
    public boolean betreft(String gemeente) {
        return gemeenten.isEmpty() || gemeenten.contains(gemeente);
    }

    /** The same signal as a college or raad of {@code gemeente} may see it: no titles or ids of another gemeente's opdrachten. */
    public Signaal zichtbaarVoor(String gemeente) {
        return new Signaal(soort, ernst, this.gemeente, gemeenten, opdracht, team, aanbeveling, omschrijving, sinds, aantal, uren,
                opdrachten.stream().filter(b -> b.gemeenten().contains(gemeente)).toList());
    }
}

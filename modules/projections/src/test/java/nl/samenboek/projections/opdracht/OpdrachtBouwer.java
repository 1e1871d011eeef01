package nl.samenboek.projections.opdracht;

import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Test data: an opdracht told as its history, event by event, and folded as the projection folds it. Defaults are
 * those of an ordinary standaard beleid opdracht; only what a test is about needs saying. The id follows from the
 * titel, so a run repeats exactly.
 * <pre>
 * OpdrachtDocument a = OpdrachtBouwer.aanvraag("Scenario A").door("hillegom", "lisse", "teylingen").team("ruimte")
 *         .aangevraagd().medeondertekendDoorAllen().aanvaard().toegezegd(2021, "400").document();
 * </pre>
 */
public final class OpdrachtBouwer {

    private static final Instant BEGIN = Instant.parse("2021-01-04T09:00:00Z");

    private final OpdrachtId id;
    private final String aanvrager;
    private final List<String> gemeenten;
    private final List<OpdrachtGebeurtenis> gebeurtenissen = new ArrayList<>();
    private int afspraken;

    private OpdrachtBouwer(OpdrachtAangevraagd aanvraag) {
        this.id = aanvraag.opdrachtId();
        this.aanvrager = aanvraag.aanvrager();
        this.gemeenten = aanvraag.gemeenten();
        gebeurtenissen.add(aanvraag);
    }

    public static Aanvraag aanvraag(String titel) {
        return new Aanvraag(titel);
    }

    /** The aanvraag, before it is made: the opdracht's fixed facts. */
    public static final class Aanvraag {
        private final String titel;
        private String aanvrager = "lisse";
        private List<String> gemeenten = List.of("lisse");
        private Categorie categorie = Categorie.BELEID;
        private Soort soort = Soort.STANDAARD;
        private String team = "team-a";
        private int begrotingsjaar = 2021;
        private BigDecimal geraamdeUren = new BigDecimal("100");

        private Aanvraag(String titel) {
            this.titel = titel;
        }

        /** Asked by the first gemeente, for all the gemeenten named. */
        public Aanvraag door(String aanvrager, String... anderen) {
            this.aanvrager = aanvrager;
            List<String> alle = new ArrayList<>(List.of(anderen));
            alle.add(aanvrager);
            this.gemeenten = alle.stream().distinct().sorted().toList();
            return this;
        }

        public Aanvraag categorie(Categorie categorie) {
            this.categorie = categorie;
            return this;
        }

        public Aanvraag maatwerk() {
            this.soort = Soort.MAATWERK;
            return this;
        }

        public Aanvraag team(String team) {
            this.team = team;
            return this;
        }

        public Aanvraag begrotingsjaar(int jaar) {
            this.begrotingsjaar = jaar;
            return this;
        }

        public OpdrachtBouwer aangevraagd() {
            OpdrachtId id = OpdrachtId.van(UUID.nameUUIDFromBytes(titel.getBytes(StandardCharsets.UTF_8)).toString());
            return new OpdrachtBouwer(new OpdrachtAangevraagd(id, aanvrager, gemeenten, titel, "Omschrijving van " + titel, categorie,
                    soort, "0.1", team, begrotingsjaar, geraamdeUren, null, List.of()));
        }
    }

    /** Every concerned college other than the requester co-signs. */
    public OpdrachtBouwer medeondertekendDoorAllen() {
        gemeenten.stream().filter(g -> !g.equals(aanvrager)).forEach(g -> voeg(new OpdrachtMedeondertekend(id, g, gemeenten)));
        return this;
    }

    public OpdrachtBouwer aanvaard() {
        return voeg(new OpdrachtAanvaard(id, gemeenten));
    }

    public OpdrachtBouwer afgewezen(String reden) {
        return voeg(new OpdrachtAfgewezen(id, reden, gemeenten));
    }

    public OpdrachtBouwer ingetrokken(String reden) {
        return voeg(new OpdrachtIngetrokken(id, aanvrager, reden, gemeenten));
    }

    /** Hours committed for the jaar, split by the verdeelsleutel. */
    public OpdrachtBouwer toegezegd(int jaar, String uren) {
        return voeg(new UrenToegezegd(id, jaar, new BigDecimal(uren), null, gemeenten));
    }

    /** Hours committed for the jaar with the opdracht's own split, e.g. {@code Map.of("hillegom", "60", "teylingen", "30")}. */
    public OpdrachtBouwer toegezegd(int jaar, String uren, Map<String, String> verdeling) {
        Map<String, BigDecimal> delen = new TreeMap<>();
        verdeling.forEach((gemeente, deel) -> delen.put(gemeente, new BigDecimal(deel)));
        return voeg(new UrenToegezegd(id, jaar, new BigDecimal(uren), delen, gemeenten));
    }

    /** The directie accepted committing hours beyond the team's plannable capacity. */
    public OpdrachtBouwer overschreden(String team, int jaar, String boven, String reden) {
        return voeg(new CapaciteitOverschreden(id, team, jaar, new BigDecimal(boven), reden, gemeenten));
    }

    public OpdrachtBouwer outputAfgesproken(String indicator, int jaar) {
        return voeg(new OutputAfgesproken(id, "afspraak-" + ++afspraken, aanvrager, indicator, "stuks", new BigDecimal("4"),
                LocalDate.of(jaar, 12, 31), "Jaarverslag HLTsamen", gemeenten));
    }

    public OpdrachtBouwer outcomeAfgesproken(String indicator, int jaar) {
        return voeg(new OutcomeAfgesproken(id, "afspraak-" + ++afspraken, aanvrager, indicator, "stuks", new BigDecimal("4"),
                LocalDate.of(jaar, 12, 31), "Jaarverslag HLTsamen", gemeenten));
    }

    /** A value measured for the afspraak made last, about a day ({@code 2021-11-15}). */
    public OpdrachtBouwer gerealiseerd(String waarde, String peildatum) {
        return voeg(new OutputGerealiseerd(id, "afspraak-" + afspraken, new BigDecimal(waarde), LocalDate.parse(peildatum), null, gemeenten));
    }

    /** Hours registered on a day ({@code 2021-03-01}). */
    public OpdrachtBouwer geregistreerd(String datum, String uren) {
        return voeg(new UrenGeregistreerd(id, LocalDate.parse(datum), new BigDecimal(uren), "mw-1", gemeenten));
    }

    public List<OpdrachtGebeurtenis> gebeurtenissen() {
        return List.copyOf(gebeurtenissen);
    }

    /** The opdracht as the projection holds it after these events, each recorded a minute after the previous one. */
    public OpdrachtDocument document() {
        OpdrachtDocument document = new OpdrachtDocument();
        for (int i = 0; i < gebeurtenissen.size(); i++) {
            Opdrachtverloop.verwerk(document, gebeurtenissen.get(i), i + 1, BEGIN.plusSeconds(60L * i));
        }
        return document;
    }

    private OpdrachtBouwer voeg(OpdrachtGebeurtenis gebeurtenis) {
        gebeurtenissen.add(gebeurtenis);
        return this;
    }
}

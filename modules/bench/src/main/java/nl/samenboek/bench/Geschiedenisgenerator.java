package nl.samenboek.bench;

import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingId;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.tarief.TariefId;
import nl.samenboek.messages.tarief.TariefVastgesteld;
import nl.samenboek.messages.werkplan.WerkplanId;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A seeded, deterministic history of HLTsamen: staff in teams registering hours weekly on the opdrachten of their team
 * for the three gemeenten, year after year. Per year each team gets its werkplan and tarief; the colleges request
 * opdrachten (about 80 % standaard, 20 % maatwerk; standaard ones often joint and then co-signed), the directie accepts
 * them (a few are refused) and commits hours; output and outcome afspraken grow from 2025 to 2030 as the groeimodel
 * intends; realisations are reported and opdrachten completed at the end of the year. A few opdrachten run for the
 * whole period. Progress on the recommendations A–X and joint meetings of colleges and councils complete it.
 *
 * <p>Plain Java, no Spring: it hands out events in the order they happened, with their aggregate, version and
 * timestamp, for whoever stores them. The samenwerking and the recommendations themselves are not generated: the
 * application loads them at first start, as always.
 */
public final class Geschiedenisgenerator {

    /** How big a history: staff and years. {@code small} ≈ 100,000 events, {@code default} ≈ 1,000,000. */
    public record Schaal(String naam, int medewerkers, int eersteJaar, int laatsteJaar) {

        public static Schaal van(String naam) {
            return switch (naam) {
                case "small" -> new Schaal("small", 60, 2025, 2031);
                case "default" -> new Schaal("default", 600, 2025, 2031);
                default -> throw new IllegalArgumentException("SCALE is small of default, niet '" + naam + "'");
            };
        }
    }

    static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    private static final Map<String, Integer> AANDELEN = Map.of("hillegom", 1, "lisse", 1, "teylingen", 2);
    static final List<String> TEAMS = List.of("ruimte", "sociaal-domein", "publiekszaken", "economie-en-toerisme",
            "openbare-ruimte", "veiligheid", "financien", "informatievoorziening", "personeel-en-organisatie", "bestuurszaken");
    private static final List<String> TAAKVELDEN = List.of("0.1", "0.2", "0.4", "1.1", "2.1", "3.1", "3.4", "4.2", "5.1", "6.1",
            "6.3", "7.1", "8.1", "8.3");
    private static final List<String> PROGRAMMAS = List.of("Bestuur", "Veiligheid", "Verkeer", "Economie", "Onderwijs",
            "Sport en cultuur", "Sociaal domein", "Volksgezondheid", "Ruimte en wonen");
    private static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
            "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X");
    private static final BigDecimal PRODUCTIEVE_UREN = new BigDecimal("1300");
    private static final BigDecimal ONTWIKKELTIJD = new BigDecimal("20");
    /** Opdrachten per staff member, on average (4 or 5), each with one registration a week. */
    private static final double OPDRACHTEN_PER_MEDEWERKER = 4.8;

    private final Schaal schaal;
    private final Random toeval;
    private final Map<String, Long> volgnummers;
    private final List<Ontwerp> week = new ArrayList<>();
    private final List<String> meerjarig = new ArrayList<>();
    private Instant laatsteTijdstip = Instant.EPOCH;
    private long aantal;

    /** An event not yet numbered: aggregate, payload, and the instant it happens. */
    private record Ontwerp(String aggregaat, String aggregaatId, Gebeurtenis inhoud, Instant wanneer, long volgorde) {
    }

    /** One opdracht as the generator tracks it. */
    private static final class Opdracht {
        final OpdrachtId id;
        final String team;
        final List<String> gemeenten;
        final boolean meerjarig;
        final List<String> outputafspraken = new ArrayList<>();
        final List<String> outcomeafspraken = new ArrayList<>();
        boolean actief;

        Opdracht(OpdrachtId id, String team, List<String> gemeenten, boolean meerjarig) {
            this.id = id;
            this.team = team;
            this.gemeenten = gemeenten;
            this.meerjarig = meerjarig;
        }
    }

    /**
     * @param volgnummers the last version already stored per aggregate id (the recommendations loaded at first start),
     *                    so the history continues each aggregate where it stands
     */
    public Geschiedenisgenerator(Schaal schaal, long zaad, Map<String, Long> volgnummers) {
        this.schaal = schaal;
        this.toeval = new Random(zaad);
        this.volgnummers = new HashMap<>(volgnummers);
    }

    /** The ids of the aggregates whose existing versions the generator must know: the 24 recommendations. */
    public static List<String> bestaandeAggregaten() {
        return LETTERS.stream().map(letter -> AanbevelingId.van(letter).waarde()).toList();
    }

    /** The opdrachten that run for the whole period and stay open: the benchmark registers hours on them. */
    public List<String> meerjarigeOpdrachten() {
        return List.copyOf(meerjarig);
    }

    /** Generates the whole history, in the order it happened. Returns the number of events. */
    public long genereer(Consumer<DomainEventMessage<?>> uit) {
        int perTeam = Math.max(1, schaal.medewerkers() / TEAMS.size());
        List<Opdracht> meerjarig = new ArrayList<>();
        LocalDate eerste = LocalDate.of(schaal.eersteJaar(), 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int jaar = schaal.eersteJaar(); jaar <= schaal.laatsteJaar(); jaar++) {
            LocalDate maandag = jaar == schaal.eersteJaar() ? eerste
                    : LocalDate.of(jaar, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            List<Opdracht> vanHetJaar = begin(jaar, maandag, perTeam, meerjarig);
            Map<Integer, List<Opdracht>> toegewezen = wijsToe(vanHetJaar, perTeam);
            while (maandag.getYear() == jaar) {
                if (maandag.getDayOfYear() > 7) {
                    registreer(maandag, toegewezen);
                }
                agendaEnBijeenkomsten(jaar, maandag);
                if (maandag.plusDays(7).getYear() != jaar) {
                    sluitAf(jaar, maandag, vanHetJaar);
                }
                schrijfWeek(uit);
                maandag = maandag.plusDays(7);
            }
        }
        return aantal;
    }

    /** January: werkplan and tarief per team, then the opdrachten of the year, accepted and committed. */
    private List<Opdracht> begin(int jaar, LocalDate maandag, int perTeam, List<Opdracht> meerjarig) {
        for (int t = 0; t < TEAMS.size(); t++) {
            String team = TEAMS.get(t);
            BigDecimal capaciteit = PRODUCTIEVE_UREN.multiply(BigDecimal.valueOf(perTeam));
            BigDecimal ontwikkeltijd = capaciteit.multiply(ONTWIKKELTIJD).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            BigDecimal planbaar = capaciteit.subtract(ontwikkeltijd);
            Map<String, BigDecimal> gepland = naarSleutel(planbaar.multiply(new BigDecimal("0.9")), GEMEENTEN);
            BigDecimal totaal = gepland.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            plan("Werkplan", WerkplanId.van(team, jaar).waarde(), new WerkplanVastgesteld(team, jaar, capaciteit, ONTWIKKELTIJD,
                    ontwikkeltijd, planbaar, gepland, planbaar.subtract(totaal), GEMEENTEN), tijd(maandag, 8, t));
            plan("Afdelingstarief", TariefId.van(team, jaar).waarde(), new TariefVastgesteld(team, jaar,
                    BigDecimal.valueOf(82 + 2L * t + 3L * (jaar - schaal.eersteJaar())), GEMEENTEN), tijd(maandag, 8, 30 + t));
        }
        List<Opdracht> vanHetJaar = new ArrayList<>();
        for (int t = 0; t < TEAMS.size(); t++) {
            int aantalOpdrachten = Math.max(2, perTeam / 2);
            for (int i = 0; i < aantalOpdrachten; i++) {
                boolean langlopend = jaar == schaal.eersteJaar() && i < 2;
                Opdracht opdracht = vraagAan(jaar, TEAMS.get(t), maandag.plusDays(toeval.nextInt(5)), langlopend);
                vanHetJaar.add(opdracht);
                if (langlopend && opdracht.actief) {
                    meerjarig.add(opdracht);
                    this.meerjarig.add(opdracht.id.waarde());
                }
            }
        }
        for (Opdracht opdracht : meerjarig) {
            if (!vanHetJaar.contains(opdracht)) {
                vanHetJaar.add(opdracht);
            }
        }
        return vanHetJaar;
    }

    private Opdracht vraagAan(int jaar, String team, LocalDate dag, boolean meerjarig) {
        boolean maatwerk = !meerjarig && toeval.nextDouble() < 0.2;
        String aanvrager = naarGewicht();
        List<String> gemeenten = new ArrayList<>(List.of(aanvrager));
        if (!maatwerk && toeval.nextDouble() < 0.45) {
            for (String ander : GEMEENTEN) {
                if (!ander.equals(aanvrager) && toeval.nextBoolean()) {
                    gemeenten.add(ander);
                }
            }
        }
        gemeenten.sort(Comparator.naturalOrder());
        Opdracht opdracht = new Opdracht(OpdrachtId.van(uuid()), team, List.copyOf(gemeenten), meerjarig);
        Categorie categorie = kies(Categorie.BELEID, 30, Categorie.DIENSTVERLENING, 40, Categorie.BEDRIJFSVOERING, 25, Categorie.CRISIS, 5);
        List<String> aanbevelingen = toeval.nextDouble() < 0.15 ? List.of(LETTERS.get(toeval.nextInt(LETTERS.size()))) : List.of();
        int geschat = meerjarig ? 1800 : 300 * (4 + toeval.nextInt(4));
        plan(opdracht, new OpdrachtAangevraagd(opdracht.id, aanvrager, opdracht.gemeenten,
                (meerjarig ? "Meerjarig programma " : "Opdracht ") + team + " " + jaar + "-" + aantal,
                "Gegenereerd voor de benchmark: " + categorie.code() + " voor " + String.join(", ", opdracht.gemeenten) + ".",
                categorie, maatwerk ? Soort.MAATWERK : Soort.STANDAARD, TAAKVELDEN.get(toeval.nextInt(TAAKVELDEN.size())), team,
                jaar, BigDecimal.valueOf(geschat), PROGRAMMAS.get(toeval.nextInt(PROGRAMMAS.size())), aanbevelingen), tijd(dag, 9, 0));
        LocalDate volgende = dag.plusDays(1);
        for (String gemeente : opdracht.gemeenten) {
            if (!gemeente.equals(aanvrager)) {
                plan(opdracht, new OpdrachtMedeondertekend(opdracht.id, gemeente, opdracht.gemeenten), tijd(volgende, 10, 0));
            }
        }
        LocalDate besluit = dag.plusDays(2);
        if (!meerjarig && toeval.nextDouble() < 0.04) { // the directie refuses a few
            plan(opdracht, new OpdrachtAfgewezen(opdracht.id, "Past niet in het werkplan van " + jaar, opdracht.gemeenten), tijd(besluit, 11, 0));
            return opdracht;
        }
        plan(opdracht, new OpdrachtAanvaard(opdracht.id, opdracht.gemeenten), tijd(besluit, 11, 0));
        opdracht.actief = true;
        zegToe(opdracht, jaar, BigDecimal.valueOf(Math.round(geschat * (0.85 + 0.2 * toeval.nextDouble()))), tijd(besluit, 11, 30));
        spreekAf(opdracht, jaar, tijd(besluit, 14, 0));
        return opdracht;
    }

    private void zegToe(Opdracht opdracht, int jaar, BigDecimal uren, Instant wanneer) {
        plan(opdracht, new UrenToegezegd(opdracht.id, jaar, uren, null, opdracht.gemeenten), wanneer);
    }

    /** Output afspraken become the rule by 2027, outcome afspraken grow towards 2030 (nota, recommendation V). */
    private void spreekAf(Opdracht opdracht, int jaar, Instant wanneer) {
        double output = switch (jaar) {
            case 2025 -> 0.10;
            case 2026 -> 0.30;
            case 2027 -> 0.55;
            case 2028 -> 0.65;
            case 2029 -> 0.75;
            default -> 0.85;
        };
        double outcome = switch (jaar) {
            case 2025 -> 0.0;
            case 2026 -> 0.03;
            case 2027 -> 0.10;
            case 2028 -> 0.20;
            case 2029 -> 0.30;
            default -> 0.45;
        };
        String college = opdracht.gemeenten.get(0);
        LocalDate meetmoment = LocalDate.of(jaar, 12, 31);
        if (toeval.nextDouble() < output) {
            String afspraak = uuid();
            opdracht.outputafspraken.add(afspraak);
            plan(opdracht, new OutputAfgesproken(opdracht.id, afspraak, college, "Opgeleverde producten", "stuks",
                    BigDecimal.valueOf(2 + toeval.nextInt(10)), meetmoment, "Zaaksysteem HLTsamen", opdracht.gemeenten), wanneer);
        }
        if (toeval.nextDouble() < outcome) {
            String afspraak = uuid();
            opdracht.outcomeafspraken.add(afspraak);
            plan(opdracht, new OutcomeAfgesproken(opdracht.id, afspraak, college, "Tevredenheid inwoners", "rapportcijfer",
                    new BigDecimal("7.5"), meetmoment, "Burgerpeiling", opdracht.gemeenten), wanneer.plusSeconds(60));
        }
    }

    /** Every staff member works on four or five opdrachten of the team this year. */
    private Map<Integer, List<Opdracht>> wijsToe(List<Opdracht> opdrachten, int perTeam) {
        Map<Integer, List<Opdracht>> toegewezen = new LinkedHashMap<>();
        for (int medewerker = 0; medewerker < schaal.medewerkers(); medewerker++) {
            String team = TEAMS.get(Math.min(TEAMS.size() - 1, medewerker / perTeam));
            List<Opdracht> vanTeam = opdrachten.stream().filter(o -> o.team.equals(team) && o.actief).toList();
            int hoeveel = Math.min(vanTeam.size(), toeval.nextDouble() < OPDRACHTEN_PER_MEDEWERKER - 4 ? 5 : 4);
            List<Opdracht> keuze = new ArrayList<>(vanTeam);
            java.util.Collections.shuffle(keuze, toeval);
            toegewezen.put(medewerker, new ArrayList<>(keuze.subList(0, hoeveel)));
        }
        return toegewezen;
    }

    /** One week: each staff member registers hours on each assigned opdracht that is still running. */
    private void registreer(LocalDate maandag, Map<Integer, List<Opdracht>> toegewezen) {
        toegewezen.forEach((medewerker, opdrachten) -> {
            for (Opdracht opdracht : opdrachten) {
                if (!opdracht.actief) {
                    continue;
                }
                LocalDate dag = maandag.plusDays(toeval.nextInt(5));
                if (dag.getYear() != maandag.getYear()) {
                    dag = maandag;
                }
                plan(opdracht, new UrenGeregistreerd(opdracht.id, dag, BigDecimal.valueOf(2 + toeval.nextInt(5)),
                        "mw-" + medewerker, opdracht.gemeenten), tijd(dag, 16, medewerker % 60));
            }
        });
    }

    /** Progress on A–X in the first years, and the joint meetings of colleges and councils (A and E) every year. */
    private void agendaEnBijeenkomsten(int jaar, LocalDate maandag) {
        int week = (maandag.getDayOfYear() - 1) / 7;
        if (jaar <= schaal.eersteJaar() + 2 && week % 6 == 3) {
            for (int i = 0; i < 3; i++) {
                String letter = LETTERS.get(toeval.nextInt(LETTERS.size()));
                Voortgangssoort soort = jaar == schaal.eersteJaar() ? Voortgangssoort.GESTART : Voortgangssoort.VOORTGANG;
                plan("Aanbeveling", AanbevelingId.van(letter).waarde(), new VoortgangGemeld(letter, soort, maandag.plusDays(2),
                        "Stand van zaken week " + week + " van " + jaar, i % 2 == 0 ? "directie" : "bestuur", GEMEENTEN),
                        tijd(maandag.plusDays(2), 13, i));
            }
        }
        if (week == 10 || week == 40) {
            legVast(Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES, maandag.plusDays(1), "Opdrachtgeverschap HLTsamen");
        }
        if (week == 12 || week == 44) {
            legVast(Bijeenkomstsoort.GEZAMENLIJKE_RADEN, maandag.plusDays(3), "Gemeenschappelijke opgaven");
        }
    }

    private void legVast(Bijeenkomstsoort soort, LocalDate dag, String onderwerp) {
        String id = uuid();
        plan("Bijeenkomst", id, new BijeenkomstGehouden(id, soort, dag, GEMEENTEN, onderwerp), tijd(dag, 19, 30));
    }

    /** December: realisations and rapportages, then the opdrachten of the year are completed (the long ones go on). */
    private void sluitAf(int jaar, LocalDate maandag, List<Opdracht> opdrachten) {
        LocalDate peildatum = LocalDate.of(jaar, 12, 15);
        for (Opdracht opdracht : opdrachten) {
            if (!opdracht.actief) {
                continue;
            }
            for (String afspraak : opdracht.outputafspraken) {
                plan(opdracht, new OutputGerealiseerd(opdracht.id, afspraak, BigDecimal.valueOf(1 + toeval.nextInt(10)), peildatum,
                        "Gerealiseerd volgens het zaaksysteem", opdracht.gemeenten), tijd(maandag, 10, 0));
            }
            for (String afspraak : opdracht.outcomeafspraken) {
                plan(opdracht, new OutcomeGerapporteerd(opdracht.id, afspraak,
                        BigDecimal.valueOf(60 + toeval.nextInt(30), 1), peildatum, "Burgerpeiling " + jaar, opdracht.gemeenten),
                        tijd(maandag, 10, 5));
            }
            opdracht.outputafspraken.clear();
            opdracht.outcomeafspraken.clear();
            if (opdracht.meerjarig) {
                if (jaar < schaal.laatsteJaar()) {
                    zegToe(opdracht, jaar + 1, new BigDecimal("1200"), tijd(maandag.plusDays(3), 12, 0));
                    spreekAf(opdracht, jaar + 1, tijd(maandag.plusDays(3), 12, 30));
                }
            } else if (jaar < schaal.laatsteJaar()) {
                plan(opdracht, new OpdrachtAfgerond(opdracht.id, opdracht.gemeenten), tijd(maandag.plusDays(4), 15, 0));
                opdracht.actief = false;
            }
        }
    }

    private void plan(Opdracht opdracht, Gebeurtenis inhoud, Instant wanneer) {
        plan("Opdracht", opdracht.id.waarde(), inhoud, wanneer);
    }

    private void plan(String aggregaat, String aggregaatId, Gebeurtenis inhoud, Instant wanneer) {
        week.add(new Ontwerp(aggregaat, aggregaatId, inhoud, wanneer, week.size()));
    }

    /** Hands the week's events out in the order they happened, each with the next version of its aggregate. */
    private void schrijfWeek(Consumer<DomainEventMessage<?>> uit) {
        week.sort(Comparator.comparing(Ontwerp::wanneer).thenComparingLong(Ontwerp::volgorde));
        for (Ontwerp ontwerp : week) {
            Instant tijdstip = ontwerp.wanneer().isAfter(laatsteTijdstip) ? ontwerp.wanneer() : laatsteTijdstip.plusMillis(1);
            laatsteTijdstip = tijdstip;
            long volgnummer = volgnummers.merge(ontwerp.aggregaatId(), 0L, (oud, nul) -> oud + 1);
            uit.accept(new GenericDomainEventMessage<>(ontwerp.aggregaat(), ontwerp.aggregaatId(), volgnummer, ontwerp.inhoud(), Map.of(),
                    uuid(), tijdstip));
            aantal++;
        }
        week.clear();
    }

    private Instant tijd(LocalDate dag, int uur, int minuut) {
        return dag.atTime(uur, 0).plusMinutes(minuut).atZone(Peilmoment.ZONE).toInstant();
    }

    private Map<String, BigDecimal> naarSleutel(BigDecimal uren, List<String> gemeenten) {
        int som = gemeenten.stream().mapToInt(AANDELEN::get).sum();
        Map<String, BigDecimal> verdeling = new java.util.TreeMap<>();
        for (String gemeente : gemeenten) {
            verdeling.put(gemeente, uren.multiply(BigDecimal.valueOf(AANDELEN.get(gemeente)))
                    .divide(BigDecimal.valueOf(som), 0, RoundingMode.DOWN));
        }
        return verdeling;
    }

    private String naarGewicht() {
        int worp = toeval.nextInt(4);
        return worp == 0 ? "hillegom" : worp == 1 ? "lisse" : "teylingen";
    }

    @SuppressWarnings("unchecked")
    private <T> T kies(Object... keuzes) {
        int totaal = 0;
        for (int i = 1; i < keuzes.length; i += 2) {
            totaal += (Integer) keuzes[i];
        }
        int worp = toeval.nextInt(totaal);
        for (int i = 0; i < keuzes.length; i += 2) {
            worp -= (Integer) keuzes[i + 1];
            if (worp < 0) {
                return (T) keuzes[i];
            }
        }
        throw new IllegalStateException();
    }

    private String uuid() {
        return new UUID(toeval.nextLong(), toeval.nextLong()).toString();
    }
}

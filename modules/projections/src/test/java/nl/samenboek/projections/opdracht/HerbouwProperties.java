package nl.samenboek.projections.opdracht;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.capaciteit.Capaciteitsberekening;
import nl.samenboek.projections.groeimodel.Groeimodelberekening;
import nl.samenboek.projections.groeimodel.Groeimodelnormen;
import nl.samenboek.projections.groeimodel.Jaarstand;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuilt read model equals the live one: events delivered at least once, with repeats (as a crash replays a
 * batch), give the same documents and the same groeimodel and capaciteit as all events replayed once into an empty store.
 */
class HerbouwProperties {

    private static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    private static final Verdeelsleutel HLT = new Verdeelsleutel(LocalDate.of(2017, 1, 1),
            Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE, "teylingen", new BigDecimal("2")));

    private static GeheugenMongo server;

    @BeforeContainer
    static void start() {
        server = new GeheugenMongo();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 60)
    void eenHerbouwGeeftDezelfdeAntwoordenAlsDeLiveProjectie(@ForAll("geschiedenissen") List<GenericDomainEventMessage<?>> geschiedenis,
                                                              @ForAll long zaad) {
        MongoTemplate live = server.template("live");
        MongoTemplate herbouwd = server.template("herbouwd");
        live.getDb().drop();
        herbouwd.getDb().drop();

        OpdrachtenProjection liveProjectie = new OpdrachtenProjection(live, Tussenstanden.geen());
        Random herhaling = new Random(zaad);
        for (int i = 0; i < geschiedenis.size(); i++) {
            lever(liveProjectie, geschiedenis.get(i));
            if (herhaling.nextInt(4) == 0) {
                // at least once: a batch after a crash is delivered again
                for (int j = Math.max(0, i - herhaling.nextInt(3)); j <= i; j++) {
                    lever(liveProjectie, geschiedenis.get(j));
                }
            }
        }
        OpdrachtenProjection opnieuw = new OpdrachtenProjection(herbouwd, Tussenstanden.geen());
        geschiedenis.forEach(bericht -> lever(opnieuw, bericht));

        List<OpdrachtDocument> a = live.find(new Query().with(Sort.by("_id")), OpdrachtDocument.class);
        List<OpdrachtDocument> b = herbouwd.find(new Query().with(Sort.by("_id")), OpdrachtDocument.class);
        assertThat(b).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(a);
        for (int jaar = 2024; jaar <= 2026; jaar++) {
            Jaarstand standA = stand(jaar, a);
            Jaarstand standB = stand(jaar, b);
            assertThat(Groeimodelberekening.bereken(standB, null, Groeimodelnormen.letterlijk()))
                    .isEqualTo(Groeimodelberekening.bereken(standA, null, Groeimodelnormen.letterlijk()));
            assertThat(Capaciteitsberekening.bereken(standB)).isEqualTo(Capaciteitsberekening.bereken(standA));
        }
    }

    private static Jaarstand stand(int jaar, List<OpdrachtDocument> opdrachten) {
        Peilmoment peilmoment = new Peilmoment(LocalDate.of(2026, 6, 30), null);
        return new Jaarstand(jaar, peilmoment, opdrachten.stream().filter(o -> o.speeltIn(jaar)).toList(), GEMEENTEN,
                List.of(HLT), Map.of(), Map.of("team-a", new BigDecimal("95.50")));
    }

    private static void lever(OpdrachtenProjection projectie, GenericDomainEventMessage<?> bericht) {
        projectie.on((OpdrachtGebeurtenis) bericht.getPayload(), bericht);
    }

    @Provide
    Arbitrary<List<GenericDomainEventMessage<?>>> geschiedenissen() {
        return opdracht().list().ofMinSize(1).ofMaxSize(6).map(HerbouwProperties::verweef);
    }

    /** Interleaves the opdrachten's histories as a global event stream would. */
    private static List<GenericDomainEventMessage<?>> verweef(List<List<GenericDomainEventMessage<?>>> opdrachten) {
        List<GenericDomainEventMessage<?>> stroom = new ArrayList<>();
        int[] plaats = new int[opdrachten.size()];
        boolean verder = true;
        while (verder) {
            verder = false;
            for (int i = 0; i < opdrachten.size(); i++) {
                if (plaats[i] < opdrachten.get(i).size()) {
                    stroom.add(opdrachten.get(i).get(plaats[i]++));
                    verder = true;
                }
            }
        }
        return stroom;
    }

    private Arbitrary<List<GenericDomainEventMessage<?>>> opdracht() {
        Arbitrary<List<String>> gemeenten = Arbitraries.of(GEMEENTEN).set().ofMinSize(1).ofMaxSize(3).map(s -> s.stream().sorted().toList());
        Arbitrary<BigDecimal> uren = Arbitraries.bigDecimals().between(new BigDecimal("0.25"), new BigDecimal("800")).ofScale(2);
        Arbitrary<LocalDate> dag = Arbitraries.integers().between(0, 3 * 365 - 1).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        return Combinators.combine(gemeenten, Arbitraries.of(Categorie.class), Arbitraries.of("team-a", "team-b"),
                        Arbitraries.integers().between(2024, 2026), uren, uren.list().ofMaxSize(5), dag.list().ofMaxSize(5),
                        Arbitraries.of(true, false))
                .as((wie, categorie, team, jaar, toegezegd, geregistreerd, dagen, output) -> {
                    String id = java.util.UUID.randomUUID().toString();
                    OpdrachtId opdracht = OpdrachtId.van(id);
                    Soort soort = wie.size() == 1 && output ? Soort.MAATWERK : Soort.STANDAARD;
                    List<OpdrachtGebeurtenis> events = new ArrayList<>();
                    events.add(new OpdrachtAangevraagd(opdracht, wie.get(0), wie, "t", "o", categorie, soort, "0.1", team, jaar,
                            toegezegd, null, List.of()));
                    events.add(new OpdrachtAanvaard(opdracht, wie));
                    events.add(new UrenToegezegd(opdracht, jaar, toegezegd, null, wie));
                    for (int i = 0; i < Math.min(geregistreerd.size(), dagen.size()); i++) {
                        events.add(new UrenGeregistreerd(opdracht, dagen.get(i), geregistreerd.get(i).min(new BigDecimal("24")), "mw-" + i, wie));
                    }
                    if (output) {
                        events.add(new OutputAfgesproken(opdracht, "a", wie.get(0), "i", "e", BigDecimal.ONE, LocalDate.of(jaar, 12, 31), "b", wie));
                    }
                    List<GenericDomainEventMessage<?>> berichten = new ArrayList<>();
                    Instant tijdstip = Instant.parse("2026-01-01T00:00:00Z");
                    for (int i = 0; i < events.size(); i++) {
                        berichten.add(new GenericDomainEventMessage<>("Opdracht", id, i, events.get(i), org.axonframework.messaging.MetaData.emptyInstance(),
                                java.util.UUID.randomUUID().toString(), tijdstip.plusSeconds(i)));
                    }
                    return berichten;
                });
    }
}

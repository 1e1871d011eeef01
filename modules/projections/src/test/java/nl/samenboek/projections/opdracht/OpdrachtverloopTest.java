package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.AanvraagBouwer;
import nl.samenboek.domain.opdracht.OpdrachtMother;
import nl.samenboek.messages.opdracht.AfspraakGewijzigd;
import nl.samenboek.messages.opdracht.AfspraakIngetrokken;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.Prioriteit;
import nl.samenboek.messages.opdracht.PrioriteitGegeven;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.samenboek.domain.opdracht.OpdrachtMother.DRIE;
import static nl.samenboek.domain.opdracht.OpdrachtMother.ID;
import static org.assertj.core.api.Assertions.assertThat;

class OpdrachtverloopTest {

    private static final Instant T = Instant.parse("2025-01-06T09:00:00Z");

    @Test
    void volgtDeLevenscyclusVanEenGezamenlijkeOpdracht() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.gezamenlijkAangevraagd(), OpdrachtMother.medeondertekendDoor("lisse"));
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING);
        Opdrachtverloop.verwerk(opdracht, OpdrachtMother.medeondertekendDoor("teylingen"), 3, T);
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.AANGEVRAAGD);
        Opdrachtverloop.verwerk(opdracht, OpdrachtMother.aanvaard(DRIE), 4, T);
        Opdrachtverloop.verwerk(opdracht, OpdrachtMother.toegezegd(DRIE, 2025, "100"), 5, T);
        Opdrachtverloop.verwerk(opdracht, OpdrachtMother.toegezegd(DRIE, 2025, "60"), 6, T);
        Opdrachtverloop.verwerk(opdracht, new UrenGeregistreerd(ID, LocalDate.of(2025, 2, 3), new BigDecimal("7.5"), "mw-1", DRIE), 7, T);
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.AANVAARD);
        assertThat(opdracht.toegezegdeUren()).isEqualByComparingTo("60");
        assertThat(opdracht.besteedUren()).isEqualByComparingTo("7.5");
        assertThat(opdracht.niveau()).isEqualTo(Niveau.INPUT);
        assertThat(opdracht.getVersie()).isEqualTo(7);
    }

    @Test
    void eenGebeurtenisTweemaalVerwerkenVerandertNiets() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.aangevraagdDoorLisse(), OpdrachtMother.aanvaard(List.of("lisse")),
                OpdrachtMother.toegezegd(List.of("lisse"), 2025, "10"));
        UrenGeregistreerd uren = new UrenGeregistreerd(ID, LocalDate.of(2025, 2, 3), BigDecimal.ONE, "mw-1", List.of("lisse"));
        assertThat(Opdrachtverloop.verwerk(opdracht, uren, 4, T)).isTrue();
        assertThat(Opdrachtverloop.verwerk(opdracht, uren, 4, T)).isFalse();
        assertThat(opdracht.besteedUren()).isEqualByComparingTo("1");
        assertThat(Opdrachtverloop.verwerk(opdracht, new OpdrachtAfgewezen(ID, "te laat", List.of("lisse")), 2, T)).isFalse();
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.AANVAARD);
    }

    @Test
    void eenCorrectieTeltMetDeGecorrigeerdeWaardeEnBewaartBeide() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.aangevraagdDoorLisse(), OpdrachtMother.aanvaard(List.of("lisse")),
                OpdrachtMother.toegezegd(List.of("lisse"), 2025, "10"),
                new UrenGeregistreerd(ID, LocalDate.of(2025, 2, 3), new BigDecimal("8"), "mw-1", List.of("lisse")),
                new UrenGecorrigeerd(ID, 4, LocalDate.of(2025, 2, 3), "mw-1", new BigDecimal("8"), new BigDecimal("6.5"), "Dubbel",
                        List.of("lisse")));
        assertThat(opdracht.besteedIn(2025)).isEqualByComparingTo("6.5");
        assertThat(opdracht.getCorrecties()).singleElement().satisfies(c -> {
            assertThat(c.registratie()).isEqualTo(4);
            assertThat(c.vorigeUren()).isEqualByComparingTo("8");
            assertThat(c.reden()).isEqualTo("Dubbel");
        });
    }

    @Test
    void eenAfgerondeOpdrachtMetOpleverdatumWeetOfZeTijdigWas() {
        OpdrachtAangevraagd metDatum = OpdrachtMother.aangevraagd(AanvraagBouwer.vanLisse()
                .metHerkomst(new Herkomst(Herkomstsoort.RAADSMOTIE, "M-1", LocalDate.of(2024, 11, 6)))
                .metOpleverdatum(LocalDate.of(2025, 1, 31)).bouw());
        OpdrachtDocument opdracht = vouw(metDatum, OpdrachtMother.aanvaard(List.of("lisse")));
        assertThat(opdracht.tijdig()).as("nog open").isNull();
        assertThat(opdracht.isTeLaat(LocalDate.of(2025, 1, 31))).isFalse();
        assertThat(opdracht.isTeLaat(LocalDate.of(2025, 2, 1))).isTrue();
        // recorded at 23:30 UTC on 1 February: 2 February in the Netherlands
        Opdrachtverloop.verwerk(opdracht, new OpdrachtAfgerond(ID, List.of("lisse")), 3, Instant.parse("2025-02-01T23:30:00Z"));
        assertThat(opdracht.getGeleverdOp()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(opdracht.tijdig()).isFalse();
        assertThat(opdracht.isTeLaat(LocalDate.of(2025, 3, 1))).as("afgerond is niet meer te laat").isFalse();
        assertThat(opdracht.herkomstOfNietOpgegeven().soort()).isEqualTo(Herkomstsoort.RAADSMOTIE);
    }

    @Test
    void zonderHerkomstIsZeNietOpgegevenEnZonderPrioriteitNormaal() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.aangevraagdDoorLisse());
        assertThat(opdracht.herkomstOfNietOpgegeven()).isEqualTo(Herkomst.NIET_OPGEGEVEN);
        assertThat(opdracht.prioriteitOfNormaal()).isEqualTo(Prioriteit.NORMAAL);
        Opdrachtverloop.verwerk(opdracht, new PrioriteitGegeven(ID, Prioriteit.HOOG, "Motie", List.of("lisse")), 2, T);
        assertThat(opdracht.prioriteitOfNormaal()).isEqualTo(Prioriteit.HOOG);
        assertThat(opdracht.getPrioriteringen()).extracting(OpdrachtDocument.Prioritering::reden).containsExactly("Motie");
    }

    @Test
    void eenWeigeringBeeindigtDeOpdrachtMetReden() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.gezamenlijkAangevraagd(),
                new OpdrachtGeweigerd(ID, "teylingen", "Past niet", DRIE));
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.GEWEIGERD);
        assertThat(opdracht.getWeigering().gemeente()).isEqualTo("teylingen");
        assertThat(opdracht.getWeigering().reden()).isEqualTo("Past niet");
    }

    @Test
    void eenGewijzigdeAfspraakGeldtMetDeNieuweStreefwaardeEnEenIngetrokkenNietMeer() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.aangevraagdDoorLisse(), OpdrachtMother.aanvaard(List.of("lisse")),
                OpdrachtMother.toegezegd(List.of("lisse"), 2025, "10"),
                new OutputAfgesproken(ID, "a-1", "lisse", "Nota's", "stuks", new BigDecimal("2"), LocalDate.of(2025, 12, 31), "RIS",
                        List.of("lisse")),
                new AfspraakGewijzigd(ID, "a-1", Resultaatniveau.OUTPUT, "lisse", new BigDecimal("3"), null, "Meer", List.of("lisse")));
        assertThat(opdracht.getAfspraken()).singleElement().satisfies(a -> {
            assertThat(a.streefwaarde()).isEqualByComparingTo("3");
            assertThat(a.meetmoment()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(a.wijzigingen()).extracting(OpdrachtDocument.Afspraakwijziging::reden).containsExactly("Meer");
        });
        assertThat(opdracht.niveau()).isEqualTo(Niveau.OUTPUT);
        Opdrachtverloop.verwerk(opdracht, new AfspraakIngetrokken(ID, "a-1", Resultaatniveau.OUTPUT, "lisse", "Weg", List.of("lisse")), 6, T);
        assertThat(opdracht.getAfspraken()).singleElement().satisfies(a -> assertThat(a.geldt()).isFalse());
        assertThat(opdracht.niveau()).isEqualTo(Niveau.INPUT);
    }

    @Test
    void eenWijzigingHoudtWatZeNietNoemt() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.aangevraagdDoorLisse(),
                new OpdrachtGewijzigd(ID, "lisse", new BigDecimal("150"), null, "Meer werk dan gedacht", List.of("lisse")));
        assertThat(opdracht.getGeraamdeUren()).isEqualByComparingTo("150");
        assertThat(opdracht.getOmschrijving()).isEqualTo(OpdrachtMother.aangevraagdDoorLisse().omschrijving());
        assertThat(opdracht.getWijzigingen()).singleElement().extracting(OpdrachtDocument.Wijziging::reden)
                .isEqualTo("Meer werk dan gedacht");
    }

    @Test
    void kentElkeGebeurtenisVanEenOpdracht() {
        Set<Class<?>> behandeld = Arrays.stream(Opdrachtverloop.class.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() >= 2)
                .map(Method::getParameterTypes)
                .filter(typen -> typen[0] == OpdrachtDocument.class)
                .map(typen -> typen[1])
                .collect(Collectors.toSet());
        assertThat(behandeld).as("een methode per gebeurtenis in Opdrachtverloop")
                .containsAll(List.of(OpdrachtGebeurtenis.class.getPermittedSubclasses()));
    }

    static OpdrachtDocument vouw(OpdrachtGebeurtenis... gebeurtenissen) {
        OpdrachtDocument document = new OpdrachtDocument();
        long versie = 0;
        for (OpdrachtGebeurtenis gebeurtenis : gebeurtenissen) {
            Opdrachtverloop.verwerk(document, gebeurtenis, ++versie, T);
        }
        return document;
    }
}

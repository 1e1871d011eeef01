package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.OpdrachtMother;
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

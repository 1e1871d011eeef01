package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.OpdrachtMother;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static nl.samenboek.domain.opdracht.OpdrachtMother.DRIE;
import static nl.samenboek.domain.opdracht.OpdrachtMother.ID;
import static org.assertj.core.api.Assertions.assertThat;

class OpdrachtDocumentTest {

    private static final Instant T = Instant.parse("2025-01-06T09:00:00Z");

    @Test
    void volgtDeLevenscyclusVanEenGezamenlijkeOpdracht() {
        OpdrachtDocument opdracht = vouw(OpdrachtMother.gezamenlijkAangevraagd(), OpdrachtMother.medeondertekendDoor("lisse"));
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING);
        opdracht.verwerk(OpdrachtMother.medeondertekendDoor("teylingen"), 3, T);
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.AANGEVRAAGD);
        opdracht.verwerk(OpdrachtMother.aanvaard(DRIE), 4, T);
        opdracht.verwerk(OpdrachtMother.toegezegd(DRIE, 2025, "100"), 5, T);
        opdracht.verwerk(OpdrachtMother.toegezegd(DRIE, 2025, "60"), 6, T);
        opdracht.verwerk(new UrenGeregistreerd(ID, LocalDate.of(2025, 2, 3), new BigDecimal("7.5"), "mw-1", DRIE), 7, T);
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
        assertThat(opdracht.verwerk(uren, 4, T)).isTrue();
        assertThat(opdracht.verwerk(uren, 4, T)).isFalse();
        assertThat(opdracht.besteedUren()).isEqualByComparingTo("1");
        assertThat(opdracht.verwerk(new OpdrachtAfgewezen(ID, "te laat", List.of("lisse")), 2, T)).isFalse();
        assertThat(opdracht.getStatus()).isEqualTo(OpdrachtStatus.AANVAARD);
    }

    static OpdrachtDocument vouw(Object... events) {
        OpdrachtDocument document = new OpdrachtDocument();
        long versie = 0;
        for (Object event : events) {
            document.verwerk(event, ++versie, T);
        }
        return document;
    }
}

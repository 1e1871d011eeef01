package nl.samenboek.projections.aanbeveling;

import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingGebeurtenis;
import nl.samenboek.messages.aanbeveling.AanbevelingIngedeeld;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status rules of docs/uitvoeringsagenda.md over stappen and gemeenten, fed with events, without Spring or Mongo. */
class AgendaberekeningTest {

    private static final List<String> HLT = List.of("hillegom", "lisse", "teylingen");
    private static final Instant VASTGELEGD = Instant.parse("2026-12-01T10:00:00Z");

    private static final AanbevelingVastgesteld V = new AanbevelingVastgesteld("V", "Contracteer via de programmabegrotingen",
            Aanbevelingscategorie.INSTITUTIONEEL, "Contracteren via de begroting", "input 2025, output 2027, outcome 2030",
            LocalDate.of(2025, 12, 31), List.of(new Mijlpaal(LocalDate.of(2027, 12, 31), "Output"),
            new Mijlpaal(LocalDate.of(2030, 12, 31), "Outcome")), null, LocalDate.of(2024, 10, 22), "nota", HLT);
    private static final AanbevelingVastgesteld N = new AanbevelingVastgesteld("N", "Integriteitsbeleid", Aanbevelingscategorie.INHOUDELIJK,
            "Vastgesteld integriteitsbeleid", "Opstellen 2025. Implementatie vanaf 2026.", LocalDate.of(2025, 12, 31),
            List.of(new Mijlpaal(LocalDate.of(2026, 12, 31), "Implementatie")), null, LocalDate.of(2024, 10, 22), "nota", HLT);

    private static AanbevelingDocument document(AanbevelingGebeurtenis... gebeurtenissen) {
        AanbevelingDocument document = new AanbevelingDocument();
        for (int i = 0; i < gebeurtenissen.length; i++) {
            document.verwerk(gebeurtenissen[i], i + 1, VASTGELEGD.plusSeconds(i));
        }
        return document;
    }

    private static VoortgangGemeld melding(String letter, Voortgangssoort soort, String datum, int stap, String gemeente) {
        return new VoortgangGemeld(letter, soort, LocalDate.parse(datum), "toelichting", "directie", HLT, stap, gemeente);
    }

    private static Aanbevelingen.Toestand op(AanbevelingDocument document, String peildatum) {
        return Aanbevelingen.toestand(document, new Peilmoment(LocalDate.parse(peildatum), null));
    }

    @Test
    void naDeEersteStapIsVGestartTotHaarTweedeStapVerstrijkt() {
        AanbevelingDocument v = document(V, new AanbevelingIngedeeld("V", "Input op uren", false, HLT),
                melding("V", Voortgangssoort.GEREALISEERD, "2025-11-15", 1, null),
                melding("V", Voortgangssoort.VOORTGANG, "2026-06-01", 2, null));

        Aanbevelingen.Toestand begin2026 = op(v, "2026-01-01");
        assertThat(begin2026.status()).isEqualTo(Agendastatus.GESTART);
        assertThat(begin2026.deadline()).as("de vroegste open stap").isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(begin2026.stappen()).extracting(Aanbevelingen.Stap::status)
                .containsExactly(Agendastatus.GEREALISEERD, Agendastatus.NIET_GESTART, Agendastatus.NIET_GESTART);
        assertThat(begin2026.stappen().get(0).omschrijving()).isEqualTo("Input op uren");
        assertThat(op(v, "2026-07-01").stappen().get(1).status()).isEqualTo(Agendastatus.GESTART);
        assertThat(op(v, "2028-01-01").status()).isEqualTo(Agendastatus.TE_LAAT);
        assertThat(op(v, "2025-11-14").status()).isEqualTo(Agendastatus.NIET_GESTART);
        assertThat(op(v, "2026-01-01").perGemeente()).isNull();
    }

    @Test
    void gerealiseerdAlleenAlsElkeStapHetIs() {
        AanbevelingDocument v = document(V, melding("V", Voortgangssoort.GEREALISEERD, "2026-03-01", 3, null),
                melding("V", Voortgangssoort.GEREALISEERD, "2026-03-02", 2, null));
        assertThat(op(v, "2026-04-01").status()).as("stap 1 staat nog open en is voorbij").isEqualTo(Agendastatus.TE_LAAT);
        assertThat(op(v, "2026-04-01").deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(op(v, "2026-04-01").stappen().get(0).omschrijving()).as("niet ingedeeld: het beoogd resultaat")
                .isEqualTo("Contracteren via de begroting");
        AanbevelingDocument klaar = document(V, melding("V", Voortgangssoort.GEREALISEERD, "2026-03-01", 3, null),
                melding("V", Voortgangssoort.GEREALISEERD, "2026-03-02", 2, null), melding("V", Voortgangssoort.GEREALISEERD, "2026-03-03", 1, null));
        assertThat(op(klaar, "2026-04-01").status()).isEqualTo(Agendastatus.GEREALISEERD);
        assertThat(op(klaar, "2026-04-01").deadline()).as("alles gerealiseerd: de laatste stap").isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void eenMeldingVanVoorDeStappenRealiseerdeDeHeleAanbeveling() {
        AanbevelingDocument v = document(V, new VoortgangGemeld("V", Voortgangssoort.GEREALISEERD, LocalDate.of(2025, 6, 1), "Klaar",
                "directie", HLT));
        assertThat(op(v, "2031-01-01").status()).isEqualTo(Agendastatus.GEREALISEERD);
        AanbevelingDocument gestart = document(V, new VoortgangGemeld("V", Voortgangssoort.GESTART, LocalDate.of(2025, 6, 1), "Begonnen",
                "directie", HLT), new UitstelBesloten("V", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), "Later", HLT));
        Aanbevelingen.Toestand toestand = op(gestart, "2026-01-01");
        assertThat(toestand.stappen().get(0).status()).as("oude melding en besluit: de eerste stap").isEqualTo(Agendastatus.UITGESTELD);
        assertThat(toestand.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(toestand.oorspronkelijkeDeadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void eenUitstelbesluitVerschuiftDeDeadlineVanZijnStap() {
        AanbevelingDocument v = document(V, melding("V", Voortgangssoort.GEREALISEERD, "2025-11-15", 1, null),
                new UitstelBesloten("V", LocalDate.of(2026, 5, 1), LocalDate.of(2028, 6, 30), "Output later", HLT, 2));
        assertThat(op(v, "2028-01-01").status()).isEqualTo(Agendastatus.UITGESTELD);
        assertThat(op(v, "2028-01-01").deadline()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(op(v, "2028-07-01").status()).isEqualTo(Agendastatus.TE_LAAT);
    }

    @Test
    void perGemeenteRoltDeStatusOpEnGeldenDeStappenPerGemeente() {
        AanbevelingDocument n = document(N, new AanbevelingIngedeeld("N", "Beleid opgesteld", true, HLT),
                melding("N", Voortgangssoort.GEREALISEERD, "2025-10-01", 1, "lisse"));
        Aanbevelingen.Toestand november = op(n, "2025-11-01");
        assertThat(november.perGemeente()).containsOnlyKeys("hillegom", "lisse", "teylingen");
        assertThat(november.perGemeente().get("lisse").status()).isEqualTo(Agendastatus.GESTART);
        assertThat(november.perGemeente().get("lisse").laatsteVoortgang().soort()).isEqualTo("gerealiseerd");
        assertThat(november.perGemeente().get("hillegom").status()).isEqualTo(Agendastatus.NIET_GESTART);
        assertThat(november.perGemeente().get("hillegom").laatsteVoortgang()).isNull();
        assertThat(november.status()).as("de minst gevorderde").isEqualTo(Agendastatus.NIET_GESTART);
        assertThat(november.deadline()).as("stap 1 staat nog open bij twee gemeenten").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(op(n, "2026-01-01").status()).as("twee gemeenten te laat").isEqualTo(Agendastatus.TE_LAAT);
        assertThat(op(n, "2026-01-01").perGemeente().get("lisse").status()).isEqualTo(Agendastatus.GESTART);

        AanbevelingDocument samen = document(N, new AanbevelingIngedeeld("N", "Beleid opgesteld", true, HLT),
                melding("N", Voortgangssoort.GEREALISEERD, "2025-10-01", 1, null),
                melding("N", Voortgangssoort.GEREALISEERD, "2026-06-01", 2, "teylingen"));
        Aanbevelingen.Toestand juli = op(samen, "2026-07-01");
        assertThat(juli.perGemeente().get("teylingen").status()).isEqualTo(Agendastatus.GEREALISEERD);
        assertThat(juli.status()).isEqualTo(Agendastatus.GESTART);
        assertThat(juli.stappen()).as("stap 2: alleen Teylingen is zo ver").extracting(Aanbevelingen.Stap::status)
                .containsExactly(Agendastatus.GEREALISEERD, Agendastatus.NIET_GESTART);
        assertThat(op(samen, "2027-01-01").status()).isEqualTo(Agendastatus.TE_LAAT);
    }

    @Test
    void vervallenGaatVoorAlles() {
        AanbevelingDocument n = document(N, new AanbevelingIngedeeld("N", "Beleid opgesteld", true, HLT),
                melding("N", Voortgangssoort.GEREALISEERD, "2025-10-01", 1, null),
                new VervalBesloten("N", LocalDate.of(2026, 2, 1), "Opgegaan in landelijk beleid", HLT));
        Aanbevelingen.Toestand toestand = op(n, "2027-01-01");
        assertThat(toestand.status()).isEqualTo(Agendastatus.VERVALLEN);
        assertThat(toestand.perGemeente().get("lisse").status()).isEqualTo(Agendastatus.VERVALLEN);
        assertThat(toestand.stappen()).extracting(Aanbevelingen.Stap::status).containsExactly(Agendastatus.GEREALISEERD, Agendastatus.VERVALLEN);
    }

    @Test
    void bekendOpVoorDeIndelingKentGeenGemeenten() {
        AanbevelingDocument n = document(N, new AanbevelingIngedeeld("N", "Beleid opgesteld", true, HLT));
        assertThat(Aanbevelingen.toestand(n, new Peilmoment(LocalDate.of(2025, 11, 1), VASTGELEGD)).perGemeente()).isNull();
        assertThat(Aanbevelingen.toestand(n, new Peilmoment(LocalDate.of(2025, 11, 1), VASTGELEGD.plusSeconds(1))).perGemeente()).isNotNull();
    }
}

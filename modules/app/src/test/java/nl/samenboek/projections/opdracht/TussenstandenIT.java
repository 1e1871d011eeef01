package nl.samenboek.projections.opdracht;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.messages.Peilmoment;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time travel from a stored intermediate state of the fold gives exactly what folding from the first event gives, for
 * every bekendOp between the events and for peildata before, on and after them. The shared test context stores a
 * tussenstand every 4 events ({@code samenboek.tijdreis.tussenstand-na}), so every time-travel test also runs on them.
 */
class TussenstandenIT extends IntegratieTest {

    @Autowired
    Opdrachtgeschiedenis geschiedenis;
    @Autowired
    Tussenstanden tussenstanden;

    @Test
    void vanafEenTussenstandIsDeVouwingDezelfdeAlsVanafHetBegin() throws InterruptedException {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String id = college("lisse").post("/opdrachten", aanvraag("Lang lopend", "lisse")).json().get("id").asText();
        List<Instant> momenten = new ArrayList<>(List.of(moment()));
        directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of());
        directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", vandaag.getYear(), "uren", 400));
        momenten.add(moment());
        List<LocalDate> dagen = new ArrayList<>();
        uitgegeven("mw-0", "mw-1", "mw-2");
        for (int i = 0; i < 14; i++) {
            LocalDate dag = vandaag.withDayOfYear(1).plusDays(20L * i);
            dag = dag.isAfter(vandaag) ? vandaag : dag;
            dagen.add(dag);
            assertThat(directie().post("/opdrachten/" + id + "/urenregistraties",
                    Map.of("datum", dag.toString(), "uren", 2.5, "medewerker", "mw-" + (i % 3))).status()).isEqualTo(200);
            momenten.add(moment());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM opdracht_tussenstand WHERE opdracht_id = ?", Long.class, id))
                .as("17 gebeurtenissen: een tussenstand na elke 4 (en een voor elke nieuwe maand)").isGreaterThanOrEqualTo(4);

        List<LocalDate> peildata = new ArrayList<>(Arrays.asList(null, vandaag.minusDays(1), vandaag, vandaag.plusDays(1)));
        peildata.addAll(dagen);
        int vanafTussenstand = 0;
        for (Instant bekendOp : momenten) {
            for (LocalDate peildatum : peildata) {
                Peilmoment peilmoment = new Peilmoment(peildatum, bekendOp);
                List<String> met = json(geschiedenis.vouw(List.of(id), peilmoment, true));
                List<String> zonder = json(geschiedenis.vouw(List.of(id), peilmoment, false));
                assertThat(met).as("bekendOp %s, peildatum %s", bekendOp, peildatum).isEqualTo(zonder);
                vanafTussenstand += tussenstanden.bruikbaar(List.of(id), DateTimeUtils.formatInstant(bekendOp), peildatum).size();
            }
        }
        assertThat(vanafTussenstand).as("keren dat een vouwing bij een tussenstand begon").isGreaterThan(20);
    }

    private static Instant moment() throws InterruptedException {
        Thread.sleep(3);
        Instant nu = Instant.now();
        Thread.sleep(3);
        return nu;
    }

    private static List<String> json(List<OpdrachtDocument> documenten) {
        return documenten.stream().map(d -> new String(Tussenstanden.schrijf(d))).toList();
    }
}

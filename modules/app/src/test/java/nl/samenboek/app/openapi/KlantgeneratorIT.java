package nl.samenboek.app.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.klant.ApiClient;
import nl.samenboek.klant.api.GroeimodelApi;
import nl.samenboek.klant.api.OpdrachtenApi;
import nl.samenboek.klant.api.PcDocumentenApi;
import nl.samenboek.klant.model.AanvraagVerzoek;
import nl.samenboek.klant.model.Groeimodel;
import nl.samenboek.klant.model.OpdrachtWeergave;
import nl.samenboek.klant.model.PcDocument;
import nl.samenboek.klant.model.RedenVerzoek;
import nl.samenboek.klant.model.StandWeergave;
import nl.samenboek.klant.model.ToezeggingVerzoek;
import nl.samenboek.klant.model.UrenregistratieVerzoek;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A college's software as it would be built: a Java client generated from docs/openapi.json (openapi-generator,
 * library native: java.net.http and Jackson; see modules/app/pom.xml) drives a joint opdracht through its lifecycle,
 * reads the groeimodel and a P&C document. The client is strict: an undocumented field or an unknown code fails
 * its deserialisation, and every getter the description makes required and not nullable (generated as
 * {@code @Nonnull}) must give a value, all the way down.
 */
class KlantgeneratorIT extends IntegratieTest {

    /** Hours are registered for a day that has passed. */
    private static final LocalDate GEWERKT = LocalDate.now().minusDays(1);
    private static final int JAAR = GEWERKT.getYear();

    @Test
    void eenGegenereerdeKlantDoorlooptDeLevenscyclusEnLeestGroeimodelEnPcDocument() throws Exception {
        uitgegeven("mw-klantgenerator");
        OpdrachtenApi hillegom = new OpdrachtenApi(klant(token("college", "hillegom")));
        OpdrachtenApi lisse = new OpdrachtenApi(klant(token("college", "lisse")));
        OpdrachtenApi directie = new OpdrachtenApi(klant(token("directie", null)));

        StandWeergave stand = streng(hillegom.vraagAan(sleutel(), new AanvraagVerzoek().titel("Gegenereerde klant")
                .omschrijving("Een opdracht via een uit openapi.json gegenereerde klant").gemeenten(List.of("hillegom", "lisse"))
                .categorie(AanvraagVerzoek.CategorieEnum.BELEID).soort(AanvraagVerzoek.SoortEnum.STANDAARD).taakveld("0.1")
                .team("klantgenerator").begrotingsjaar(JAAR).geraamdeUren(new BigDecimal("60")).aanbevelingen(List.of("V"))));
        String id = stand.getId();
        assertThat(stand.getStatus()).isEqualTo(StandWeergave.StatusEnum.WACHT_OP_MEDEONDERTEKENING);

        stand = streng(lisse.medeondertekenen(id, sleutel(), versie(stand), Map.of()));
        assertThat(stand.getStatus()).isEqualTo(StandWeergave.StatusEnum.AANGEVRAAGD);
        stand = streng(directie.aanvaarden(id, sleutel(), versie(stand), Map.of()));
        assertThat(stand.getStatus()).isEqualTo(StandWeergave.StatusEnum.AANVAARD);
        // the generated model starts with an empty verdeling, and an empty verdeling is a split of 0 hours (400): without one
        // the verdeelsleutel applies, so leave it out
        stand = streng(directie.toezeggen(id, sleutel(), versie(stand), new ToezeggingVerzoek().jaar(JAAR).uren(new BigDecimal("40"))
                .verdeling(null)));
        assertThat(stand.getNiveau()).isEqualTo(StandWeergave.NiveauEnum.INPUT);
        stand = streng(directie.registreren(id, sleutel(), versie(stand), new UrenregistratieVerzoek()
                .datum(GEWERKT).uren(new BigDecimal("7.5")).medewerker("mw-klantgenerator")));
        stand = streng(directie.afronden(id, sleutel(), versie(stand), Map.of()));
        assertThat(stand.getStatus()).isEqualTo(StandWeergave.StatusEnum.AFGEROND);

        OpdrachtWeergave opdracht = streng(hillegom.geef(id, null, null));
        assertThat(opdracht.getVersie()).isEqualTo(stand.getVersie());
        assertThat(opdracht.getUren().getBesteed()).isEqualByComparingTo("7.5");
        assertThat(opdracht.getToezeggingen()).singleElement().satisfies(t -> assertThat(t.getVerdeling()).isNull());

        Groeimodel groeimodel = streng(new GroeimodelApi(klant(token("raad", "lisse"))).groeimodel("lisse", String.valueOf(JAAR), null, null));
        assertThat(groeimodel.getGemeente()).isEqualTo("lisse");
        assertThat(groeimodel.getNiveaus().get("input").getUren()).isGreaterThanOrEqualTo(new BigDecimal("20"));

        PcDocument document = streng(new PcDocumentenApi(klant(token("auditor", null)))
                .document("lisse", String.valueOf(JAAR), "begroting", null, null, "application/json"));
        assertThat(document.getOpdrachten()).anySatisfy(r -> {
            assertThat(r.getId()).isEqualTo(id);
            assertThat(r.getProgramma()).isNull();
        });
        assertThat(document.getUitvoeringsagenda()).hasSize(24);
    }

    @Test
    void eenWeigeringKomtBijDeKlantAlsFoutMetStatus() {
        OpdrachtenApi directie = new OpdrachtenApi(klant(token("directie", null)));
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(nl.samenboek.klant.ApiException.class,
                () -> directie.afwijzen(UUID.randomUUID().toString(), null, null, new RedenVerzoek().reden("bestaat niet"))).getCode())
                .isEqualTo(404);
    }

    private ApiClient klant(String token) {
        ApiClient klant = new ApiClient();
        klant.updateBaseUri(basis());
        klant.setRequestInterceptor(verzoek -> verzoek.header("Authorization", "Bearer " + token));
        klant.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return klant;
    }

    private static String sleutel() {
        return UUID.randomUUID().toString();
    }

    private static String versie(StandWeergave stand) {
        return "\"" + stand.getVersie() + "\"";
    }

    /** The answer, after checking that every getter generated as {@code @Nonnull} gives a value, recursively. */
    private static <T> T streng(T antwoord) {
        controleer(antwoord, antwoord.getClass().getSimpleName(), java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return antwoord;
    }

    private static void controleer(Object waarde, String pad, Set<Object> gezien) {
        if (waarde == null || !gezien.add(waarde)) {
            return;
        }
        if (waarde instanceof Collection<?> lijst) {
            int i = 0;
            for (Object element : lijst) {
                controleer(element, pad + "[" + i++ + "]", gezien);
            }
            return;
        }
        if (waarde instanceof Map<?, ?> kaart) {
            kaart.forEach((sleutel, element) -> controleer(element, pad + "." + sleutel, gezien));
            return;
        }
        if (!waarde.getClass().getPackageName().equals("nl.samenboek.klant.model") || waarde.getClass().isEnum()) {
            return;
        }
        for (Method getter : waarde.getClass().getMethods()) {
            if (getter.getName().startsWith("get") && getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                    && getter.getDeclaringClass() == waarde.getClass()) {
                Object veld;
                try {
                    veld = getter.invoke(waarde);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String hier = pad + "." + getter.getName().substring(3);
                if (getter.isAnnotationPresent(jakarta.annotation.Nonnull.class)) {
                    assertThat(veld).as(hier + " is volgens openapi.json verplicht en niet nullable").isNotNull();
                }
                controleer(veld, hier, gezien);
            }
        }
    }
}

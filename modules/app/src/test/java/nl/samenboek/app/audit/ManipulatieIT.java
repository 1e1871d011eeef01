package nl.samenboek.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Opdrachtregel.Uitvoer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static nl.samenboek.app.Opdrachtregel.samenboek;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence: someone with write access to PostgreSQL (the triggers switched off) changes a payload, deletes an
 * event, or swaps two events. The verification finds each at the right volgnummer, through the API and through the
 * CLI (which verifies the exported file itself). Every test restores what it
 * touched, because the database is shared with the other integration tests.
 */
class ManipulatieIT extends IntegratieTest {

    /** The reason given when the event store's order no longer follows the chain; an export cannot show that. */
    private static final String ALLEEN_IN_DE_EVENT_STORE = "staat in de event store vóór";

    @Test
    void eenGewijzigdePayloadWordtGevondenBijHaarVolgnummer() {
        Gebeurtenis doel = nieuweGebeurtenisVan("hillegom");
        byte[] origineel = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?", byte[].class, doel.id());
        String vervalst = new String(origineel, StandardCharsets.UTF_8).replace("\"geraamdeUren\":100", "\"geraamdeUren\":10");
        assertThat(vervalst).isNotEqualTo(new String(origineel, StandardCharsets.UTF_8));
        try {
            zonderBewaking(() -> jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                    vervalst.getBytes(StandardCharsets.UTF_8), doel.id()));
            assertFoutBij("hillegom", doel.volgnummer(), "gewijzigd");
        } finally {
            zonderBewaking(() -> jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", origineel, doel.id()));
        }
        assertGeldig("hillegom");
    }

    @Test
    void eenVerwijderdeGebeurtenisWordtGevondenBijHaarVolgnummer() {
        Gebeurtenis doel = nieuweGebeurtenisVan("lisse");
        Map<String, Object> rij = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE event_identifier = ?", doel.id());
        try {
            zonderBewaking(() -> jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", doel.id()));
            assertFoutBij("lisse", doel.volgnummer(), "ontbreekt");
        } finally {
            zonderBewaking(() -> jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    rij.get("global_index"), rij.get("event_identifier"), rij.get("aggregate_identifier"), rij.get("sequence_number"),
                    rij.get("type"), rij.get("time_stamp"), rij.get("payload_type"), rij.get("payload_revision"), rij.get("payload"),
                    rij.get("meta_data")));
        }
        assertGeldig("lisse");
    }

    @Test
    void tweeVerwisseldeGebeurtenissenWordenGevonden() {
        Gebeurtenis eerste = nieuweGebeurtenisVan("teylingen");
        Gebeurtenis tweede = nieuweGebeurtenisVan("teylingen");
        byte[] a = payload(eerste.id());
        byte[] b = payload(tweede.id());
        try {
            zonderBewaking(() -> {
                jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", b, eerste.id());
                jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", a, tweede.id());
            });
            assertFoutBij("teylingen", eerste.volgnummer(), "gewijzigd");
        } finally {
            zonderBewaking(() -> {
                jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", a, eerste.id());
                jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", b, tweede.id());
            });
        }
        assertGeldig("teylingen");
    }

    @Test
    void eenVerwisseldeVolgordeInDeEventStoreWordtGevonden() {
        Gebeurtenis eerste = nieuweGebeurtenisVan("lisse");
        Gebeurtenis tweede = nieuweGebeurtenisVan("lisse");
        long a = globaleIndex(eerste.id());
        long b = globaleIndex(tweede.id());
        try {
            zonderBewaking(() -> {
                jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE event_identifier = ?", eerste.id());
                jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ?", a, tweede.id());
                jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ?", b, eerste.id());
            });
            assertFoutBij("lisse", tweede.volgnummer(), ALLEEN_IN_DE_EVENT_STORE);
        } finally {
            zonderBewaking(() -> {
                jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE event_identifier = ?", eerste.id());
                jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ?", b, tweede.id());
                jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ?", a, eerste.id());
            });
        }
        assertGeldig("lisse");
    }

    @Test
    void eenAfgekapteKetenWordtGevondenDankzijHetControlepunt() {
        Gebeurtenis laatste = nieuweGebeurtenisVan("hillegom");
        JsonNode punten = als("auditor").get("/audit/gemeenten/hillegom/checkpoints").json();
        assertThat(punten.at("/_embedded/checkpoints/0/aantal").asLong()).isEqualTo(laatste.volgnummer());
        Map<String, Object> regel = jdbc.queryForMap("SELECT * FROM grootboek WHERE gemeente = 'hillegom' AND volgnummer = ?", laatste.volgnummer());
        Map<String, Object> event = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE event_identifier = ?", laatste.id());
        try {
            zonderBewaking(() -> {
                jdbc.update("DELETE FROM grootboek WHERE gemeente = 'hillegom' AND volgnummer = ?", laatste.volgnummer());
                jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", laatste.id());
            });
            assertFoutBij("hillegom", laatste.volgnummer(), "verdwenen");
        } finally {
            zonderBewaking(() -> {
                jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, "
                                + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        event.get("global_index"), event.get("event_identifier"), event.get("aggregate_identifier"), event.get("sequence_number"),
                        event.get("type"), event.get("time_stamp"), event.get("payload_type"), event.get("payload_revision"),
                        event.get("payload"), event.get("meta_data"));
                jdbc.update("INSERT INTO grootboek (gemeente, volgnummer, event_identifier, vorige_hash, hash, tijdstip) VALUES (?,?,?,?,?,?)",
                        regel.get("gemeente"), regel.get("volgnummer"), regel.get("event_identifier"), regel.get("vorige_hash"), regel.get("hash"),
                        regel.get("tijdstip"));
            });
        }
        assertGeldig("hillegom");
    }

    /**
     * A checkpoint row put into the table by hand (INSERT is what the triggers allow) does not become the base of the
     * next one: the instance signs nothing on top of a checkpoint it did not sign, and the verification names it.
     */
    @Test
    void eenVervalstControlepuntWordtGeenBasisVoorHetVolgende() {
        Gebeurtenis eerste = nieuweGebeurtenisVan("teylingen");
        JsonNode echt = als("auditor").get("/audit/gemeenten/teylingen/checkpoints").json().at("/_embedded/checkpoints/0");
        assertThat(echt.get("aantal").asLong()).isEqualTo(eerste.volgnummer());
        Gebeurtenis tweede = nieuweGebeurtenisVan("teylingen");
        String kop = jdbc.queryForObject("SELECT hash FROM grootboek WHERE gemeente = 'teylingen' AND volgnummer = ?", String.class,
                tweede.volgnummer());
        jdbc.update("INSERT INTO controlepunt (gemeente, aantal, hoofd_hash, tijdstip, algoritme, sleutel, handtekening) "
                        + "VALUES ('teylingen', ?, ?, ?, ?, ?, ?)", tweede.volgnummer(), kop, echt.get("tijdstip").asText(),
                echt.get("algoritme").asText(), echt.get("sleutel").asText(), echt.get("handtekening").asText());
        try {
            Gebeurtenis derde = nieuweGebeurtenisVan("teylingen");
            JsonNode punten = als("auditor").get("/audit/gemeenten/teylingen/checkpoints").json();
            assertThat(punten.at("/_embedded/checkpoints/0/aantal").asLong())
                    .as("geen nieuw controlepunt op een vervalste basis").isEqualTo(tweede.volgnummer());
            assertThat(derde.volgnummer()).isGreaterThan(tweede.volgnummer());
            JsonNode verificatie = als("auditor").get("/audit/gemeenten/teylingen/verificatie").json();
            assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isFalse();
            assertThat(verificatie.at("/eersteFout/reden").asText()).contains("geen geldige handtekening");
        } finally {
            jdbc.execute("ALTER TABLE controlepunt DISABLE TRIGGER USER");
            try {
                jdbc.update("DELETE FROM controlepunt WHERE gemeente = 'teylingen' AND aantal = ?", tweede.volgnummer());
            } finally {
                jdbc.execute("ALTER TABLE controlepunt ENABLE TRIGGER USER");
            }
        }
        assertGeldig("teylingen");
    }

    private record Gebeurtenis(String id, long volgnummer) {
    }

    /** A new opdracht of one gemeente alone; its aanvraag is the newest entry in that gemeente's grootboek. */
    private Gebeurtenis nieuweGebeurtenisVan(String gemeente) {
        String opdracht = college(gemeente).post("/opdrachten", aanvraag("Te vervalsen", gemeente)).json().get("id").asText();
        String id = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, opdracht);
        long volgnummer = jdbc.queryForObject("SELECT volgnummer FROM grootboek WHERE gemeente = ? AND event_identifier = ?", Long.class, gemeente, id);
        return new Gebeurtenis(id, volgnummer);
    }

    private void assertFoutBij(String gemeente, long volgnummer, String reden) {
        JsonNode verificatie = als("auditor").get("/audit/gemeenten/" + gemeente + "/verificatie").json();
        assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isFalse();
        assertThat(verificatie.at("/eersteFout/volgnummer").asLong()).as(verificatie.toString()).isEqualTo(volgnummer);
        assertThat(verificatie.at("/eersteFout/reden").asText()).contains(reden);

        Path uit = tijdelijkeMap();
        Uitvoer cli = samenboek("exporteer", "--url", "http://localhost:" + poort, "--gemeente", gemeente,
                "--data-dir", DATAMAP.toString(), "--uit", uit.toString());
        assertThat(cli.code()).as(cli.tekst()).isEqualTo(1);
        assertThat(cli.tekst()).contains("ONGELDIG volgens de instantie vanaf volgnummer " + volgnummer);
        if (reden.equals(ALLEEN_IN_DE_EVENT_STORE)) {
            return; // the exported file itself is a sound chain: only the event store's own order was changed
        }
        Uitvoer bestand = samenboek("verifieer", "--bestand", uit.resolve("grootboek-" + gemeente + ".ndjson").toString(),
                "--controlepunten", uit.resolve("grootboek-" + gemeente + ".checkpoints.json").toString(),
                "--sleutels", uit.resolve("grootboek-" + gemeente + ".sleutels.json").toString(), "--stil");
        assertThat(bestand.code()).as(bestand.tekst()).isEqualTo(1);
        assertThat(bestand.tekst()).as("het geëxporteerde bestand verraadt het zelf").contains("ONGELDIG vanaf volgnummer " + volgnummer);
    }

    private static Path tijdelijkeMap() {
        try {
            return Files.createTempDirectory("manipulatie");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertGeldig(String gemeente) {
        JsonNode verificatie = als("auditor").get("/audit/gemeenten/" + gemeente + "/verificatie").json();
        assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isTrue();
    }

    private byte[] payload(String id) {
        return jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?", byte[].class, id);
    }

    private long globaleIndex(String id) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class, id);
    }

    /** What an operator with database rights could do: switch the immutability triggers off for a moment. */
    private void zonderBewaking(Runnable ingreep) {
        List<String> tabellen = List.of("domain_event_entry", "grootboek");
        tabellen.forEach(t -> jdbc.execute("ALTER TABLE " + t + " DISABLE TRIGGER USER"));
        try {
            ingreep.run();
        } finally {
            tabellen.forEach(t -> jdbc.execute("ALTER TABLE " + t + " ENABLE TRIGGER USER"));
        }
    }
}

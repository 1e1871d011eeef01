package nl.samenboek.app.infra;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out stack of infra/ as docs/operations.md describes it, checked offline (no Docker here): compose.yaml
 * parses, runs two samenboek nodes on the shared stores with healthchecks, a three-member MongoDB replica set that is
 * initiated, PostgreSQL with a replica and WAL archiving, Kafka; every dependency and volume it names exists; nginx
 * balances both nodes and sends HSTS only over HTTPS; the image runs as a user other than root.
 */
class InfraTest {

    private static final Path INFRA = Path.of("..", "..", "infra");
    private static final List<String> NODES = List.of("samenboek-1", "samenboek-2");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(INFRA.resolve("compose.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kaart(Object waarde) {
        assertThat(waarde).isInstanceOf(Map.class);
        return (Map<String, Object>) waarde;
    }

    @Test
    void tweeNodesOpDeGedeeldeOpslagMetHealthcheck() throws IOException {
        Map<String, Object> diensten = kaart(compose().get("services"));
        for (String node : NODES) {
            Map<String, Object> dienst = kaart(diensten.get(node));
            assertThat(dienst.get("image")).isEqualTo("samenboek:1.0.0");
            Map<String, Object> omgeving = kaart(dienst.get("environment"));
            assertThat(omgeving.get("SAMENBOEK_DB_URL")).asString().startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(omgeving.get("SAMENBOEK_MONGO_URI")).asString()
                    .contains("mongo1:27017", "mongo2:27017", "mongo3:27017").contains("replicaSet=rs0");
            assertThat(omgeving.get("SAMENBOEK_OIDC_ISSUER")).as("production takes tokens from the identity provider").asString().isNotBlank();
            assertThat(Integer.parseInt(String.valueOf(omgeving.get("SAMENBOEK_PROJECTIES_SEGMENTEN")))).isGreaterThanOrEqualTo(NODES.size());
            assertThat(omgeving).doesNotContainKey("SAMENBOEK_MONGO_EMBEDDED");
            assertThat(String.valueOf(kaart(dienst.get("healthcheck")).get("test"))).contains("/actuator/health", "\"status\":\"UP\"");
            Map<String, Object> afhankelijk = kaart(dienst.get("depends_on"));
            assertThat(kaart(afhankelijk.get("postgres")).get("condition")).isEqualTo("service_healthy");
            assertThat(kaart(afhankelijk.get("mongo-init")).get("condition")).isEqualTo("service_completed_successfully");
        }
        Map<String, Object> proxy = kaart(diensten.get("proxy"));
        for (String node : NODES) {
            assertThat(kaart(kaart(proxy.get("depends_on")).get(node)).get("condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void mongoIsEenReplicasetVanDrieDieWordtGeinitieerd() throws IOException {
        Map<String, Object> diensten = kaart(compose().get("services"));
        for (String lid : List.of("mongo1", "mongo2", "mongo3")) {
            Map<String, Object> dienst = kaart(diensten.get(lid));
            assertThat((List<String>) lijst(dienst.get("command"))).containsSequence("--replSet", "rs0");
            assertThat(dienst).containsKey("healthcheck");
        }
        String init = String.join(" ", lijst(kaart(diensten.get("mongo-init")).get("command")));
        assertThat(init).contains("rs.initiate", "_id: \"rs0\"", "mongo1:27017", "mongo2:27017", "mongo3:27017");
    }

    @Test
    void elkeDienstHeeftEenHealthcheckEnElkeVerwijzingBestaat() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> diensten = kaart(compose.get("services"));
        Map<String, Object> volumes = kaart(compose.get("volumes"));
        diensten.forEach((naam, waarde) -> {
            Map<String, Object> dienst = kaart(waarde);
            if (!"mongo-init".equals(naam)) {
                assertThat(dienst).as(naam + " heeft een healthcheck").containsKey("healthcheck");
            }
            Object afhankelijk = dienst.get("depends_on");
            Collection<String> namen = afhankelijk instanceof Map<?, ?> m ? kaart(m).keySet() : lijst(afhankelijk);
            assertThat(diensten.keySet()).as(naam + " hangt af van").containsAll(namen);
            for (String volume : lijst(dienst.get("volumes"))) {
                String bron = volume.substring(0, volume.indexOf(':'));
                if (bron.startsWith(".")) {
                    assertThat(INFRA.resolve(bron)).as(naam + " koppelt " + bron).exists();
                } else {
                    assertThat(volumes).as(naam + " gebruikt volume " + bron).containsKey(bron);
                }
            }
        });
        assertThat(String.valueOf(kaart(diensten.get("postgres")).get("command"))).contains("archive_mode=on", "synchronous_commit=on");
        assertThat(String.join(" ", lijst(kaart(diensten.get("postgres-replica")).get("command")))).contains("pg_basebackup", "-R");
        Map<String, Object> kafka = kaart(kaart(diensten.get("kafka")).get("environment"));
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://kafka:9092");
        assertThat(kafka).containsKey("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP");
        assertThat(kaart(kaart(diensten.get(NODES.get(0))).get("environment")).get("SAMENBOEK_KAFKA_SERVERS")).isEqualTo("kafka:9092");
    }

    @Test
    void deProxyVerdeeltOverBeideNodesEnStuurtHstsAlleenOverHttps() throws IOException {
        String nginx = Files.readString(INFRA.resolve("nginx.conf"));
        Matcher upstream = Pattern.compile("upstream samenboek \\{([^}]*)}").matcher(nginx);
        assertThat(upstream.find()).isTrue();
        for (String node : NODES) {
            assertThat(upstream.group(1)).contains("server " + node + ":8080");
        }
        List<String> servers = serverblokken(nginx);
        assertThat(servers).hasSize(2);
        String http = servers.stream().filter(s -> s.contains("listen 80;")).findFirst().orElseThrow();
        String https = servers.stream().filter(s -> s.contains("listen 443 ssl;")).findFirst().orElseThrow();
        assertThat(http).contains("return 301 https://").doesNotContain("Strict-Transport-Security \"", "proxy_pass");
        assertThat(https).contains("proxy_pass http://samenboek;", "proxy_hide_header Strict-Transport-Security;",
                "add_header Strict-Transport-Security", "ssl_certificate ", "X-Forwarded-Proto https");
    }

    @Test
    void hetImageDraaitNietAlsRoot() throws IOException {
        List<String> regels = Files.readAllLines(INFRA.resolve("Dockerfile"));
        int laatsteFrom = 0;
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).startsWith("FROM ")) {
                laatsteFrom = i;
            }
        }
        List<String> gebruikers = regels.subList(laatsteFrom, regels.size()).stream().filter(r -> r.startsWith("USER ")).toList();
        assertThat(gebruikers).isNotEmpty();
        String gebruiker = gebruikers.get(gebruikers.size() - 1).substring(5).strip().split(":")[0];
        assertThat(gebruiker).isNotIn("root", "0");
        assertThat(String.join("\n", regels)).contains("-m 0700 /var/lib/samenboek");
    }

    /** The top-level server blocks of nginx.conf, braces counted. */
    private static List<String> serverblokken(String nginx) {
        List<String> blokken = new ArrayList<>();
        Matcher begin = Pattern.compile("(?m)^server \\{").matcher(nginx);
        while (begin.find()) {
            int diepte = 0;
            for (int i = begin.end() - 1; i < nginx.length(); i++) {
                char c = nginx.charAt(i);
                diepte += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (diepte == 0) {
                    blokken.add(nginx.substring(begin.start(), i + 1));
                    break;
                }
            }
        }
        return blokken;
    }

    @SuppressWarnings("unchecked")
    private static List<String> lijst(Object waarde) {
        if (waarde == null) {
            return List.of();
        }
        assertThat(waarde).isInstanceOf(List.class);
        return ((List<Object>) waarde).stream().map(String::valueOf).toList();
    }
}

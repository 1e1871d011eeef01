package nl.samenboek.app.beveiliging;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Only valid, unexpired tokens signed with the instance's key, with a known rol, get in. */
class TokenIT extends IntegratieTest {

    @Test
    void eenGeldigTokenKomtBinnen() {
        assertThat(college("lisse").get("/gemeenten").status()).isEqualTo(200);
    }

    @Test
    void eenVerlopenTokenGeeft401() {
        KeyPair sleutel = new Sleutelopslag(DATAMAP).laadOfMaak(Tokenmaker.SLEUTELNAAM);
        String verlopen = new Tokenmaker(sleutel).maak("auditor", null, Instant.now().minus(Duration.ofHours(2)), Instant.now().minus(Duration.ofHours(1)));
        assertOnbevoegd(verlopen);
    }

    @Test
    void eenTokenVanEenAndereSleutelGeeft401() throws Exception {
        KeyPair vreemd = new Sleutelopslag(Files.createTempDirectory("vreemd")).laadOfMaak("token");
        assertOnbevoegd(new Tokenmaker(vreemd).maak("auditor", null, Duration.ofHours(1)));
    }

    @Test
    void eenOngetekendTokenMetAlgNoneGeeft401() {
        String kop = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = b64("{\"iss\":\"samenboek-lokaal\",\"rol\":\"auditor\",\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}");
        assertOnbevoegd(kop + "." + claims + ".");
    }

    @Test
    void eenGemanipuleerdTokenGeeft401() {
        String echt = token("raad", "lisse");
        String[] delen = echt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8).replace("\"raad\"", "\"auditor\"");
        assertOnbevoegd(delen[0] + "." + b64(claims) + "." + delen[2]);
    }

    @Test
    void eenTokenZonderVervaldatumUitgiftetijdOfMetTeLangeLevensduurGeeft401() throws Exception {
        KeyPair sleutel = new Sleutelopslag(DATAMAP).laadOfMaak(Tokenmaker.SLEUTELNAAM);
        Instant nu = Instant.now();
        assertOnbevoegd(teken(sleutel, new JWTClaimsSet.Builder().issuer(Tokenmaker.UITGEVER).claim("rol", "auditor")
                .issueTime(Date.from(nu)).build()));
        assertOnbevoegd(teken(sleutel, new JWTClaimsSet.Builder().issuer(Tokenmaker.UITGEVER).claim("rol", "auditor")
                .expirationTime(Date.from(nu.plusSeconds(600))).build()));
        assertOnbevoegd(new Tokenmaker(sleutel).maak("auditor", null, nu.minusSeconds(10), nu.minusSeconds(10).plus(Duration.ofHours(13))));
    }

    @Test
    void eenGeldigTokenZonderBekendeRolOfZonderGemeenteGeeft403() throws Exception {
        KeyPair sleutel = new Sleutelopslag(DATAMAP).laadOfMaak(Tokenmaker.SLEUTELNAAM);
        Instant nu = Instant.now();
        for (JWTClaimsSet.Builder claims : java.util.List.of(
                new JWTClaimsSet.Builder().claim("rol", "burgemeester"),
                new JWTClaimsSet.Builder(),
                new JWTClaimsSet.Builder().claim("rol", "college"),
                new JWTClaimsSet.Builder().claim("rol", "raad").claim("gemeente", "LISSE!"))) {
            String token = teken(sleutel, claims.issuer(Tokenmaker.UITGEVER).issueTime(Date.from(nu))
                    .expirationTime(Date.from(nu.plusSeconds(600))).build());
            Klant.Antwoord antwoord = new Klant(basis(), token).get("/gemeenten");
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(403);
            assertThat(antwoord.kop("Content-Type")).startsWith("application/problem+json");
            assertThat(antwoord.json().get("detail").asText()).containsAnyOf("noemt geen rol", "noemt de gemeente");
        }
    }

    @Test
    void eenTokenMetOpvullingOfAnderBase64alfabetGeeft401() {
        String echt = token("college", "lisse");
        assertThat(new Klant(basis(), echt).get("/gemeenten").status()).isEqualTo(200);
        String[] delen = echt.split("\\.");
        assertOnbevoegd(delen[0] + "=." + delen[1] + "." + delen[2]);
        assertOnbevoegd(echt + "=");
        if (echt.contains("-") || echt.contains("_")) {
            assertOnbevoegd(echt.replace('-', '+').replace('_', '/'));
        }
    }

    @Test
    void elkAntwoordDraagtVersieEnBeveiligingskoppen() {
        for (Klant.Antwoord antwoord : new Klant.Antwoord[]{anoniem().get("/gemeenten"), college("lisse").get("/gemeenten"),
                college("lisse").get("/opdrachten/bestaat-niet")}) {
            assertThat(antwoord.kop("API-Version")).isEqualTo("1.0.0");
            assertThat(antwoord.kop("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(antwoord.kop("X-Frame-Options")).isEqualTo("DENY");
            assertThat(antwoord.kop("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(antwoord.kop("Strict-Transport-Security")).isNotNull();
            assertThat(antwoord.kop("Cache-Control")).contains("no-store");
        }
    }

    private void assertOnbevoegd(String token) {
        Klant.Antwoord antwoord = new Klant(basis(), token).get("/gemeenten");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(401);
        assertThat(antwoord.kop("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.kop("API-Version")).isEqualTo("1.0.0");
    }

    private static String teken(KeyPair sleutel, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(sleutel.getPrivate()));
        return jwt.serialize();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

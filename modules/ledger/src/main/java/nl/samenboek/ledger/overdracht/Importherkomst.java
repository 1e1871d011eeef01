package nl.samenboek.ledger.overdracht;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.controlepunt.Ondertekenaar;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.messages.fout.OngeldigeInvoer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

/**
 * Where an imported grootboek comes from: a checkpoint the exporting instance signed within the exported history, and
 * that instance's public key (a JWK). An import requires it (docs/auditor.md), checks the signature and that the file's
 * chain passes through the checkpoint, and keeps both, so the new instance can show that its history up to there is
 * what the old one signed. Sent as one header, {@value #KOP}: base64url of {@code {"controlepunt": …, "sleutel": …}}.
 */
public record Importherkomst(Controlepunt controlepunt, Map<String, Object> sleutel) {

    public static final String KOP = "Samenboek-Herkomst";
    private static final ObjectMapper JSON = GebeurtenisJson.mapper();
    private static final int MAXIMALE_LENGTE = 8_000;

    /** Reads and checks the header: a checkpoint whose signature holds with the key given beside it. */
    public static Importherkomst lees(String kop) {
        if (kop == null || kop.isBlank()) {
            throw new OngeldigeInvoer(KOP, "is verplicht: het laatste ondertekende controlepunt van de exporterende instantie "
                    + "en haar publieke sleutel (samenboek importeer zet het uit --controlepunten en --sleutels)");
        }
        if (kop.length() > MAXIMALE_LENGTE) {
            throw new OngeldigeInvoer(KOP, "is langer dan " + MAXIMALE_LENGTE + " tekens");
        }
        Importherkomst herkomst;
        try {
            JsonNode inhoud = JSON.readTree(Base64.getUrlDecoder().decode(kop.strip()));
            herkomst = new Importherkomst(JSON.treeToValue(inhoud.path("controlepunt"), Controlepunt.class),
                    JSON.convertValue(inhoud.path("sleutel"), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
        } catch (IOException | IllegalArgumentException e) {
            throw new OngeldigeInvoer(KOP, "is geen base64url van {\"controlepunt\": …, \"sleutel\": …}");
        }
        if (herkomst.controlepunt() == null || herkomst.controlepunt().gemeente() == null || herkomst.controlepunt().hoofdHash() == null
                || herkomst.controlepunt().handtekening() == null || herkomst.sleutel() == null) {
            throw new OngeldigeInvoer(KOP, "mist het controlepunt of de sleutel");
        }
        if (!Ondertekenaar.klopt(herkomst.controlepunt(), herkomst.publiek())) {
            throw new OngeldigeInvoer(KOP, "de handtekening van het controlepunt klopt niet met de meegegeven sleutel");
        }
        return herkomst;
    }

    /** The header value for a checkpoint and the JWK of the key that signed it (the CLI's side). */
    public static String kop(Controlepunt controlepunt, Map<String, Object> sleutel) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    JSON.writeValueAsBytes(Map.of("controlepunt", controlepunt, "sleutel", sleutel)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublicKey publiek() {
        try {
            return RSAKey.parse(sleutel).toRSAPublicKey();
        } catch (ParseException | JOSEException | RuntimeException e) {
            throw new OngeldigeInvoer(KOP, "de sleutel is geen publieke RSA-sleutel als JWK (RFC 7517)");
        }
    }

    String controlepuntJson() {
        return tekst(controlepunt);
    }

    String sleutelJson() {
        return tekst(sleutel);
    }

    private static String tekst(Object waarde) {
        try {
            return new String(JSON.writeValueAsBytes(waarde), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

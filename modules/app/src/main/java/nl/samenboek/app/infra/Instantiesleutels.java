package nl.samenboek.app.infra;

import nl.samenboek.ledger.controlepunt.Ondertekenaar;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The instance's keys that live in files rather than in PostgreSQL: the checkpoint key and the development token key
 * ({@link Sleutelopslag}, under {@code SAMENBOEK_DATA_DIR/sleutels}). A second node on the same stores has its own data
 * dir, so it takes them from the first node instead (docs/operations.md, two nodes): the checkpoint key whole
 * ({@code SAMENBOEK_CONTROLEPUNT_SLEUTEL}, Base64 PKCS#8), so every node signs checkpoints as the same instance, and of
 * the token key only the public half ({@code SAMENBOEK_TOKEN_PUBLIEKE_SLEUTEL}, Base64 X.509), so it accepts the
 * first node's tokens without being able to make any. The pseudonym secret needs nothing: it is in PostgreSQL
 * (table {@code instantiegeheim}).
 */
@Component
public class Instantiesleutels {

    private final Datamap datamap;
    private final String controlepuntsleutel;
    private final String tokensleutel;

    public Instantiesleutels(Datamap datamap,
                             @Value("${samenboek.controlepunt.sleutel:}") String controlepuntsleutel,
                             @Value("${samenboek.token.publieke-sleutel:}") String tokensleutel) {
        this.datamap = datamap;
        this.controlepuntsleutel = controlepuntsleutel.strip();
        this.tokensleutel = tokensleutel.strip();
    }

    /** The key pair that signs checkpoints: the given one, else the data dir's (made at first use). */
    public KeyPair controlepunt() {
        if (controlepuntsleutel.isEmpty()) {
            return new Sleutelopslag(datamap.pad()).laadOfMaak(Ondertekenaar.SLEUTELNAAM);
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey prive = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(controlepuntsleutel)));
            RSAPublicKey publiek = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(prive.getModulus(), prive.getPublicExponent()));
            return new KeyPair(publiek, prive);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("SAMENBOEK_CONTROLEPUNT_SLEUTEL is geen RSA-sleutel in Base64 (PKCS#8)", e);
        }
    }

    /** Whether tokens are checked with a public key given from outside rather than with this data dir's own key. */
    public boolean tokensleutelGegeven() {
        return !tokensleutel.isEmpty();
    }

    /** The public key development tokens are checked with: the given one, else the data dir's (made at first use). */
    public RSAPublicKey tokenVerificatie() {
        if (tokensleutel.isEmpty()) {
            return (RSAPublicKey) new Sleutelopslag(datamap.pad()).laadOfMaak(Tokenmaker.SLEUTELNAAM).getPublic();
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(tokensleutel)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("SAMENBOEK_TOKEN_PUBLIEKE_SLEUTEL is geen publieke RSA-sleutel in Base64 (X.509)", e);
        }
    }

    /** The private checkpoint key as {@code SAMENBOEK_CONTROLEPUNT_SLEUTEL} takes it. */
    static String alsTekst(KeyPair sleutel) {
        return Base64.getEncoder().encodeToString(sleutel.getPrivate().getEncoded());
    }

    /** A public key as {@code SAMENBOEK_TOKEN_PUBLIEKE_SLEUTEL} takes it. */
    static String alsTekst(RSAPublicKey sleutel) {
        return Base64.getEncoder().encodeToString(sleutel.getEncoded());
    }
}

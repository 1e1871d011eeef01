package nl.samenboek.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * One rule for every number and every text of a request body, applied while the JSON is read, so the domain never sees
 * what it cannot hold (docs/security.md). A decimal (hours, amounts, streefwaarde, waarde, norm, bijdrage, fractions)
 * has at most {@value #GEHELE_CIJFERS} digits before the point and {@value #DECIMALEN} after it (trailing zeros do not
 * count); 1e400, 1e-99999 or a 40-digit number is refused with 400 naming the field, before any command is sent and
 * before an Idempotency-Key is stored. A text may not hold the characters XML forbids (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F, U+FFFE, U+FFFF, unpaired surrogates): they would break the PC documents and exports later.
 */
public final class Invoergrenzen {

    public static final int GEHELE_CIJFERS = 20;
    public static final int DECIMALEN = 8;
    /** The longest number text read at all: digits, sign, point and a short exponent. */
    private static final int MAXIMALE_LENGTE = GEHELE_CIJFERS + DECIMALEN + 12;

    private Invoergrenzen() {
    }

    /** A value outside the limits; its message is the reason shown next to the field. */
    public static final class Overschreden extends JsonMappingException {

        Overschreden(JsonParser parser, String reden) {
            super(parser, reden);
        }
    }

    static SimpleModule module() {
        return new SimpleModule("samenboek-invoergrenzen")
                .addDeserializer(BigDecimal.class, new Decimaal())
                .addDeserializer(String.class, new Tekst());
    }

    /** Why this decimal is refused, or null when it is within the limits. */
    public static String decimaalfout(String tekst) {
        if (tekst.length() > MAXIMALE_LENGTE) {
            return "heeft te veel cijfers (ten hoogste " + GEHELE_CIJFERS + " voor en " + DECIMALEN + " na de komma)";
        }
        BigDecimal getal;
        try {
            getal = new BigDecimal(tekst);
        } catch (NumberFormatException | ArithmeticException e) {
            return "verwacht een getal";
        }
        if (getal.signum() == 0) {
            return null;
        }
        BigDecimal kern = getal.stripTrailingZeros();
        if (kern.precision() - kern.scale() > GEHELE_CIJFERS) {
            return "is te groot (ten hoogste " + GEHELE_CIJFERS + " cijfers voor de komma)";
        }
        if (kern.scale() > DECIMALEN) {
            return "heeft te veel decimalen (ten hoogste " + DECIMALEN + ")";
        }
        return null;
    }

    /** The position of the first character XML forbids, or -1. */
    public static int verbodenTeken(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static final class Decimaal extends StdScalarDeserializer<BigDecimal> {

        Decimaal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                String fout = decimaalfout(p.getText());
                if (fout != null) {
                    throw new Overschreden(p, fout);
                }
                return new BigDecimal(p.getText());
            }
            // strings, booleans, arrays: the standard rules (which refuse them)
            return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        }
    }

    static final class Tekst extends StdScalarDeserializer<String> {

        Tekst() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String tekst = StringDeserializer.instance.deserialize(p, ctxt);
            if (tekst != null && verbodenTeken(tekst) >= 0) {
                throw new Overschreden(p, "bevat een teken dat niet is toegestaan (positie " + verbodenTeken(tekst) + ")");
            }
            return tekst;
        }
    }
}

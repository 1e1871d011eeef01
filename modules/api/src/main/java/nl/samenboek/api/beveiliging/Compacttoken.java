package nl.samenboek.api.beveiliging;

/**
 * The one form of token samenboek reads: a compact JWS (RFC 7515, section 7.1) — three Base64url segments without
 * padding, of {@code A-Z a-z 0-9 - _} only, joined by two dots, none of them empty. Checked on the raw text before
 * any cache lookup or parsing, so a token that differs from a valid one only in padding or in the Base64 alphabet
 * (which a lenient decoder would read as the same bytes) is refused instead of being a second way to say the same.
 * So is a segment whose last character carries bits the bytes do not use (non-canonical Base64, RFC 4648 section
 * 3.5): most decoders ignore them, so {@code …Q} and {@code …R} would otherwise be the same signature.
 */
final class Compacttoken {

    /** Longer than any identity provider issues, and than the request-header limit lets through anyway. */
    static final int MAXIMALE_LENGTE = 16_384;

    private Compacttoken() {
    }

    static boolean isGeldig(String token) {
        if (token == null || token.isEmpty() || token.length() > MAXIMALE_LENGTE) {
            return false;
        }
        int punten = 0;
        int segmentlengte = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (segmentlengte == 0 || ++punten > 2) {
                    return false;
                }
                segmentlengte = 0;
            } else if (isBase64url(c)) {
                segmentlengte++;
            } else {
                return false;
            }
        }
        // a Base64url segment without padding is never 1 character longer than a multiple of 4, and its last character
        // leaves the bits no byte uses at zero
        return punten == 2 && segmentlengte > 0 && segmentenZonderRest(token);
    }

    private static boolean segmentenZonderRest(String token) {
        int begin = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '.') {
                int rest = (i - begin) % 4;
                if (rest == 1 || (rest > 1 && (waarde(token.charAt(i - 1)) & (rest == 2 ? 0b1111 : 0b11)) != 0)) {
                    return false;
                }
                begin = i + 1;
            }
        }
        return true;
    }

    /** The six bits a Base64url character stands for. */
    private static int waarde(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : 63;
    }

    private static boolean isBase64url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}

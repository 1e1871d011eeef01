package nl.samenboek.api.beveiliging;

/**
 * The one form of token samenboek reads: a compact JWS (RFC 7515, section 7.1) — three Base64url segments without
 * padding, of {@code A-Z a-z 0-9 - _} only, joined by two dots, none of them empty. Checked on the raw text before
 * any cache lookup or parsing, so a token that differs from a valid one only in padding or in the Base64 alphabet
 * (which a lenient decoder would read as the same bytes) is refused instead of being a second way to say the same.
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
        // a Base64url segment without padding is never 1 character longer than a multiple of 4
        return punten == 2 && segmentlengte > 0 && segmentenZonderRest(token);
    }

    private static boolean segmentenZonderRest(String token) {
        int begin = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '.') {
                if ((i - begin) % 4 == 1) {
                    return false;
                }
                begin = i + 1;
            }
        }
        return true;
    }

    private static boolean isBase64url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}

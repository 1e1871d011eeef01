package nl.samenboek.api.beveiliging;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What Spring Security's {@code StrictHttpFirewall} allows in header names and values, by the same patterns, but
 * without running a Unicode regular expression over every character of every header: for a bearer token that regex
 * cost more CPU than checking the token's signature (measured, docs/performance.md, w4). Printable ASCII passes at
 * once; anything else goes to the firewall's own pattern, so the outcome is identical.
 */
final class Kopwaarden implements Predicate<String> {

    /** The firewall's rule for header names: assigned characters that are not control characters. */
    static final Kopwaarden NAMEN = new Kopwaarden(Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*"));
    /** The firewall's rule for header values: the same, and tab. */
    static final Kopwaarden WAARDEN = new Kopwaarden(Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*"));

    private final Pattern toegestaan;

    private Kopwaarden(Pattern toegestaan) {
        this.toegestaan = toegestaan;
    }

    @Override
    public boolean test(String waarde) {
        for (int i = 0; i < waarde.length(); i++) {
            char teken = waarde.charAt(i);
            if (teken < 0x20 || teken > 0x7e) {
                return toegestaan.matcher(waarde).matches();
            }
        }
        return true;
    }
}

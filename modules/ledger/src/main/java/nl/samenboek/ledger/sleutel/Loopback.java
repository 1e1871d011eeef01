package nl.samenboek.ledger.sleutel;

import java.net.URI;
import java.util.Locale;

/**
 * Where a secret may travel over plain HTTP: only to this machine itself. A bearer token or an identity provider's
 * keys over HTTP to any other host can be read or replaced on the way (docs/operations.md).
 */
public final class Loopback {

    private Loopback() {
    }

    /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}, by name only: nothing is looked up in DNS. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String naam = host.toLowerCase(Locale.ROOT);
        if (naam.startsWith("[") && naam.endsWith("]")) {
            naam = naam.substring(1, naam.length() - 1);
        }
        if (naam.equals("localhost") || naam.equals("::1") || naam.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] delen = naam.split("\\.", -1);
        if (delen.length != 4 || !delen[0].equals("127")) {
            return false;
        }
        for (String deel : delen) {
            if (!deel.matches("\\d{1,3}") || Integer.parseInt(deel) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Whether a secret may be sent to this address: over https anywhere, over http only to loopback. */
    public static boolean magGeheimDragen(URI adres) {
        String schema = adres.getScheme() == null ? "" : adres.getScheme().toLowerCase(Locale.ROOT);
        return adres.getHost() != null && (schema.equals("https") || (schema.equals("http") && isLoopback(adres.getHost())));
    }
}

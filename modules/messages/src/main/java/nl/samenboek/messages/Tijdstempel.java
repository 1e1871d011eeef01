package nl.samenboek.messages;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamps of the event store: ISO-8601 instants in UTC as Axon writes them ({@code 2026-12-03T19:36:44Z},
 * {@code …44.305Z}, up to nine digits of fraction). Every event a projection, a rebuild or time travel reads has one;
 * {@code DateTimeFormatter} took about a tenth of a rebuild's CPU parsing them (docs/performance.md). Anything not in
 * exactly that form goes to {@link Instant#parse}, which gives the same instants and the same errors.
 */
public final class Tijdstempel {

    private Tijdstempel() {
    }

    public static Instant lees(CharSequence tekst) {
        int lengte = tekst.length();
        if (lengte < 20 || lengte > 30 || tekst.charAt(4) != '-' || tekst.charAt(7) != '-' || tekst.charAt(10) != 'T'
                || tekst.charAt(13) != ':' || tekst.charAt(16) != ':' || tekst.charAt(lengte - 1) != 'Z') {
            return Instant.parse(tekst);
        }
        int jaar = cijfers(tekst, 0, 4);
        int maand = cijfers(tekst, 5, 2);
        int dag = cijfers(tekst, 8, 2);
        int uur = cijfers(tekst, 11, 2);
        int minuut = cijfers(tekst, 14, 2);
        int seconde = cijfers(tekst, 17, 2);
        int nano = 0;
        if (lengte > 20) {
            int breuk = lengte - 21; // digits between '.' and 'Z'
            if (tekst.charAt(19) != '.' || breuk < 1 || breuk > 9) {
                return Instant.parse(tekst);
            }
            nano = cijfers(tekst, 20, breuk);
            for (int i = breuk; i < 9; i++) {
                nano *= 10;
            }
        }
        if ((jaar | maand | dag | uur | minuut | seconde | nano) < 0 || maand < 1 || maand > 12 || dag < 1 || uur > 23 || minuut > 59
                || seconde > 59 || dag > LocalDate.of(jaar, maand, 1).lengthOfMonth()) {
            return Instant.parse(tekst);
        }
        long dagen = LocalDate.of(jaar, maand, dag).toEpochDay();
        return Instant.ofEpochSecond(dagen * 86_400 + uur * 3_600L + minuut * 60L + seconde, nano);
    }

    /** The number written in {@code aantal} digits from {@code van}, or -1 when one of them is no digit. */
    private static int cijfers(CharSequence tekst, int van, int aantal) {
        int waarde = 0;
        for (int i = van; i < van + aantal; i++) {
            char c = tekst.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            waarde = waarde * 10 + (c - '0');
        }
        return waarde;
    }
}

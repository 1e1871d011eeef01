package nl.samenboek.bench;

import java.util.Arrays;

/** Latencies of one workload, in nanoseconds, collected from several threads; percentiles in milliseconds. */
final class Latenties {

    private long[] waarden = new long[1024];
    private int aantal;

    synchronized void voegToe(long nanos) {
        if (aantal == waarden.length) {
            waarden = Arrays.copyOf(waarden, aantal * 2);
        }
        waarden[aantal++] = nanos;
    }

    synchronized int aantal() {
        return aantal;
    }

    /** The p-th percentile (nearest rank), in milliseconds with one decimal. */
    synchronized double percentielMs(double p) {
        if (aantal == 0) {
            return Double.NaN;
        }
        long[] gesorteerd = Arrays.copyOf(waarden, aantal);
        Arrays.sort(gesorteerd);
        int rang = (int) Math.ceil(p / 100.0 * aantal);
        return Math.round(gesorteerd[Math.max(0, rang - 1)] / 100_000.0) / 10.0;
    }
}

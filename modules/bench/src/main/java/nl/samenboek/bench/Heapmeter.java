package nl.samenboek.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every 50 ms and keeps the highest value: the heap peak of the whole run. */
final class Heapmeter implements AutoCloseable {

    private final MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
    private final Thread meter;
    private volatile long piek;
    private volatile boolean klaar;

    Heapmeter() {
        meter = new Thread(() -> {
            while (!klaar) {
                piek = Math.max(piek, geheugen.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heapmeter");
        meter.setDaemon(true);
        meter.start();
    }

    long piekMb() {
        return Math.max(piek, geheugen.getHeapMemoryUsage().getUsed()) >> 20;
    }

    long maximumMb() {
        return geheugen.getHeapMemoryUsage().getMax() >> 20;
    }

    @Override
    public void close() {
        klaar = true;
        meter.interrupt();
    }
}

package nl.samenboek.app.infra;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Shares the processors' segments between the nodes on one database (docs/operations.md, two nodes). The segments'
 * claims are in the token store (token_entry): a tracking processor claims every segment it has a thread for, so the
 * node that starts first would keep all of them and a second node would only ever stand by. Each node therefore
 * reports itself in table {@code knooppunt} every {@value #INTERVAL_MS} ms, counts the nodes seen in the last
 * {@value #LEVEND_SECONDEN} s (three reports, shorter than the claim timeout), and releases one segment of a processor for a few seconds while it holds more than its fair share
 * ({@code ceil(segments / nodes)}); a node below its share claims it meanwhile. A node that dies stops reporting and
 * stops extending its claims: after the claim timeout (10 s, AxonConfig) the others take its segments, and as it no
 * longer counts by then, none of them gives one up again (counted for as long as the claim timeout, a dead node could
 * still count when its segments were taken, and the taker would give one back for a while: found by TweeKnooppuntenIT).
 */
@Component
public class Knooppunten {

    private static final Logger LOG = LoggerFactory.getLogger(Knooppunten.class);
    static final long INTERVAL_MS = 2_000;
    /** Shorter than a claim lasts without being extended (JdbcTokenStore's claimTimeout, 10 s, in AxonConfig). */
    static final int LEVEND_SECONDEN = 6;
    private static final long VRIJGAVE_MS = 5_000;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration verwerking;
    /** The name the token store writes in token_entry.owner (JdbcTokenStore's default node id). */
    private final String id = ManagementFactory.getRuntimeMXBean().getName();

    public Knooppunten(JdbcTemplate jdbc, EventProcessingConfiguration verwerking) {
        this.jdbc = jdbc;
        this.verwerking = verwerking;
    }

    public String id() {
        return id;
    }

    @Scheduled(initialDelay = INTERVAL_MS, fixedDelay = INTERVAL_MS)
    void verdeel() {
        try {
            jdbc.update("INSERT INTO knooppunt (id, gezien) VALUES (?, now()) ON CONFLICT (id) DO UPDATE SET gezien = now()", id);
            jdbc.update("DELETE FROM knooppunt WHERE gezien < now() - interval '1 hour'");
            Integer levend = jdbc.queryForObject("SELECT count(*) FROM knooppunt WHERE gezien > now() - make_interval(secs => ?)",
                    Integer.class, LEVEND_SECONDEN);
            int knooppunten = Math.max(1, levend == null ? 1 : levend);
            verwerking.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .filter(StreamingEventProcessor::isRunning)
                    .forEach(verwerker -> geefTeveelVrij(verwerker, knooppunten));
        } catch (RuntimeException e) {
            // the database is away: the claims lapse by themselves, nothing to share meanwhile
            LOG.debug("Segmenten niet verdeeld: {}", e.toString());
        }
    }

    private void geefTeveelVrij(StreamingEventProcessor verwerker, int knooppunten) {
        Set<Integer> eigen = verwerker.processingStatus().keySet();
        Integer segmenten = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class,
                verwerker.getName());
        if (segmenten == null || segmenten < 2 || eigen.isEmpty()) {
            return;
        }
        int aandeel = (segmenten + knooppunten - 1) / knooppunten;
        if (eigen.size() > aandeel) {
            int segment = Collections.max(eigen);
            LOG.info("{} houdt {} van {} segmenten bij {} nodes; segment {} gaat naar een andere node", verwerker.getName(),
                    eigen.size(), segmenten, knooppunten, segment);
            verwerker.releaseSegment(segment, VRIJGAVE_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** A node that stops cleanly says so at once, so the others do not wait for the claim timeout to count it out. */
    @PreDestroy
    void afmelden() {
        try {
            jdbc.update("DELETE FROM knooppunt WHERE id = ?", id);
        } catch (RuntimeException e) {
            LOG.debug("Node niet afgemeld: {}", e.toString());
        }
    }
}

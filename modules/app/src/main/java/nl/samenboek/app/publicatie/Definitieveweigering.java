package nl.samenboek.app.publicatie;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.List;
import java.util.Optional;

/**
 * Which send failures mean Kafka will never take this record, so that it goes to the dead-letter topic: a refusal of
 * the record itself (too large for the topic, not serializable, invalid). Everything else is retried, never skipped:
 * a {@link RetriableException} (leader moved, broker away, timeout), and also a missing ACL or an unknown topic, which
 * concern every record alike — sending them all to the dead-letter topic would empty the publication instead of
 * waiting for the operator to fix the configuration (docs/integratie.md).
 */
final class Definitieveweigering {

    private static final List<Class<? extends Throwable>> VAN_HET_RECORD = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidRecordException.class, SerializationException.class);

    private Definitieveweigering() {
    }

    /** The refusal in the cause chain of a failed send, if it is one for good. */
    static Optional<Throwable> in(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
            if (oorzaak instanceof RetriableException) {
                return Optional.empty();
            }
            for (Class<? extends Throwable> soort : VAN_HET_RECORD) {
                if (soort.isInstance(oorzaak)) {
                    return Optional.of(oorzaak);
                }
            }
        }
        return Optional.empty();
    }
}

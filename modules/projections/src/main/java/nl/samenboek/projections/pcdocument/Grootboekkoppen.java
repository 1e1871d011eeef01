package nl.samenboek.projections.pcdocument;

import java.time.Instant;
import java.util.Optional;

/** The head of a gemeente's grootboek (a port: the ledger answers it), for the provenance of a P&C document. */
public interface Grootboekkoppen {

    /** The tijdstip of the newest event in the whole ledger: what "now" means for a document built without bekendOp. */
    Optional<Instant> laatsteTijdstip();

    /** The head as the ledger knew it at the instant. */
    Optional<Kop> kopOp(String gemeente, Instant bekendOp);

    record Kop(long aantal, String hoofdHash, Instant tijdstip) {
    }
}

package nl.samenboek.messages;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.List;

/**
 * An event in the ledger. It names every gemeente it concerns: each of them gets a ledger entry for it in its own
 * hash chain (docs/architecture.md, the ledger), so a joint event appears in every concerned gemeente's grootboek.
 */
public interface Gebeurtenis {

    /** Codes of the gemeenten whose grootboek holds this event; never empty. */
    List<String> gemeenten();

    /**
     * The date this fact is about, for facts that carry one (an urenregistratie's datum, a meeting's date); null for
     * facts that count from the day they were recorded (docs/architecture.md, the read path).
     */
    @JsonIgnore
    default LocalDate geldtVanaf() {
        return null;
    }
}

package nl.samenboek.messages;

import java.util.List;

/**
 * An event in the ledger. It names every gemeente it concerns: each of them gets a ledger entry for it in its own
 * hash chain (DESIGN principle 2), so a joint event appears in every concerned gemeente's grootboek.
 */
public interface Gebeurtenis {

    /** Codes of the gemeenten whose grootboek holds this event; never empty. */
    List<String> gemeenten();
}

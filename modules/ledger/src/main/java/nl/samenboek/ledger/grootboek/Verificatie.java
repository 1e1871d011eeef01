package nl.samenboek.ledger.grootboek;

/**
 * The outcome of verifying one gemeente's grootboek (docs/auditor.md): how many entries, the head hash, whether the chain is
 * intact, and otherwise the first entry that is wrong and what is wrong with it.
 */
public record Verificatie(String gemeente, long aantal, String hoofdHash, boolean geldig, Fout eersteFout) {

    public record Fout(long volgnummer, String reden) {
    }
}

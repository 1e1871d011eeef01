package nl.samenboek.domain.opdracht;

/**
 * The medewerkersregister as the domain sees it (a port: PostgreSQL's register answers it, in the command's
 * transaction). A medewerker in an event is a pseudonym that the register issued ({@code POST /medewerkers}, or taken
 * over nameless with an imported grootboek), never a name and never an invented id (docs/security.md).
 */
public interface Pseudoniemregister {

    Stand stand(String pseudoniem);

    /** Where a pseudonym stands in the register. */
    enum Stand {
        /** The register never issued it. */
        ONBEKEND,
        /** Issued, and the person behind it (or the nameless import) may take hours. */
        ACTIEF,
        /** The person was erased (AVG art. 17): the pseudonym stays valid in the history, but takes no new hours. */
        GEWIST
    }
}

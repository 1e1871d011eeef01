package nl.samenboek.projections.verwerking;

/**
 * The one check every read-model document with a versie makes before it folds an event of its aggregate
 * (docs/reliability.md, no skipped events): the event's versie (its aggregate sequence number + 1) must be the next one
 * of the document. An event the document already has is a re-delivery and changes nothing; an event further on means
 * an earlier one never reached the document — folding it would build on a hole, so it is refused with
 * {@link GatInVersies}, the processor keeps its position and retries, and health shows the projection as failing
 * until the hole is filled (or the read model rebuilt).
 */
public final class Versievolgorde {

    /** What to do with an event. */
    public enum Beoordeling {
        /** the next versie: fold it */
        VOLGENDE,
        /** the document already has it: a re-delivery, change nothing */
        AL_VERWERKT
    }

    private Versievolgorde() {
    }

    /**
     * @param projectie the projection (for the message)
     * @param document  the document's id (for the message)
     * @param huidige   the document's versie now (0 for a new document)
     * @param versie    the versie the event gives the document
     * @throws GatInVersies when {@code versie} skips one or more versies
     */
    public static Beoordeling beoordeel(String projectie, String document, long huidige, long versie) {
        if (versie <= huidige) {
            return Beoordeling.AL_VERWERKT;
        }
        if (versie != huidige + 1) {
            throw new GatInVersies(projectie, document, huidige, versie);
        }
        return Beoordeling.VOLGENDE;
    }

    /** An event that does not follow on the document's versie: at least one earlier event is missing from it. */
    public static final class GatInVersies extends IllegalStateException {

        public GatInVersies(String projectie, String document, long huidige, long versie) {
            super("Projectie " + projectie + ": document " + document + " staat op versie " + huidige
                    + " en kan gebeurtenis met versie " + versie + " niet verwerken; de versies daartussen ontbreken.");
        }
    }
}

package nl.samenboek.messages.aanbeveling;

/** The aggregate identifier of a recommendation: letters alone would collide with other aggregates' ids. */
public final class AanbevelingId {

    private AanbevelingId() {
    }

    public static String van(String letter) {
        return "aanbeveling-" + letter;
    }
}

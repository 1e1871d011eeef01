package nl.samenboek.messages.werkplan;

/** The aggregate identifier of a team's werkplan for a year. */
public final class WerkplanId {

    private WerkplanId() {
    }

    public static String van(String team, Integer jaar) {
        return "werkplan-" + team + "-" + jaar;
    }
}

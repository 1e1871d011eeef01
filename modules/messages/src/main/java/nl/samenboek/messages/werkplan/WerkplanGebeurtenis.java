package nl.samenboek.messages.werkplan;

import nl.samenboek.messages.Gebeurtenis;

/** An event of a team's werkplan for a year. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface WerkplanGebeurtenis extends Gebeurtenis permits
        WerkplanVastgesteld {

    String team();

    int jaar();
}

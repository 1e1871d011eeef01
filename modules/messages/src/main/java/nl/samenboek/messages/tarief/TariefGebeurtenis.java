package nl.samenboek.messages.tarief;

import nl.samenboek.messages.Gebeurtenis;

/** An event of a team's afdelingstarief for a year. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface TariefGebeurtenis extends Gebeurtenis permits
        TariefVastgesteld {

    String team();

    int jaar();
}

package nl.samenboek.messages.formatie;

import nl.samenboek.messages.Gebeurtenis;

/** An event of a team's formatie for a year. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface FormatieGebeurtenis extends Gebeurtenis permits
        FormatieVastgesteld {

    String team();

    int jaar();
}

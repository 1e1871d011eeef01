package nl.samenboek.messages.budget;

import nl.samenboek.messages.Gebeurtenis;

/** An event of a gemeente's budget for a year. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface BudgetGebeurtenis extends Gebeurtenis permits
        BudgetVastgesteld {

    String gemeente();

    int jaar();
}

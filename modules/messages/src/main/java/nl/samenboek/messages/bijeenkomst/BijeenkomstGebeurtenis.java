package nl.samenboek.messages.bijeenkomst;

import nl.samenboek.messages.Gebeurtenis;

/** An event of one joint meeting of colleges or councils (nota, aanbevelingen A and E). The list is closed, so a fold over them can be checked for completeness. */
public sealed interface BijeenkomstGebeurtenis extends Gebeurtenis permits
        BijeenkomstGehouden,
        BijeenkomstGepland,
        BijeenkomstGeannuleerd {

    String bijeenkomstId();
}

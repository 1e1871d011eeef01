package nl.samenboek.messages.samenwerking;

import nl.samenboek.messages.Gebeurtenis;

/** An event of the samenwerking itself: who takes part and the verdeelsleutel in force. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface SamenwerkingGebeurtenis extends Gebeurtenis permits
        GemeenteToegetreden,
        GemeenteUitgetreden,
        VerdeelsleutelVastgesteld {

    String samenwerking();
}

package nl.samenboek.messages.aanbeveling;

import nl.samenboek.messages.Gebeurtenis;

/** An event of one recommendation of the uitvoeringsagenda (nota, Bijlage I), named by its letter. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface AanbevelingGebeurtenis extends Gebeurtenis permits
        AanbevelingVastgesteld,
        AanbevelingIngedeeld,
        UitstelBesloten,
        VervalBesloten,
        VoortgangGemeld {

    String letter();
}

package nl.samenboek.messages.opdracht;

import nl.samenboek.messages.Gebeurtenis;

/** An event of one opdracht; every one names it, so a projection or the ledger can follow one opdracht. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface OpdrachtGebeurtenis extends Gebeurtenis permits
        CapaciteitOverschreden,
        OpdrachtAangevraagd,
        OpdrachtAanvaard,
        OpdrachtAfgerond,
        OpdrachtAfgewezen,
        OpdrachtGewijzigd,
        OpdrachtIngetrokken,
        OpdrachtMedeondertekend,
        OutcomeAfgesproken,
        OutcomeGerapporteerd,
        OutputAfgesproken,
        OutputGerealiseerd,
        UrenGeregistreerd,
        UrenToegezegd,
        OpdrachtGeweigerd,
        PrioriteitGegeven,
        UrenGecorrigeerd,
        AfspraakGewijzigd,
        AfspraakIngetrokken,
        SleutelprojectAangewezen {

    OpdrachtId opdrachtId();
}

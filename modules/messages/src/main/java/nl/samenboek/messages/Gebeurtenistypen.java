package nl.samenboek.messages;

import nl.samenboek.messages.aanbeveling.AanbevelingIngedeeld;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGeannuleerd;
import nl.samenboek.messages.budget.BudgetVastgesteld;
import nl.samenboek.messages.formatie.FormatieVastgesteld;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.monitor.MetingGedaan;
import nl.samenboek.messages.monitor.MetingVastgesteld;
import nl.samenboek.messages.monitor.NormenkaderVastgesteld;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGepland;
import nl.samenboek.messages.opdracht.AfspraakGewijzigd;
import nl.samenboek.messages.opdracht.AfspraakIngetrokken;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.PrioriteitGegeven;
import nl.samenboek.messages.opdracht.SleutelprojectAangewezen;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.GemeenteUitgetreden;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import nl.samenboek.messages.tarief.TariefVastgesteld;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type, by the name the grootboek gives it ({@code gebeurtenis.type}). An export names its events by
 * these names, so import and replay can read them back; a test checks that no {@link Gebeurtenis} is missing here.
 */
public final class Gebeurtenistypen {

    private static final List<Class<? extends Gebeurtenis>> ALLE = List.of(
            GemeenteToegetreden.class, VerdeelsleutelVastgesteld.class, GemeenteUitgetreden.class,
            OpdrachtAangevraagd.class, OpdrachtMedeondertekend.class, OpdrachtAanvaard.class, OpdrachtAfgewezen.class,
            UrenToegezegd.class, CapaciteitOverschreden.class, UrenGeregistreerd.class, OpdrachtGewijzigd.class,
            OpdrachtAfgerond.class, OpdrachtIngetrokken.class, OutputAfgesproken.class, OutputGerealiseerd.class,
            OutcomeAfgesproken.class, OutcomeGerapporteerd.class, OpdrachtGeweigerd.class, PrioriteitGegeven.class,
            UrenGecorrigeerd.class, AfspraakGewijzigd.class, AfspraakIngetrokken.class,
            AanbevelingVastgesteld.class, VoortgangGemeld.class, UitstelBesloten.class, VervalBesloten.class,
            BijeenkomstGehouden.class, WerkplanVastgesteld.class, TariefVastgesteld.class,
            SleutelprojectAangewezen.class, NormenkaderVastgesteld.class, MetingGedaan.class, MetingVastgesteld.class,
            AanbevelingIngedeeld.class, BijeenkomstGepland.class, BijeenkomstGeannuleerd.class,
            BudgetVastgesteld.class, FormatieVastgesteld.class);

    private static final Map<String, Class<? extends Gebeurtenis>> PER_NAAM = ALLE.stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private Gebeurtenistypen() {
    }

    public static List<Class<? extends Gebeurtenis>> alle() {
        return ALLE;
    }

    public static Optional<Class<? extends Gebeurtenis>> zoek(String naam) {
        return Optional.ofNullable(PER_NAAM.get(naam));
    }
}

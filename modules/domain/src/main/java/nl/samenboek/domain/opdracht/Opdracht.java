package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.fout.VerouderdeVersie;
import nl.samenboek.messages.opdracht.AanvaardOpdracht;
import nl.samenboek.messages.opdracht.AfspraakGewijzigd;
import nl.samenboek.messages.opdracht.AfspraakIngetrokken;
import nl.samenboek.messages.opdracht.AfspraakStand;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.CorrigeerUren;
import nl.samenboek.messages.opdracht.GeefPrioriteit;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OndertekenOpdrachtMede;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.PrioriteitGegeven;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.RondOpdrachtAf;
import nl.samenboek.messages.opdracht.SleutelprojectAangewezen;
import nl.samenboek.messages.opdracht.WijsSleutelprojectAan;
import nl.samenboek.messages.opdracht.TrekAfspraakIn;
import nl.samenboek.messages.opdracht.TrekOpdrachtIn;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.WeigerOpdracht;
import nl.samenboek.messages.opdracht.WijsOpdrachtAf;
import nl.samenboek.messages.opdracht.WijzigAfspraak;
import nl.samenboek.messages.opdracht.WijzigOpdracht;
import nl.samenboek.messages.opdracht.ZegUrenToe;
import nl.samenboek.domain.opdracht.Levenscyclus.Stap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An opdracht from one or more colleges to HLTsamen, through its whole lifecycle ({@link Levenscyclus}). Every command
 * handler reads the same way: who may do it (403), which versie it acts on (If-Match, 412), the field rules of a rule
 * class beside this one (400), whether the status allows it (409), the business rule (409), then the events. Every
 * refusal names its rule (docs/regels.md). Every command answers the {@link OpdrachtStand} right after it.
 * Registered with Axon by the app module, so the domain stays free of Spring; "today" comes from the injected
 * {@link Clock}.
 */
@Revision("5") // the form of its snapshots: raise it when a field changes; snapshots of another revision are then ignored
public class Opdracht {

    @AggregateIdentifier
    private OpdrachtId id;
    private List<String> gemeenten;
    private String team;
    private int begrotingsjaar;
    private OpdrachtStatus status;
    private String aanvrager;
    private Set<String> ondertekend = new HashSet<>();
    private Map<Integer, BigDecimal> toegezegdPerJaar = new TreeMap<>();
    /** The afspraken in force (a withdrawn one is gone), with the gemeente whose college agreed each. */
    private Map<String, Afspraak> afspraken = new HashMap<>();
    private boolean sleutelproject;

    /** An afspraak as the rules need it: its niveau and who agreed it. */
    record Afspraak(Resultaatniveau niveau, String door) {
    }

    protected Opdracht() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    OpdrachtStand handle(VraagOpdrachtAan aanvraag, Gemeenteregister gemeenteregister, Clock klok) {
        Betrokkenheid.vereisEigenGemeente(aanvraag);
        Aanvraagregels.controleer(aanvraag, gemeenteregister, Iv3Taakvelden.officieel(), Peilmoment.vandaag(klok));
        for (String gemeente : aanvraag.gemeenten()) {
            if (!gemeenteregister.neemtDeelOp(gemeente, Peilmoment.vandaag(klok))) {
                throw new Conflict("samenwerking.gemeente-uitgetreden", "Gemeente " + gemeente + " is uit de samenwerking getreden; "
                        + "een nieuwe opdracht kan haar niet noemen.");
            }
        }
        Herkomst herkomst = aanvraag.herkomst() == null ? null
                : new Herkomst(aanvraag.herkomst().soort(), leegAlsNull(aanvraag.herkomst().kenmerk()), aanvraag.herkomst().datum());
        apply(new OpdrachtAangevraagd(aanvraag.opdrachtId(), aanvraag.aanvrager(), gesorteerd(aanvraag.gemeenten()),
                aanvraag.titel().strip(), aanvraag.omschrijving().strip(), aanvraag.categorie(), aanvraag.soort(),
                aanvraag.taakveld(), aanvraag.team().strip(), aanvraag.begrotingsjaar(), aanvraag.geraamdeUren(),
                leegAlsNull(aanvraag.programma()), gesorteerd(aanvraag.aanbevelingen() == null ? List.of() : aanvraag.aanbevelingen()),
                herkomst, aanvraag.opleverdatum()));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(OndertekenOpdrachtMede medeondertekening) {
        Betrokkenheid.vereisMedeondertekenaar(gemeenten, aanvrager, medeondertekening.gemeente());
        controleerVersie(medeondertekening.verwachteVersie());
        if (ondertekend.contains(medeondertekening.gemeente())) {
            // before the status: a college that signed hears that, whatever the status is now
            throw new Conflict("medeondertekening.eenmaal-per-gemeente",
                    "Het college van " + medeondertekening.gemeente() + " heeft deze opdracht al ondertekend.");
        }
        Levenscyclus.vereis(Stap.MEDEONDERTEKENEN, status);
        apply(new OpdrachtMedeondertekend(id, medeondertekening.gemeente(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(WeigerOpdracht weigering) {
        Betrokkenheid.vereisMedeondertekenaar(gemeenten, aanvrager, weigering.gemeente());
        controleerVersie(weigering.verwachteVersie());
        Redenregels.controleer(weigering.reden());
        if (ondertekend.contains(weigering.gemeente())) {
            throw new Conflict("weigering.na-medeondertekening", "Het college van " + weigering.gemeente()
                    + " heeft deze opdracht al medeondertekend; weigeren kan dan niet meer.");
        }
        Levenscyclus.vereis(Stap.WEIGEREN, status);
        apply(new OpdrachtGeweigerd(id, weigering.gemeente(), weigering.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(GeefPrioriteit prioritering) {
        controleerVersie(prioritering.verwachteVersie());
        Prioriteringsregels.controleer(prioritering);
        Levenscyclus.vereis(Stap.PRIORITEREN, status);
        apply(new PrioriteitGegeven(id, prioritering.prioriteit(), prioritering.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(WijsSleutelprojectAan aanwijzing) {
        controleerVersie(aanwijzing.verwachteVersie());
        Sleutelprojectregels.controleer(aanwijzing);
        Levenscyclus.vereis(Stap.SLEUTELPROJECT_AANWIJZEN, status);
        if (sleutelproject) {
            throw new Conflict("sleutelproject.criteria-vast", "Deze opdracht is al een sleutelproject; haar evaluatiecriteria "
                    + "liggen vast vanaf het begin (nota, aanbeveling C).");
        }
        apply(new SleutelprojectAangewezen(id, aanwijzing.criteria().stream().map(String::strip).toList(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(AanvaardOpdracht aanvaarding) {
        controleerVersie(aanvaarding.verwachteVersie());
        if (status == OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING) {
            // the lifecycle's own rule, with the colleges it still waits for
            throw new Conflict(Stap.AANVAARDEN.regel(), "De opdracht wacht nog op medeondertekening door "
                    + String.join(", ", nogNietOndertekend()) + "; pas daarna kan de directie haar aanvaarden.");
        }
        Levenscyclus.vereis(Stap.AANVAARDEN, status);
        apply(new OpdrachtAanvaard(id, gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(WijsOpdrachtAf afwijzing) {
        controleerVersie(afwijzing.verwachteVersie());
        Redenregels.controleer(afwijzing.reden());
        Levenscyclus.vereis(Stap.AFWIJZEN, status);
        apply(new OpdrachtAfgewezen(id, afwijzing.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(ZegUrenToe toezegging, Capaciteitsbewaking capaciteit) {
        controleerVersie(toezegging.verwachteVersie());
        Toezeggingsregels.controleer(toezegging, begrotingsjaar, gemeenten);
        Levenscyclus.vereis(Stap.UREN_TOEZEGGEN, status);
        BigDecimal boven = capaciteit.bovenPlanbaar(team, toezegging.jaar(), id, toezegging.uren());
        if (boven.signum() > 0 && !Toezeggingsregels.metOverschrijding(toezegging)) {
            throw new Conflict("capaciteit.boven-planbaar", "Met deze toezegging gaat team " + team + " in " + toezegging.jaar()
                    + " " + boven.toPlainString() + " uur boven de planbare capaciteit van zijn werkplan (ontwikkeltijd niet "
                    + "meegerekend). Alleen met een expliciete overschrijding door de directie (veld 'overschrijding' met de reden) kan dat.");
        }
        Map<String, BigDecimal> verdeling = toezegging.verdeling() == null ? null : new TreeMap<>(toezegging.verdeling());
        apply(new UrenToegezegd(id, toezegging.jaar(), toezegging.uren(), verdeling, gemeenten));
        if (boven.signum() > 0) {
            apply(new CapaciteitOverschreden(id, team, toezegging.jaar(), boven, toezegging.overschrijding().strip(), gemeenten));
        }
        return stand();
    }

    @CommandHandler
    AfspraakStand handle(MaakAfspraak afspraak) {
        Betrokkenheid.vereisBetrokken(gemeenten, afspraak.gemeente(), "een " + afspraak.niveau().code() + "afspraak geven (Acceptabel)");
        controleerVersie(afspraak.verwachteVersie());
        SmartRegels.controleer(afspraak, begrotingsjaar);
        Levenscyclus.vereis(Stap.AFSPREKEN, status);
        if (!urenToegezegd()) {
            throw new Conflict("smart.realistisch", "Realistisch: voor deze opdracht zijn nog geen uren toegezegd; een "
                    + afspraak.niveau().code() + "afspraak volgt op een toezegging.");
        }
        if (afspraak.niveau() == Resultaatniveau.OUTPUT) {
            apply(new OutputAfgesproken(id, afspraak.afspraakId(), afspraak.gemeente(), afspraak.indicator().strip(),
                    afspraak.eenheid().strip(), afspraak.streefwaarde(), afspraak.meetmoment(), afspraak.bron().strip(), gemeenten));
        } else {
            apply(new OutcomeAfgesproken(id, afspraak.afspraakId(), afspraak.gemeente(), afspraak.indicator().strip(),
                    afspraak.eenheid().strip(), afspraak.streefwaarde(), afspraak.meetmoment(), afspraak.bron().strip(), gemeenten));
        }
        return new AfspraakStand(afspraak.afspraakId(), afspraak.niveau(), stand());
    }

    @CommandHandler
    OpdrachtStand handle(WijzigAfspraak wijziging) {
        Betrokkenheid.vereisBetrokken(gemeenten, wijziging.gemeente(), "een afspraak wijzigen");
        Afspraak afspraak = afspraak(wijziging.niveau(), wijziging.afspraak());
        Betrokkenheid.vereisAfsprekendeGemeente(afspraak.door(), wijziging.gemeente(), "wijzigen");
        controleerVersie(wijziging.verwachteVersie());
        Afspraakwijzigingsregels.controleer(wijziging, begrotingsjaar);
        Levenscyclus.vereis(Stap.AFSPRAAK_WIJZIGEN, status);
        apply(new AfspraakGewijzigd(id, wijziging.afspraak(), wijziging.niveau(), wijziging.gemeente(), wijziging.streefwaarde(),
                wijziging.meetmoment(), wijziging.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(TrekAfspraakIn intrekking) {
        Betrokkenheid.vereisBetrokken(gemeenten, intrekking.gemeente(), "een afspraak intrekken");
        Afspraak afspraak = afspraak(intrekking.niveau(), intrekking.afspraak());
        Betrokkenheid.vereisAfsprekendeGemeente(afspraak.door(), intrekking.gemeente(), "intrekken");
        controleerVersie(intrekking.verwachteVersie());
        Afspraakwijzigingsregels.controleer(intrekking);
        Levenscyclus.vereis(Stap.AFSPRAAK_INTREKKEN, status);
        apply(new AfspraakIngetrokken(id, intrekking.afspraak(), intrekking.niveau(), intrekking.gemeente(),
                intrekking.reden().strip(), gemeenten));
        return stand();
    }

    /** The afspraak in force with this id at this niveau; 404 otherwise (a withdrawn one is no longer there). */
    private Afspraak afspraak(Resultaatniveau niveau, String afspraakId) {
        Afspraak afspraak = afspraakId == null ? null : afspraken.get(afspraakId);
        if (afspraak == null || afspraak.niveau() != niveau) {
            throw new NietGevonden("Deze opdracht heeft geen " + niveau.code() + "afspraak " + afspraakId + " (meer).");
        }
        return afspraak;
    }

    @CommandHandler
    OpdrachtStand handle(MeldResultaat resultaat, Clock klok) {
        controleerVersie(resultaat.verwachteVersie());
        Resultaatregels.controleer(resultaat, niveausVanAfspraken(), Peilmoment.vandaag(klok));
        Levenscyclus.vereis(Stap.RESULTAAT_MELDEN, status);
        String toelichting = leegAlsNull(resultaat.toelichting());
        if (resultaat.niveau() == Resultaatniveau.OUTPUT) {
            apply(new OutputGerealiseerd(id, resultaat.afspraak(), resultaat.waarde(), resultaat.peildatum(), toelichting, gemeenten));
        } else {
            apply(new OutcomeGerapporteerd(id, resultaat.afspraak(), resultaat.waarde(), resultaat.peildatum(), toelichting, gemeenten));
        }
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(RegistreerUren registratie, Clock klok, Urenregister register, Pseudoniemregister pseudoniemen) {
        controleerVersie(registratie.verwachteVersie());
        Registratieregels.controleer(registratie, Peilmoment.vandaag(klok));
        Registratieregels.vereisUitgegevenPseudoniem(pseudoniemen, registratie.medewerker());
        Registratieregels.vereisHoogstens24UurPerDag(register, registratie.medewerker(), registratie.datum(), BigDecimal.ZERO,
                registratie.uren());
        Levenscyclus.vereis(Stap.UREN_REGISTREREN, status);
        if (!toegezegdPerJaar.containsKey(registratie.datum().getYear())) {
            throw new Conflict("registratie.na-toezegging", "Voor " + registratie.datum().getYear()
                    + " zijn nog geen uren toegezegd; registreer uren pas na een toezegging voor dat jaar.");
        }
        apply(new UrenGeregistreerd(id, registratie.datum(), registratie.uren(), registratie.medewerker(), gemeenten));
        register.reserveer(registratie.medewerker(), registratie.datum(), registratie.uren());
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(CorrigeerUren correctie, Urenregister register) {
        controleerVersie(correctie.verwachteVersie());
        Correctieregels.controleer(correctie);
        Urenregister.Registratie registratie = register.registratie(id, correctie.registratie())
                .orElseThrow(() -> new OngeldigeInvoer("registratie", "versie " + correctie.registratie()
                        + " van deze opdracht is geen urenregistratie"));
        Registratieregels.vereisHoogstens24UurPerDag(register, registratie.medewerker(), registratie.datum(), registratie.uren(),
                correctie.uren());
        Levenscyclus.vereis(Stap.UREN_CORRIGEREN, status);
        apply(new UrenGecorrigeerd(id, correctie.registratie(), registratie.datum(), registratie.medewerker(), registratie.uren(),
                correctie.uren(), correctie.reden().strip(), gemeenten));
        register.reserveer(registratie.medewerker(), registratie.datum(), correctie.uren().subtract(registratie.uren()));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(WijzigOpdracht wijziging) {
        Betrokkenheid.vereisAanvrager(gemeenten, aanvrager, wijziging.gemeente(), "wijzigen");
        controleerVersie(wijziging.verwachteVersie());
        Wijzigingsregels.controleer(wijziging);
        Levenscyclus.vereis(Stap.WIJZIGEN, status);
        apply(new OpdrachtGewijzigd(id, wijziging.gemeente(), wijziging.geraamdeUren(),
                wijziging.omschrijving() == null ? null : wijziging.omschrijving().strip(), wijziging.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(RondOpdrachtAf afronding) {
        controleerVersie(afronding.verwachteVersie());
        Levenscyclus.vereis(Stap.AFRONDEN, status);
        apply(new OpdrachtAfgerond(id, gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(TrekOpdrachtIn intrekking) {
        Betrokkenheid.vereisAanvrager(gemeenten, aanvrager, intrekking.gemeente(), "intrekken");
        controleerVersie(intrekking.verwachteVersie());
        Redenregels.controleer(intrekking.reden());
        Levenscyclus.vereis(Stap.INTREKKEN, status);
        apply(new OpdrachtIngetrokken(id, intrekking.gemeente(), intrekking.reden().strip(), gemeenten));
        return stand();
    }

    @EventSourcingHandler
    void on(OpdrachtAangevraagd aangevraagd) {
        id = aangevraagd.opdrachtId();
        gemeenten = List.copyOf(aangevraagd.gemeenten());
        team = aangevraagd.team();
        begrotingsjaar = aangevraagd.begrotingsjaar();
        aanvrager = aangevraagd.aanvrager();
        ondertekend.add(aangevraagd.aanvrager());
        status = Levenscyclus.na(null, aangevraagd, ondertekend, gemeenten);
    }

    @EventSourcingHandler
    void on(OpdrachtMedeondertekend medeondertekend) {
        ondertekend.add(medeondertekend.gemeente());
        status = Levenscyclus.na(status, medeondertekend, ondertekend, gemeenten);
    }

    @EventSourcingHandler
    void on(OpdrachtAanvaard aanvaard) {
        status = Levenscyclus.na(status, aanvaard, ondertekend, gemeenten);
    }

    @EventSourcingHandler
    void on(OpdrachtAfgewezen afgewezen) {
        status = Levenscyclus.na(status, afgewezen, ondertekend, gemeenten);
    }

    @EventSourcingHandler
    void on(UrenToegezegd toegezegd) {
        toegezegdPerJaar.put(toegezegd.jaar(), toegezegd.uren());
    }

    @EventSourcingHandler
    void on(OutputAfgesproken afgesproken) {
        afspraken.put(afgesproken.afspraakId(), new Afspraak(Resultaatniveau.OUTPUT, afgesproken.door()));
    }

    @EventSourcingHandler
    void on(OutcomeAfgesproken afgesproken) {
        afspraken.put(afgesproken.afspraakId(), new Afspraak(Resultaatniveau.OUTCOME, afgesproken.door()));
    }

    @EventSourcingHandler
    void on(AfspraakIngetrokken ingetrokken) {
        afspraken.remove(ingetrokken.afspraak());
    }

    @EventSourcingHandler
    void on(SleutelprojectAangewezen aangewezen) {
        sleutelproject = true;
    }

    @EventSourcingHandler
    void on(OpdrachtGeweigerd geweigerd) {
        status = Levenscyclus.na(status, geweigerd, ondertekend, gemeenten);
    }

    @EventSourcingHandler
    void on(OpdrachtAfgerond afgerond) {
        status = Levenscyclus.na(status, afgerond, ondertekend, gemeenten);
    }

    @EventSourcingHandler
    void on(OpdrachtIngetrokken ingetrokken) {
        status = Levenscyclus.na(status, ingetrokken, ondertekend, gemeenten);
    }

    private OpdrachtStand stand() {
        Map<String, Resultaatniveau> niveaus = niveausVanAfspraken();
        return new OpdrachtStand(id, status, versie(), Niveau.bepaal(niveaus.containsValue(Resultaatniveau.OUTCOME),
                niveaus.containsValue(Resultaatniveau.OUTPUT), urenToegezegd()));
    }

    private Map<String, Resultaatniveau> niveausVanAfspraken() {
        Map<String, Resultaatniveau> niveaus = new HashMap<>();
        afspraken.forEach((afspraakId, afspraak) -> niveaus.put(afspraakId, afspraak.niveau()));
        return niveaus;
    }

    private boolean urenToegezegd() {
        return toegezegdPerJaar.values().stream().anyMatch(uren -> uren.signum() > 0);
    }

    /** The versie is the number of events the opdracht has (docs/api.md, If-Match); Axon counts sequence numbers from 0. */
    private static long versie() {
        return AggregateLifecycle.getVersion() + 1;
    }

    private static void controleerVersie(Long verwacht) {
        long actueel = versie();
        if (verwacht != null && verwacht != actueel) {
            throw new VerouderdeVersie(verwacht, actueel);
        }
    }

    private List<String> nogNietOndertekend() {
        return gemeenten.stream().filter(g -> !ondertekend.contains(g)).toList();
    }

    private static List<String> gesorteerd(List<String> waarden) {
        return waarden.stream().sorted().toList();
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}

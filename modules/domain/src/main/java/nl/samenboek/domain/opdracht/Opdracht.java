package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.Verboden;
import nl.samenboek.messages.fout.VerouderdeVersie;
import nl.samenboek.messages.opdracht.AanvaardOpdracht;
import nl.samenboek.messages.opdracht.AfspraakStand;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OndertekenOpdrachtMede;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.RondOpdrachtAf;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.TrekOpdrachtIn;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.WijsOpdrachtAf;
import nl.samenboek.messages.opdracht.WijzigOpdracht;
import nl.samenboek.messages.opdracht.ZegUrenToe;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An opdracht from one or more colleges to HLTsamen, through its whole lifecycle: aangevraagd → (joint:
 * medeondertekend by every concerned college) → aanvaard or afgewezen → uren toegezegd → uren geregistreerd →
 * afgerond, or ingetrokken. Every command answers the {@link OpdrachtStand} right after it. Registered with Axon by
 * the app module, so the domain stays free of Spring.
 */
@Revision("2") // the form of its snapshots: raise it when a field changes
public class Opdracht {

    /** A pseudonymous id: letters, digits, '.', '_' and '-', no spaces, so no full names (DESIGN principle 6). */
    private static final Pattern PSEUDONIEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final BigDecimal MAXIMUM_UREN_PER_DAG = new BigDecimal("24");

    @AggregateIdentifier
    private OpdrachtId id;
    private List<String> gemeenten;
    private Soort soort;
    private String team;
    private int begrotingsjaar;
    private OpdrachtStatus status;
    private String aanvrager;
    private Set<String> ondertekend = new HashSet<>();
    private Map<Integer, BigDecimal> toegezegdPerJaar = new TreeMap<>();
    /** Registered hours per medewerker per day, for the rule of at most 24 hours a day on one opdracht. */
    private Map<String, BigDecimal> urenPerMedewerkerPerDag = new HashMap<>();
    private Map<String, Resultaatniveau> afspraken = new HashMap<>();

    protected Opdracht() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    OpdrachtStand handle(VraagOpdrachtAan aanvraag, Gemeenteregister gemeenteregister) {
        Aanvraagregels.controleer(aanvraag, gemeenteregister, Iv3Taakvelden.officieel());
        apply(new OpdrachtAangevraagd(aanvraag.opdrachtId(), aanvraag.aanvrager(), gesorteerd(aanvraag.gemeenten()),
                aanvraag.titel().strip(), aanvraag.omschrijving().strip(), aanvraag.categorie(), aanvraag.soort(),
                aanvraag.taakveld(), aanvraag.team().strip(), aanvraag.begrotingsjaar(), aanvraag.geraamdeUren(),
                leegAlsNull(aanvraag.programma()), gesorteerd(aanvraag.aanbevelingen() == null ? List.of() : aanvraag.aanbevelingen())));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(OndertekenOpdrachtMede opdracht) {
        // who may do it comes before whether the versie is current: a gemeente that may not act learns 403, not 412
        if (!gemeenten.contains(opdracht.gemeente())) {
            throw new Verboden("Alleen de colleges van de betrokken gemeenten ondertekenen deze opdracht mede.");
        }
        if (opdracht.gemeente().equals(aanvrager)) {
            throw new Verboden("Het college van " + aanvrager + " vroeg deze opdracht aan en tekende daarmee; medeondertekenen "
                    + "doen de colleges van de andere betrokken gemeenten.");
        }
        controleerVersie(opdracht.verwachteVersie());
        if (ondertekend.contains(opdracht.gemeente())) {
            throw new Conflict("Het college van " + opdracht.gemeente() + " heeft deze opdracht al ondertekend.");
        }
        Levenscyclus.vereis(Levenscyclus.Stap.MEDEONDERTEKENEN, status);
        apply(new OpdrachtMedeondertekend(id, opdracht.gemeente(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(AanvaardOpdracht opdracht) {
        controleerVersie(opdracht.verwachteVersie());
        if (status == OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING) {
            throw new Conflict("De opdracht wacht nog op medeondertekening door " + String.join(", ", nogNietOndertekend())
                    + "; pas daarna kan de directie haar aanvaarden.");
        }
        Levenscyclus.vereis(Levenscyclus.Stap.AANVAARDEN, status);
        apply(new OpdrachtAanvaard(id, gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(WijsOpdrachtAf afwijzing) {
        controleerVersie(afwijzing.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "reden", afwijzing.reden(), 2_000);
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.AFWIJZEN, status);
        apply(new OpdrachtAfgewezen(id, afwijzing.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(ZegUrenToe toezegging, Capaciteitsbewaking capaciteit) {
        controleerVersie(toezegging.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.jaar(fouten, "jaar", toezegging.jaar(), begrotingsjaar);
        Invoerregels.uren(fouten, "uren", toezegging.uren(), true, Invoerregels.MAXIMUM_UREN);
        if (toezegging.verdeling() != null && !fouten.heeftFout("uren")) {
            controleerVerdeling(fouten, toezegging.verdeling(), toezegging.uren());
        }
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.UREN_TOEZEGGEN, status);
        BigDecimal boven = bovenPlanbareCapaciteit(capaciteit, toezegging.jaar(), toezegging.uren());
        boolean metReden = toezegging.overschrijding() != null && !toezegging.overschrijding().isBlank();
        if (boven.signum() > 0 && !metReden) {
            throw new Conflict("Met deze toezegging gaat team " + team + " in " + toezegging.jaar() + " " + boven.toPlainString()
                    + " uur boven de planbare capaciteit van zijn werkplan (ontwikkeltijd niet meegerekend). Alleen met een "
                    + "expliciete overschrijding door de directie (veld 'overschrijding' met de reden) kan dat.");
        }
        Map<String, BigDecimal> verdeling = toezegging.verdeling() == null ? null : new TreeMap<>(toezegging.verdeling());
        apply(new UrenToegezegd(id, toezegging.jaar(), toezegging.uren(), verdeling, gemeenten));
        if (boven.signum() > 0) {
            apply(new CapaciteitOverschreden(id, team, toezegging.jaar(), boven, toezegging.overschrijding().strip(), gemeenten));
        }
        return stand();
    }

    /** How far the team's committed hours for the jaar would exceed its werkplan's plannable capacity; 0 when not, or without werkplan. */
    private BigDecimal bovenPlanbareCapaciteit(Capaciteitsbewaking capaciteit, int jaar, BigDecimal uren) {
        return capaciteit.planbaar(team, jaar)
                .map(planbaar -> capaciteit.toegezegdDoorAnderen(team, jaar, id).add(uren).subtract(planbaar))
                .filter(boven -> boven.signum() > 0)
                .orElse(BigDecimal.ZERO);
    }

    @CommandHandler
    AfspraakStand handle(MaakAfspraak afspraak) {
        vereisBetrokken(afspraak.gemeente(), "een " + afspraak.niveau().code() + "afspraak geven (Acceptabel)");
        controleerVersie(afspraak.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        SmartRegels.controleer(fouten, afspraak, begrotingsjaar);
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.AFSPREKEN, status);
        if (toegezegdPerJaar.values().stream().noneMatch(uren -> uren.signum() > 0)) {
            throw new Conflict("Realistisch: voor deze opdracht zijn nog geen uren toegezegd; een " + afspraak.niveau().code()
                    + "afspraak volgt op een toezegging.");
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
    OpdrachtStand handle(MeldResultaat resultaat) {
        controleerVersie(resultaat.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        if (resultaat.afspraak() == null || resultaat.afspraak().isBlank()) {
            fouten.voegToe("afspraak", "is verplicht: de id van de " + resultaat.niveau().code() + "afspraak");
        } else if (afspraken.get(resultaat.afspraak()) != resultaat.niveau()) {
            fouten.voegToe("afspraak", "'" + resultaat.afspraak() + "' is geen " + resultaat.niveau().code() + "afspraak van deze opdracht");
        }
        fouten.als(resultaat.waarde() == null, "waarde", "is verplicht: de gemeten waarde");
        Invoerregels.datum(fouten, "peildatum", resultaat.peildatum(), LocalDate.now(Peilmoment.ZONE));
        Invoerregels.maximaleLengte(fouten, "toelichting", resultaat.toelichting(), 4_000);
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.RESULTAAT_MELDEN, status);
        String toelichting = resultaat.toelichting() == null || resultaat.toelichting().isBlank() ? null : resultaat.toelichting().strip();
        if (resultaat.niveau() == Resultaatniveau.OUTPUT) {
            apply(new OutputGerealiseerd(id, resultaat.afspraak(), resultaat.waarde(), resultaat.peildatum(), toelichting, gemeenten));
        } else {
            apply(new OutcomeGerapporteerd(id, resultaat.afspraak(), resultaat.waarde(), resultaat.peildatum(), toelichting, gemeenten));
        }
        return stand();
    }

    private void controleerVerdeling(Foutenlijst fouten, Map<String, BigDecimal> verdeling, BigDecimal uren) {
        BigDecimal som = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> deel : verdeling.entrySet()) {
            String veld = "verdeling." + deel.getKey();
            if (!gemeenten.contains(deel.getKey())) {
                fouten.voegToe(veld, "'" + deel.getKey() + "' is geen gemeente van deze opdracht");
            }
            Invoerregels.uren(fouten, veld, deel.getValue(), true, Invoerregels.MAXIMUM_UREN);
            som = som.add(deel.getValue() == null ? BigDecimal.ZERO : deel.getValue());
        }
        if (fouten.isLeeg() && som.compareTo(uren) != 0) {
            fouten.voegToe("verdeling", "de delen tellen op tot " + som.toPlainString() + " uur, niet tot de "
                    + uren.toPlainString() + " toegezegde uren");
        }
    }

    @CommandHandler
    OpdrachtStand handle(RegistreerUren registratie) {
        controleerVersie(registratie.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.datum(fouten, "datum", registratie.datum(), LocalDate.now(Peilmoment.ZONE));
        Invoerregels.uren(fouten, "uren", registratie.uren(), false, MAXIMUM_UREN_PER_DAG);
        if (registratie.medewerker() == null || !PSEUDONIEM.matcher(registratie.medewerker()).matches()) {
            fouten.voegToe("medewerker", "is verplicht: een pseudoniem (letters, cijfers, '.', '_' of '-', zonder spaties, hoogstens 64 tekens), nooit een naam");
        }
        if (fouten.isLeeg()) {
            BigDecimal alGeregistreerd = urenPerMedewerkerPerDag.getOrDefault(dagsleutel(registratie.medewerker(), registratie.datum()), BigDecimal.ZERO);
            fouten.als(alGeregistreerd.add(registratie.uren()).compareTo(MAXIMUM_UREN_PER_DAG) > 0, "uren",
                    "deze medewerker heeft op " + registratie.datum() + " al " + alGeregistreerd.toPlainString()
                            + " uur op deze opdracht; meer dan 24 uur op één dag kan niet");
        }
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.UREN_REGISTREREN, status);
        if (!toegezegdPerJaar.containsKey(registratie.datum().getYear())) {
            throw new Conflict("Voor " + registratie.datum().getYear()
                    + " zijn nog geen uren toegezegd; registreer uren pas na een toezegging voor dat jaar.");
        }
        apply(new UrenGeregistreerd(id, registratie.datum(), registratie.uren(), registratie.medewerker(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(WijzigOpdracht wijziging) {
        vereisBetrokken(wijziging.gemeente(), "wijzigen");
        controleerVersie(wijziging.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "reden", wijziging.reden(), 2_000);
        if (wijziging.geraamdeUren() == null && wijziging.omschrijving() == null) {
            fouten.voegToe("geraamdeUren", "noem geraamdeUren of omschrijving (of beide)");
            fouten.voegToe("omschrijving", "noem geraamdeUren of omschrijving (of beide)");
        }
        if (wijziging.geraamdeUren() != null) {
            Invoerregels.uren(fouten, "geraamdeUren", wijziging.geraamdeUren(), false, Invoerregels.MAXIMUM_UREN);
        }
        if (wijziging.omschrijving() != null) {
            Invoerregels.verplichteTekst(fouten, "omschrijving", wijziging.omschrijving(), 10_000);
        }
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.WIJZIGEN, status);
        apply(new OpdrachtGewijzigd(id, wijziging.gemeente(), wijziging.geraamdeUren(),
                wijziging.omschrijving() == null ? null : wijziging.omschrijving().strip(), wijziging.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(RondOpdrachtAf afronding) {
        controleerVersie(afronding.verwachteVersie());
        Levenscyclus.vereis(Levenscyclus.Stap.AFRONDEN, status);
        apply(new OpdrachtAfgerond(id, gemeenten));
        return stand();
    }

    @CommandHandler
    OpdrachtStand handle(TrekOpdrachtIn intrekking) {
        vereisBetrokken(intrekking.gemeente(), "intrekken");
        controleerVersie(intrekking.verwachteVersie());
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "reden", intrekking.reden(), 2_000);
        fouten.gooiAlsNodig();
        Levenscyclus.vereis(Levenscyclus.Stap.INTREKKEN, status);
        apply(new OpdrachtIngetrokken(id, intrekking.gemeente(), intrekking.reden().strip(), gemeenten));
        return stand();
    }

    @EventSourcingHandler
    void on(OpdrachtAangevraagd aangevraagd) {
        id = aangevraagd.opdrachtId();
        gemeenten = List.copyOf(aangevraagd.gemeenten());
        soort = aangevraagd.soort();
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
    void on(UrenGeregistreerd geregistreerd) {
        urenPerMedewerkerPerDag.merge(dagsleutel(geregistreerd.medewerker(), geregistreerd.datum()), geregistreerd.uren(), BigDecimal::add);
    }

    @EventSourcingHandler
    void on(OutputAfgesproken afgesproken) {
        afspraken.put(afgesproken.afspraakId(), Resultaatniveau.OUTPUT);
    }

    @EventSourcingHandler
    void on(OutcomeAfgesproken afgesproken) {
        afspraken.put(afgesproken.afspraakId(), Resultaatniveau.OUTCOME);
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
        return new OpdrachtStand(id, status, versie(), niveau());
    }

    private Niveau niveau() {
        boolean urenToegezegd = toegezegdPerJaar.values().stream().anyMatch(uren -> uren.signum() > 0);
        return Niveau.bepaal(afspraken.containsValue(Resultaatniveau.OUTCOME), afspraken.containsValue(Resultaatniveau.OUTPUT), urenToegezegd);
    }

    /** API.md: the versie is the number of events the opdracht has; Axon counts sequence numbers from 0. */
    private static long versie() {
        return AggregateLifecycle.getVersion() + 1;
    }

    private static void controleerVersie(Long verwacht) {
        long actueel = versie();
        if (verwacht != null && verwacht != actueel) {
            throw new VerouderdeVersie(verwacht, actueel);
        }
    }


    private void vereisBetrokken(String gemeente, String handeling) {
        if (!gemeenten.contains(gemeente)) {
            throw new Verboden("Alleen het college van een betrokken gemeente kan deze opdracht " + handeling + ".");
        }
    }

    private List<String> nogNietOndertekend() {
        return gemeenten.stream().filter(g -> !ondertekend.contains(g)).toList();
    }

    private static String dagsleutel(String medewerker, LocalDate datum) {
        return medewerker + "@" + datum;
    }

    private static List<String> gesorteerd(List<String> waarden) {
        return waarden.stream().sorted().toList();
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}

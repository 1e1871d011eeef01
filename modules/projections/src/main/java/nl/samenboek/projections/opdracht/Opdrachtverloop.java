package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.Levenscyclus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.PrioriteitGegeven;
import nl.samenboek.messages.opdracht.SleutelprojectAangewezen;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.AfspraakIngetrokken;
import nl.samenboek.messages.opdracht.AfspraakGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Afspraak;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Weigering;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Prioritering;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Intrekking;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Correctie;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Afspraakwijziging;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Meting;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Overschrijding;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Toezegging;
import nl.samenboek.projections.opdracht.OpdrachtDocument.Wijziging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fold of an opdracht: how each of its events changes the {@link OpdrachtDocument}, one method per event. The
 * live projection, time travel ({@link Opdrachtgeschiedenis}, starting from {@link Tussenstanden}) and the offline
 * replay of an export all fold with this class, so they always agree. The status follows the lifecycle table the
 * aggregate itself obeys ({@link Levenscyclus}).
 */
public final class Opdrachtverloop {

    private Opdrachtverloop() {
    }

    /**
     * Applies one event of the opdracht. Returns false, changing nothing, for an event the document already has (a
     * projection may see an event twice).
     *
     * @param versie   the opdracht's versie after the event: its aggregate sequence number + 1 in the live projection,
     *                 the number of events that count so far in a fold as of a peilmoment
     * @param tijdstip when the event was recorded
     */
    public static boolean verwerk(OpdrachtDocument opdracht, OpdrachtGebeurtenis gebeurtenis, long versie, Instant tijdstip) {
        if (versie <= opdracht.getVersie()) {
            return false;
        }
        pasToe(opdracht, gebeurtenis, tijdstip);
        opdracht.setStatus(Levenscyclus.na(opdracht.getStatus(), gebeurtenis, opdracht.getOndertekend(), opdracht.getGemeenten()));
        opdracht.setVersie(versie);
        opdracht.setBijgewerktOp(tijdstip);
        opdracht.tussenstandboekhouding().volg(versie, tijdstip, Peilmoment.geldtVanaf(tijdstip, gebeurtenis.geldtVanaf()));
        return true;
    }

    /** Java 17 has no switch over a sealed type yet; OpdrachtverloopTest checks that every permitted event has its method. */
    private static void pasToe(OpdrachtDocument opdracht, OpdrachtGebeurtenis gebeurtenis, Instant tijdstip) {
        if (gebeurtenis instanceof OpdrachtAangevraagd e) {
            aangevraagd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OpdrachtMedeondertekend e) {
            medeondertekend(opdracht, e);
        } else if (gebeurtenis instanceof OpdrachtAanvaard e) {
            aanvaard(opdracht, e);
        } else if (gebeurtenis instanceof OpdrachtAfgewezen e) {
            afgewezen(opdracht, e);
        } else if (gebeurtenis instanceof UrenToegezegd e) {
            toegezegd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof CapaciteitOverschreden e) {
            overschreden(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof UrenGeregistreerd e) {
            geregistreerd(opdracht, e);
        } else if (gebeurtenis instanceof OutputAfgesproken e) {
            afgesproken(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OutcomeAfgesproken e) {
            afgesproken(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OutputGerealiseerd e) {
            gerealiseerd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OutcomeGerapporteerd e) {
            gerapporteerd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OpdrachtGewijzigd e) {
            gewijzigd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OpdrachtAfgerond e) {
            afgerond(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof OpdrachtIngetrokken e) {
            ingetrokken(opdracht, e);
        } else if (gebeurtenis instanceof OpdrachtGeweigerd e) {
            geweigerd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof PrioriteitGegeven e) {
            geprioriteerd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof UrenGecorrigeerd e) {
            gecorrigeerd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof AfspraakGewijzigd e) {
            afspraakGewijzigd(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof AfspraakIngetrokken e) {
            afspraakIngetrokken(opdracht, e, tijdstip);
        } else if (gebeurtenis instanceof SleutelprojectAangewezen e) {
            aangewezen(opdracht, e, tijdstip);
        }
    }

    private static void aangevraagd(OpdrachtDocument opdracht, OpdrachtAangevraagd e, Instant tijdstip) {
        opdracht.setId(e.opdrachtId().waarde());
        opdracht.setTitel(e.titel());
        opdracht.setOmschrijving(e.omschrijving());
        opdracht.setAanvrager(e.aanvrager());
        opdracht.setGemeenten(new ArrayList<>(e.gemeenten()));
        opdracht.setCategorie(e.categorie());
        opdracht.setSoort(e.soort());
        opdracht.setTaakveld(e.taakveld());
        opdracht.setTeam(e.team());
        opdracht.setBegrotingsjaar(e.begrotingsjaar());
        opdracht.setProgramma(e.programma());
        opdracht.setAanbevelingen(new ArrayList<>(e.aanbevelingen()));
        opdracht.setGeraamdeUren(e.geraamdeUren());
        opdracht.setOndertekend(new ArrayList<>(List.of(e.aanvrager())));
        opdracht.setHerkomst(e.herkomst());
        opdracht.setOpleverdatum(e.opleverdatum());
        opdracht.setAangevraagdOp(tijdstip);
    }

    private static void medeondertekend(OpdrachtDocument opdracht, OpdrachtMedeondertekend e) {
        opdracht.getOndertekend().add(e.gemeente());
    }

    /** Only the status changes. */
    private static void aanvaard(OpdrachtDocument opdracht, OpdrachtAanvaard e) {
    }

    private static void afgewezen(OpdrachtDocument opdracht, OpdrachtAfgewezen e) {
        opdracht.setAfwijzingsreden(e.reden());
    }

    /** A later toezegging for the same jaar replaces the earlier one. */
    private static void toegezegd(OpdrachtDocument opdracht, UrenToegezegd e, Instant tijdstip) {
        opdracht.getToezeggingen().put(String.valueOf(e.jaar()), new Toezegging(e.jaar(), e.uren(), e.verdeling(), tijdstip));
    }

    private static void overschreden(OpdrachtDocument opdracht, CapaciteitOverschreden e, Instant tijdstip) {
        opdracht.getOverschrijdingen().add(new Overschrijding(e.jaar(), e.boven(), e.reden(), tijdstip));
    }

    private static void geregistreerd(OpdrachtDocument opdracht, UrenGeregistreerd e) {
        opdracht.getBesteedPerJaar().merge(String.valueOf(e.datum().getYear()), e.uren(), BigDecimal::add);
    }

    /** Totals take the corrected value; the registration and its correction both stay in the history. */
    private static void gecorrigeerd(OpdrachtDocument opdracht, UrenGecorrigeerd e, Instant tijdstip) {
        opdracht.getBesteedPerJaar().merge(String.valueOf(e.datum().getYear()), e.verschil(), BigDecimal::add);
        opdracht.getCorrecties().add(new Correctie(e.registratie(), e.datum(), e.vorigeUren(), e.uren(), e.reden(), tijdstip));
    }

    private static void afgesproken(OpdrachtDocument opdracht, OutputAfgesproken e, Instant tijdstip) {
        opdracht.getAfspraken().add(new Afspraak(e.afspraakId(), Resultaatniveau.OUTPUT, e.door(), e.indicator(), e.eenheid(),
                e.streefwaarde(), e.meetmoment(), e.bron(), tijdstip, new ArrayList<>(), new ArrayList<>(), null));
    }

    private static void afgesproken(OpdrachtDocument opdracht, OutcomeAfgesproken e, Instant tijdstip) {
        opdracht.getAfspraken().add(new Afspraak(e.afspraakId(), Resultaatniveau.OUTCOME, e.door(), e.indicator(), e.eenheid(),
                e.streefwaarde(), e.meetmoment(), e.bron(), tijdstip, new ArrayList<>(), new ArrayList<>(), null));
    }

    private static void afspraakGewijzigd(OpdrachtDocument opdracht, AfspraakGewijzigd e, Instant tijdstip) {
        vervang(opdracht, e.afspraak(), a -> a.gewijzigd(new Afspraakwijziging(e.door(), e.streefwaarde(), e.meetmoment(), e.reden(), tijdstip)));
    }

    /** A withdrawn afspraak stays in the history, no longer in force. */
    private static void afspraakIngetrokken(OpdrachtDocument opdracht, AfspraakIngetrokken e, Instant tijdstip) {
        vervang(opdracht, e.afspraak(), a -> a.ingetrokken(new Intrekking(e.door(), e.reden(), tijdstip)));
    }

    private static void vervang(OpdrachtDocument opdracht, String afspraak, java.util.function.UnaryOperator<Afspraak> wijziging) {
        opdracht.getAfspraken().replaceAll(a -> a.id().equals(afspraak) ? wijziging.apply(a) : a);
    }

    private static void aangewezen(OpdrachtDocument opdracht, SleutelprojectAangewezen e, Instant tijdstip) {
        opdracht.setSleutelproject(new OpdrachtDocument.Sleutelproject(List.copyOf(e.criteria()), tijdstip));
    }

    private static void geweigerd(OpdrachtDocument opdracht, OpdrachtGeweigerd e, Instant tijdstip) {
        opdracht.setWeigering(new Weigering(e.gemeente(), e.reden(), tijdstip));
    }

    private static void geprioriteerd(OpdrachtDocument opdracht, PrioriteitGegeven e, Instant tijdstip) {
        opdracht.setPrioriteit(e.prioriteit());
        opdracht.getPrioriteringen().add(new Prioritering(e.prioriteit(), e.reden(), tijdstip));
    }

    private static void gerealiseerd(OpdrachtDocument opdracht, OutputGerealiseerd e, Instant tijdstip) {
        meet(opdracht, e.afspraak(), new Meting(e.waarde(), e.peildatum(), e.toelichting(), tijdstip));
    }

    private static void gerapporteerd(OpdrachtDocument opdracht, OutcomeGerapporteerd e, Instant tijdstip) {
        meet(opdracht, e.afspraak(), new Meting(e.waarde(), e.peildatum(), e.toelichting(), tijdstip));
    }

    /** A change of scope or hours keeps its reason; a field left out of the change stays as it was. */
    private static void gewijzigd(OpdrachtDocument opdracht, OpdrachtGewijzigd e, Instant tijdstip) {
        if (e.geraamdeUren() != null) {
            opdracht.setGeraamdeUren(e.geraamdeUren());
        }
        if (e.omschrijving() != null) {
            opdracht.setOmschrijving(e.omschrijving());
        }
        opdracht.getWijzigingen().add(new Wijziging(e.door(), e.geraamdeUren(), e.omschrijving(), e.reden(), tijdstip));
    }

    /** Delivered on the day it was completed, in the Netherlands. */
    private static void afgerond(OpdrachtDocument opdracht, OpdrachtAfgerond e, Instant tijdstip) {
        opdracht.setGeleverdOp(tijdstip.atZone(Peilmoment.ZONE).toLocalDate());
    }

    private static void ingetrokken(OpdrachtDocument opdracht, OpdrachtIngetrokken e) {
        opdracht.setIntrekkingsreden(e.reden());
    }

    private static void meet(OpdrachtDocument opdracht, String afspraak, Meting meting) {
        opdracht.getAfspraken().stream().filter(a -> a.id().equals(afspraak)).findFirst().ifPresent(a -> a.metingen().add(meting));
    }
}

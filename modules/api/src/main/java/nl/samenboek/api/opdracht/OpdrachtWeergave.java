package nl.samenboek.api.opdracht;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.api.http.Link;
import nl.samenboek.domain.opdracht.Vroegsignalering;
import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Prioriteit;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An opdracht as {@code GET /opdrachten/{id}} shows it (docs/api.md): status, versie, niveau, uren and the history that
 * led there. Fields without a value are left out (taakveldNaam, programma and the reasons, marked not required).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpdrachtWeergave(String id,
                               String titel,
                               String omschrijving,
                               String aanvrager,
                               List<String> gemeenten,
                               Categorie categorie,
                               Soort soort,
                               String taakveld,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String taakveldNaam,
                               String team,
                               int begrotingsjaar,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String programma,
                               List<String> aanbevelingen,
                               OpdrachtStatus status,
                               long versie,
                               Niveau niveau,
                               List<String> ondertekend,
                               List<String> wachtOpOndertekening,
                               Uren uren,
                               List<Toezegging> toezeggingen,
                               Map<String, BigDecimal> besteedPerJaar,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String afwijzingsreden,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String intrekkingsreden,
                               List<Wijziging> wijzigingen,
                               Afspraken afspraken,
                               List<Overschrijding> overschrijdingen,
                               List<Signaal> signalen,
                               Herkomst herkomst,
                               @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) LocalDate opleverdatum,
                               Prioriteit prioriteit,
                               List<Prioritering> prioriteringen,
                               @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) LocalDate geleverdOp,
                               @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) Boolean tijdig,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Weigering weigering,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Sleutelproject sleutelproject,
                               List<Correctie> correcties,
                               Instant aangevraagdOp,
                               Instant bijgewerktOp,
                               @JsonProperty("_links") Map<String, Link> links) {

    /** @param besteed the registered hours (uren besteed) */
    public record Uren(BigDecimal geraamd, BigDecimal toegezegd, BigDecimal besteed) {
    }

    public record Afspraken(List<Afspraak> output, List<Afspraak> outcome) {
    }

    /** @param verdeling the split per gemeente the directie set; null when the verdeelsleutel applies */
    public record Toezegging(int jaar, BigDecimal uren, @Schema(nullable = true) Map<String, BigDecimal> verdeling, Instant vastgelegdOp) {

        static Toezegging van(OpdrachtDocument.Toezegging t) {
            return new Toezegging(t.jaar(), t.uren(), t.verdeling(), t.vastgelegdOp());
        }
    }

    /** A change of scope or hours: what did not change is null. */
    public record Wijziging(String door, @Schema(nullable = true) BigDecimal geraamdeUren, @Schema(nullable = true) String omschrijving,
                            String reden, Instant vastgelegdOp) {

        static Wijziging van(OpdrachtDocument.Wijziging w) {
            return new Wijziging(w.door(), w.geraamdeUren(), w.omschrijving(), w.reden(), w.vastgelegdOp());
        }
    }

    /**
     * An output or outcome contract with the values measured for it (realisaties, rapportages), its changes and, once
     * withdrawn by the college that made it, its intrekking; {@code geldt} is false then and it no longer counts for the
     * niveau. {@code streefwaarde} and {@code meetmoment} are the ones in force.
     */
    public record Afspraak(String id, Resultaatniveau soort, String door, String indicator, String eenheid, BigDecimal streefwaarde,
                           LocalDate meetmoment, String bron, Instant vastgelegdOp, List<Meting> metingen, boolean geldt,
                           List<Afspraakwijziging> wijzigingen, @Schema(nullable = true) Intrekking intrekking) {

        static Afspraak van(OpdrachtDocument.Afspraak a) {
            return new Afspraak(a.id(), a.soort(), a.door(), a.indicator(), a.eenheid(), a.streefwaarde(), a.meetmoment(), a.bron(),
                    a.vastgelegdOp(), a.metingen().stream().map(Meting::van).toList(), a.geldt(),
                    a.wijzigingen().stream().map(w -> new Afspraakwijziging(w.door(), w.streefwaarde(), w.meetmoment(), w.reden(),
                            w.vastgelegdOp())).toList(),
                    a.intrekking() == null ? null : new Intrekking(a.intrekking().door(), a.intrekking().reden(), a.intrekking().vastgelegdOp()));
        }
    }

    /** A change of an afspraak: what did not change is null. */
    public record Afspraakwijziging(String door, @Schema(nullable = true) BigDecimal streefwaarde,
                                    @Schema(nullable = true) LocalDate meetmoment, String reden, Instant vastgelegdOp) {
    }

    public record Intrekking(String door, String reden, Instant vastgelegdOp) {
    }

    /**
     * Where the opdracht comes from; {@code niet-opgegeven} (without kenmerk and datum) when the aanvraag named none.
     */
    public record Herkomst(Herkomstsoort soort, @Schema(nullable = true) String kenmerk, @Schema(nullable = true) LocalDate datum) {

        static Herkomst van(nl.samenboek.messages.opdracht.Herkomst h) {
            return new Herkomst(h.soort(), h.kenmerk(), h.datum());
        }
    }

    /** A priority the bestuur gave, with its reason. */
    public record Prioritering(Prioriteit prioriteit, String reden, Instant vastgelegdOp) {
    }

    /** A key project (nota, aanbeveling C): the criteria the bestuur fixed for its evaluation, and when. */
    public record Sleutelproject(List<String> criteria, Instant vastgelegdOp) {
    }

    /** Another concerned college refused to co-sign: which, and why. */
    public record Weigering(String gemeente, String reden, Instant vastgelegdOp) {
    }

    /** A registration corrected: the versie it produced, its day, the hours before and after, and why. */
    public record Correctie(long registratie, LocalDate datum, BigDecimal vorigeUren, BigDecimal uren, String reden,
                            Instant vastgelegdOp) {
    }

    /** @param toelichting optional with a realisatie or rapportage */
    public record Meting(BigDecimal waarde, LocalDate peildatum, @Schema(nullable = true) String toelichting, Instant vastgelegdOp) {

        static Meting van(OpdrachtDocument.Meting m) {
            return new Meting(m.waarde(), m.peildatum(), m.toelichting(), m.vastgelegdOp());
        }
    }

    /** Hours committed beyond the team's plannable capacity, accepted by the directie with a reason. */
    public record Overschrijding(int jaar, BigDecimal boven, String reden, Instant vastgelegdOp) {

        static Overschrijding van(OpdrachtDocument.Overschrijding o) {
            return new Overschrijding(o.jaar(), o.boven(), o.reden(), o.vastgelegdOp());
        }
    }

    /** Early warning: registered hours projected over the jaar exceed the commitment by more than 10 %. */
    public record Signaal(int jaar, BigDecimal toegezegd, BigDecimal besteed, BigDecimal verwacht, BigDecimal overschrijding) {
    }

    /** @param peildatum the date the early warnings are computed for */
    public static OpdrachtWeergave van(OpdrachtDocument o, LocalDate peildatum) {
        String pad = OpdrachtLeesController.PAD + "/" + o.getId();
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", new Link(pad));
        links.put("gebeurtenissen", new Link(pad + "/gebeurtenissen"));
        return new OpdrachtWeergave(o.getId(), o.getTitel(), o.getOmschrijving(), o.getAanvrager(), o.getGemeenten(),
                o.getCategorie(), o.getSoort(), o.getTaakveld(),
                Iv3Taakvelden.officieel().zoek(o.getTaakveld()).map(Iv3Taakvelden.Taakveld::naam).orElse(null),
                o.getTeam(), o.getBegrotingsjaar(), o.getProgramma(), o.getAanbevelingen(), o.getStatus(), o.getVersie(),
                o.niveau(), o.getOndertekend(),
                o.getGemeenten().stream().filter(g -> !o.getOndertekend().contains(g)).toList(),
                new Uren(o.getGeraamdeUren(), o.toegezegdeUren(), o.besteedUren()),
                o.getToezeggingen().values().stream().map(Toezegging::van).toList(), o.getBesteedPerJaar(), o.getAfwijzingsreden(),
                o.getIntrekkingsreden(), o.getWijzigingen().stream().map(Wijziging::van).toList(),
                new Afspraken(afspraken(o, Resultaatniveau.OUTPUT), afspraken(o, Resultaatniveau.OUTCOME)),
                o.getOverschrijdingen().stream().map(Overschrijding::van).toList(), signalen(o, peildatum),
                Herkomst.van(o.herkomstOfNietOpgegeven()), o.getOpleverdatum(), o.prioriteitOfNormaal(),
                o.getPrioriteringen().stream().map(p -> new Prioritering(p.prioriteit(), p.reden(), p.vastgelegdOp())).toList(),
                o.getGeleverdOp(), o.tijdig(),
                o.getWeigering() == null ? null : new Weigering(o.getWeigering().gemeente(), o.getWeigering().reden(),
                        o.getWeigering().vastgelegdOp()),
                o.getSleutelproject() == null ? null : new Sleutelproject(o.getSleutelproject().criteria(),
                        o.getSleutelproject().vastgelegdOp()),
                o.getCorrecties().stream().map(c -> new Correctie(c.registratie(), c.datum(), c.vorigeUren(), c.uren(), c.reden(),
                        c.vastgelegdOp())).toList(),
                o.getAangevraagdOp(), o.getBijgewerktOp(), links);
    }

    private static List<Afspraak> afspraken(OpdrachtDocument o, Resultaatniveau soort) {
        return o.getAfspraken().stream().filter(a -> a.soort() == soort).map(Afspraak::van).toList();
    }

    private static List<Signaal> signalen(OpdrachtDocument o, LocalDate peildatum) {
        return o.getToezeggingen().values().stream()
                .flatMap(t -> Vroegsignalering.beoordeel(t.jaar(), t.uren(), o.besteedIn(t.jaar()), peildatum)
                        .map(s -> new Signaal(t.jaar(), s.toegezegd(), s.besteed(), s.verwacht(), s.overschrijding())).stream())
                .toList();
    }
}

package nl.samenboek.api.opdracht;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.samenboek.api.http.Link;
import nl.samenboek.domain.opdracht.Vroegsignalering;
import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An opdracht as {@code GET /opdrachten/{id}} shows it (API.md): status, versie, niveau, uren and the history that led there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpdrachtWeergave(String id,
                               String titel,
                               String omschrijving,
                               String aanvrager,
                               List<String> gemeenten,
                               Categorie categorie,
                               Soort soort,
                               String taakveld,
                               String taakveldNaam,
                               String team,
                               int begrotingsjaar,
                               String programma,
                               List<String> aanbevelingen,
                               OpdrachtStatus status,
                               long versie,
                               Niveau niveau,
                               List<String> ondertekend,
                               List<String> wachtOpOndertekening,
                               Uren uren,
                               List<OpdrachtDocument.Toezegging> toezeggingen,
                               Map<String, BigDecimal> besteedPerJaar,
                               String afwijzingsreden,
                               String intrekkingsreden,
                               List<OpdrachtDocument.Wijziging> wijzigingen,
                               Afspraken afspraken,
                               List<OpdrachtDocument.Overschrijding> overschrijdingen,
                               List<Signaal> signalen,
                               Instant aangevraagdOp,
                               Instant bijgewerktOp,
                               @JsonProperty("_links") Map<String, Link> links) {

    /** @param besteed the registered hours (uren besteed) */
    public record Uren(BigDecimal geraamd, BigDecimal toegezegd, BigDecimal besteed) {
    }

    public record Afspraken(List<OpdrachtDocument.Afspraak> output, List<OpdrachtDocument.Afspraak> outcome) {
    }

    /** Early warning: registered hours projected over the jaar exceed the commitment by more than 10 %. */
    public record Signaal(int jaar, BigDecimal toegezegd, BigDecimal besteed, BigDecimal verwacht, BigDecimal overschrijding) {
    }

    /** @param peildatum the date the early warnings are computed for */
    public static OpdrachtWeergave van(OpdrachtDocument o, java.time.LocalDate peildatum) {
        String pad = OpdrachtController.PAD + "/" + o.getId();
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
                List.copyOf(o.getToezeggingen().values()), o.getBesteedPerJaar(), o.getAfwijzingsreden(),
                o.getIntrekkingsreden(), o.getWijzigingen(),
                new Afspraken(o.getAfspraken().stream().filter(a -> a.soort() == Resultaatniveau.OUTPUT).toList(),
                        o.getAfspraken().stream().filter(a -> a.soort() == Resultaatniveau.OUTCOME).toList()),
                o.getOverschrijdingen(), signalen(o, peildatum), o.getAangevraagdOp(), o.getBijgewerktOp(), links);
    }

    private static List<Signaal> signalen(OpdrachtDocument o, java.time.LocalDate peildatum) {
        return o.getToezeggingen().values().stream()
                .flatMap(t -> Vroegsignalering.beoordeel(t.jaar(), t.uren(), o.besteedIn(t.jaar()), peildatum)
                        .map(s -> new Signaal(t.jaar(), s.toegezegd(), s.besteed(), s.verwacht(), s.overschrijding())).stream())
                .toList();
    }
}

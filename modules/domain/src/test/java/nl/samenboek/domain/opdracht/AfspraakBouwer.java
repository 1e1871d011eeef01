package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.Resultaatniveau;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A SMART afspraak of Lisse's college, valid unless a test changes it, and the event it leads to:
 * {@code AfspraakBouwer.output("a1").metIndicator(" ").bouw()}.
 */
public final class AfspraakBouwer {

    private final Resultaatniveau niveau;
    private final String afspraakId;
    private String gemeente = "lisse";
    private String indicator = "Vastgestelde notities";
    private String eenheid = "stuks";
    private BigDecimal streefwaarde = new BigDecimal("2");
    private LocalDate meetmoment = LocalDate.of(2025, 12, 31);
    private String bron = "Raadsinformatiesysteem";
    private Long verwachteVersie;

    private AfspraakBouwer(Resultaatniveau niveau, String afspraakId) {
        this.niveau = niveau;
        this.afspraakId = afspraakId;
    }

    public static AfspraakBouwer output(String afspraakId) {
        return new AfspraakBouwer(Resultaatniveau.OUTPUT, afspraakId);
    }

    public static AfspraakBouwer outcome(String afspraakId) {
        return new AfspraakBouwer(Resultaatniveau.OUTCOME, afspraakId)
                .metIndicator("Tevreden inwoners").metEenheid("procent").metStreefwaarde("80").metBron("Inwonerspanel");
    }

    /** The college of this gemeente agrees it. */
    public AfspraakBouwer door(String gemeente) {
        this.gemeente = gemeente;
        return this;
    }

    public AfspraakBouwer metIndicator(String indicator) {
        this.indicator = indicator;
        return this;
    }

    public AfspraakBouwer metEenheid(String eenheid) {
        this.eenheid = eenheid;
        return this;
    }

    public AfspraakBouwer metStreefwaarde(String streefwaarde) {
        this.streefwaarde = streefwaarde == null ? null : new BigDecimal(streefwaarde);
        return this;
    }

    public AfspraakBouwer metMeetmoment(LocalDate meetmoment) {
        this.meetmoment = meetmoment;
        return this;
    }

    public AfspraakBouwer metBron(String bron) {
        this.bron = bron;
        return this;
    }

    public AfspraakBouwer opVersie(long versie) {
        this.verwachteVersie = versie;
        return this;
    }

    public MaakAfspraak bouw() {
        return new MaakAfspraak(OpdrachtMother.ID, niveau, afspraakId, gemeente, indicator, eenheid, streefwaarde, meetmoment,
                bron, verwachteVersie);
    }

    /** The event of this afspraak on an opdracht that concerns these gemeenten. */
    public OpdrachtGebeurtenis afgesproken(List<String> gemeenten) {
        return niveau == Resultaatniveau.OUTPUT
                ? new OutputAfgesproken(OpdrachtMother.ID, afspraakId, gemeente, indicator, eenheid, streefwaarde, meetmoment, bron, gemeenten)
                : new OutcomeAfgesproken(OpdrachtMother.ID, afspraakId, gemeente, indicator, eenheid, streefwaarde, meetmoment, bron, gemeenten);
    }
}

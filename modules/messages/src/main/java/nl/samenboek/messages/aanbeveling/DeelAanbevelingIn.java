package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records how a recommendation is followed, as the uitvoeringsagenda reads the nota: what its first stap is (the later
 * ones are its mijlpalen) and whether every gemeente realises it for itself. Sent from the seed data at every start;
 * a recommendation already ingedeeld stays as it is.
 *
 * @param eersteStap  what the first stap (the deadline) asks
 * @param perGemeente whether each gemeente reports and realises it for itself (nota, Bijlage I: B, H, L, N, P)
 */
public record DeelAanbevelingIn(String letter, String eersteStap, boolean perGemeente) {

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}

package nl.samenboek.api.fout;

/** A read refused because the read models do not yet show every acknowledged write (API.md, read your writes): 503. */
public class LeesmodellenAchter extends RuntimeException {

    public LeesmodellenAchter() {
        super("De leesmodellen lopen achter op een vastgelegde schrijfactie en worden bijgewerkt; probeer het over enkele seconden opnieuw.");
    }
}

package nl.samenboek.api.opdracht;

import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.opdracht.Opdrachten;
import org.springframework.stereotype.Component;

/** One opdracht as of a peilmoment, if it exists then (404) and the caller may see it (403: college and raad their own). */
@Component
class ZichtbareOpdrachten {

    private final Toegang toegang;
    private final Opdrachten opdrachten;

    ZichtbareOpdrachten(Toegang toegang, Opdrachten opdrachten) {
        this.toegang = toegang;
        this.opdrachten = opdrachten;
    }

    OpdrachtDocument geef(Gebruiker gebruiker, String id, Peilmoment peilmoment) {
        OpdrachtDocument opdracht = opdrachten.geefOpdracht(id, peilmoment)
                .orElseThrow(() -> new NietGevonden("Er bestaat geen opdracht " + id
                        + (peilmoment.isNu() ? "." : " op dit peilmoment.")));
        toegang.vereisZicht(gebruiker, opdracht.getGemeenten());
        return opdracht;
    }
}

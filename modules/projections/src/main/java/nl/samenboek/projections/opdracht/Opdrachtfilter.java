package nl.samenboek.projections.opdracht;

import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.OpdrachtStatus;

/** The filters of {@code GET /opdrachten} (docs/api.md); every field is optional. */
public record Opdrachtfilter(String gemeente, Integer begrotingsjaar, OpdrachtStatus status, Categorie categorie,
                            String aanbeveling, Herkomstsoort herkomst) {

    public Opdrachtfilter(String gemeente, Integer begrotingsjaar, OpdrachtStatus status, Categorie categorie, String aanbeveling) {
        this(gemeente, begrotingsjaar, status, categorie, aanbeveling, null);
    }

    public boolean past(OpdrachtDocument opdracht) {
        return (gemeente == null || opdracht.betreft(gemeente))
                && (begrotingsjaar == null || opdracht.getBegrotingsjaar() == begrotingsjaar)
                && (status == null || opdracht.getStatus() == status)
                && (categorie == null || opdracht.getCategorie() == categorie)
                && (aanbeveling == null || opdracht.getAanbevelingen().contains(aanbeveling))
                && (herkomst == null || opdracht.herkomstOfNietOpgegeven().soort() == herkomst);
    }
}

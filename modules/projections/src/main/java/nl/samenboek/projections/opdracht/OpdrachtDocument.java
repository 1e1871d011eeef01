package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.Levenscyclus;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An opdracht as the read side shows it, folded from its events. The same fold serves the live projection (stored in
 * MongoDB) and time travel (folded from the event store up to a peilmoment), so both always agree.
 */
@Document("opdrachten")
public class OpdrachtDocument {

    @Id
    private String id;
    private String titel;
    private String omschrijving;
    private String aanvrager;
    @Indexed
    private List<String> gemeenten = new ArrayList<>();
    private Categorie categorie;
    private Soort soort;
    private String taakveld;
    private String team;
    @Indexed
    private int begrotingsjaar;
    private String programma;
    private List<String> aanbevelingen = new ArrayList<>();
    private OpdrachtStatus status;
    private long versie;
    private BigDecimal geraamdeUren;
    private List<String> ondertekend = new ArrayList<>();
    /** The toezegging in force per jaar: a later one for the same jaar replaces the earlier one. */
    private Map<String, Toezegging> toezeggingen = new TreeMap<>();
    private Map<String, BigDecimal> besteedPerJaar = new TreeMap<>();
    private String afwijzingsreden;
    private String intrekkingsreden;
    private List<Wijziging> wijzigingen = new ArrayList<>();
    private Instant aangevraagdOp;
    private Instant bijgewerktOp;

    public record Toezegging(int jaar, BigDecimal uren, Map<String, BigDecimal> verdeling, Instant vastgelegdOp) {
    }

    public record Wijziging(String door, BigDecimal geraamdeUren, String omschrijving, String reden, Instant vastgelegdOp) {
    }

    /**
     * Applies one event of this opdracht. Returns false, changing nothing, for an event this document already has
     * (a projection may see an event twice).
     *
     * @param versie the opdracht's versie after the event (its aggregate sequence number + 1)
     */
    public boolean verwerk(Object event, long versie, Instant tijdstip) {
        if (versie <= this.versie) {
            return false;
        }
        if (event instanceof OpdrachtAangevraagd e) {
            id = e.opdrachtId().waarde();
            titel = e.titel();
            omschrijving = e.omschrijving();
            aanvrager = e.aanvrager();
            gemeenten = new ArrayList<>(e.gemeenten());
            categorie = e.categorie();
            soort = e.soort();
            taakveld = e.taakveld();
            team = e.team();
            begrotingsjaar = e.begrotingsjaar();
            programma = e.programma();
            aanbevelingen = new ArrayList<>(e.aanbevelingen());
            geraamdeUren = e.geraamdeUren();
            ondertekend = new ArrayList<>(List.of(e.aanvrager()));
            status = Levenscyclus.naAanvraag(gemeenten);
            aangevraagdOp = tijdstip;
        } else if (event instanceof OpdrachtMedeondertekend e) {
            ondertekend.add(e.gemeente());
            status = Levenscyclus.naMedeondertekening(ondertekend, gemeenten);
        } else if (event instanceof OpdrachtAanvaard) {
            status = OpdrachtStatus.AANVAARD;
        } else if (event instanceof OpdrachtAfgewezen e) {
            status = OpdrachtStatus.AFGEWEZEN;
            afwijzingsreden = e.reden();
        } else if (event instanceof UrenToegezegd e) {
            toezeggingen.put(String.valueOf(e.jaar()), new Toezegging(e.jaar(), e.uren(), e.verdeling(), tijdstip));
        } else if (event instanceof UrenGeregistreerd e) {
            besteedPerJaar.merge(String.valueOf(e.datum().getYear()), e.uren(), BigDecimal::add);
        } else if (event instanceof OpdrachtGewijzigd e) {
            if (e.geraamdeUren() != null) {
                geraamdeUren = e.geraamdeUren();
            }
            if (e.omschrijving() != null) {
                omschrijving = e.omschrijving();
            }
            wijzigingen.add(new Wijziging(e.door(), e.geraamdeUren(), e.omschrijving(), e.reden(), tijdstip));
        } else if (event instanceof OpdrachtAfgerond) {
            status = OpdrachtStatus.AFGEROND;
        } else if (event instanceof OpdrachtIngetrokken e) {
            status = OpdrachtStatus.INGETROKKEN;
            intrekkingsreden = e.reden();
        }
        this.versie = versie;
        this.bijgewerktOp = tijdstip;
        return true;
    }

    public Niveau niveau() {
        return Niveau.bepaal(false, false, toegezegdeUren().signum() > 0);
    }

    public BigDecimal toegezegdeUren() {
        return toezeggingen.values().stream().map(Toezegging::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal besteedUren() {
        return besteedPerJaar.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean betreft(String gemeente) {
        return gemeenten.contains(gemeente);
    }

    public String getId() {
        return id;
    }

    public String getTitel() {
        return titel;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getAanvrager() {
        return aanvrager;
    }

    public List<String> getGemeenten() {
        return gemeenten;
    }

    public Categorie getCategorie() {
        return categorie;
    }

    public Soort getSoort() {
        return soort;
    }

    public String getTaakveld() {
        return taakveld;
    }

    public String getTeam() {
        return team;
    }

    public int getBegrotingsjaar() {
        return begrotingsjaar;
    }

    public String getProgramma() {
        return programma;
    }

    public List<String> getAanbevelingen() {
        return aanbevelingen;
    }

    public OpdrachtStatus getStatus() {
        return status;
    }

    public long getVersie() {
        return versie;
    }

    public BigDecimal getGeraamdeUren() {
        return geraamdeUren;
    }

    public List<String> getOndertekend() {
        return ondertekend;
    }

    public Map<String, Toezegging> getToezeggingen() {
        return toezeggingen;
    }

    public Map<String, BigDecimal> getBesteedPerJaar() {
        return besteedPerJaar;
    }

    public String getAfwijzingsreden() {
        return afwijzingsreden;
    }

    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    public List<Wijziging> getWijzigingen() {
        return wijzigingen;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public Instant getBijgewerktOp() {
        return bijgewerktOp;
    }
}

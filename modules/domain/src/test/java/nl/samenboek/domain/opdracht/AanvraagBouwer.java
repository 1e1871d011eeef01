package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A college's aanvraag, valid unless a test changes it: {@code AanvraagBouwer.vanLisse().metTaakveld("0.10").bouw()}.
 * Starts as Lisse's standaard request for itself.
 */
public final class AanvraagBouwer {

    private OpdrachtId opdrachtId = OpdrachtMother.ID;
    private String aanvrager = "lisse";
    private String titel = "Beleidsnotitie bollenteelt";
    private String omschrijving = "Een notitie over de bollenteelt en het landschap.";
    private List<String> gemeenten = List.of("lisse");
    private Categorie categorie = Categorie.BELEID;
    private Soort soort = Soort.STANDAARD;
    private String taakveld = "8.1";
    private String team = "ruimte";
    private Integer begrotingsjaar = 2025;
    private BigDecimal geraamdeUren = new BigDecimal("120");
    private String programma = "Ruimte";
    private List<String> aanbevelingen = List.of("V");
    private Herkomst herkomst;
    private LocalDate opleverdatum;

    private AanvraagBouwer() {
    }

    public static AanvraagBouwer vanLisse() {
        return new AanvraagBouwer();
    }

    /** The college of {@code aanvrager} asks, for its own gemeente only (use {@link #voor} for others). */
    public AanvraagBouwer door(String aanvrager) {
        this.aanvrager = aanvrager;
        return this;
    }

    /** The gemeenten the opdracht concerns; null for none given. */
    public AanvraagBouwer voor(String... gemeenten) {
        this.gemeenten = gemeenten == null ? null : Arrays.asList(gemeenten);
        return this;
    }

    public AanvraagBouwer metTitel(String titel) {
        this.titel = titel;
        return this;
    }

    public AanvraagBouwer metOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
        return this;
    }

    public AanvraagBouwer metCategorie(Categorie categorie) {
        this.categorie = categorie;
        return this;
    }

    public AanvraagBouwer metSoort(Soort soort) {
        this.soort = soort;
        return this;
    }

    public AanvraagBouwer metTaakveld(String taakveld) {
        this.taakveld = taakveld;
        return this;
    }

    public AanvraagBouwer metTeam(String team) {
        this.team = team;
        return this;
    }

    public AanvraagBouwer metBegrotingsjaar(Integer begrotingsjaar) {
        this.begrotingsjaar = begrotingsjaar;
        return this;
    }

    public AanvraagBouwer metGeraamdeUren(String uren) {
        this.geraamdeUren = uren == null ? null : new BigDecimal(uren);
        return this;
    }

    public AanvraagBouwer metProgramma(String programma) {
        this.programma = programma;
        return this;
    }

    /** The letters of the nota's recommendations it serves; null for none given. */
    public AanvraagBouwer metAanbevelingen(String... letters) {
        this.aanbevelingen = letters == null ? null : Arrays.asList(letters);
        return this;
    }

    /** Where it comes from: a motion, a decision, a law. */
    public AanvraagBouwer metHerkomst(Herkomst herkomst) {
        this.herkomst = herkomst;
        return this;
    }

    public AanvraagBouwer metOpleverdatum(LocalDate opleverdatum) {
        this.opleverdatum = opleverdatum;
        return this;
    }

    public VraagOpdrachtAan bouw() {
        return new VraagOpdrachtAan(opdrachtId, aanvrager, titel, omschrijving, gemeenten, categorie, soort, taakveld, team,
                begrotingsjaar, geraamdeUren, programma, aanbevelingen, herkomst, opleverdatum);
    }
}

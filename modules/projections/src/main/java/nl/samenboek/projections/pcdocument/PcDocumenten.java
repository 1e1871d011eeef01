package nl.samenboek.projections.pcdocument;

import nl.samenboek.domain.bijeenkomst.Bijeenkomststatus;
import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.domain.toerekening.Toerekening;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.Capaciteitsberekening;
import nl.samenboek.projections.capaciteit.FormatieDocument;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.groeimodel.Groeimodelberekening;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.groeimodel.Jaarstanden;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.verwerking.Antwoordcache;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the P&C paragraph of a gemeente for a jaar (docs/pc-documenten.md), every figure from the read models: the
 * gemeente's attributed hours per opdracht, programma, taakveld and categorie; its output and outcome contracts; its
 * groeimodel position; its capacity against the verdeelsleutel; the uitvoeringsagenda; per soort, the deviations
 * above 10 %; its budget against its kosten; in the begroting the jaarschijven; and the teams' formatie.
 */
@Component
public class PcDocumenten {

    static final BigDecimal DREMPEL = new BigDecimal("0.10");
    /** The begroting shows the begrotingsjaar and this many years after it (the meerjarenraming). */
    static final int JAARSCHIJVEN_NA = 3;
    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private final Jaarstanden jaarstanden;
    private final Aanbevelingen aanbevelingen;
    private final Gemeenten gemeenten;
    private final Grootboekkoppen grootboek;
    private final Projectiewachter wachter;
    private final Antwoordcache cache;
    private final String samenwerking;

    /** @param samenwerking the samenwerking's name, in the document's title (docs/samenwerking.md) */
    public PcDocumenten(Jaarstanden jaarstanden, Aanbevelingen aanbevelingen, Gemeenten gemeenten, Grootboekkoppen grootboek,
                        Projectiewachter wachter, Antwoordcache cache,
                        @org.springframework.beans.factory.annotation.Value("${samenboek.samenwerking.naam}") String samenwerking) {
        this.jaarstanden = jaarstanden;
        this.aanbevelingen = aanbevelingen;
        this.gemeenten = gemeenten;
        this.grootboek = grootboek;
        this.wachter = wachter;
        this.cache = cache;
        this.samenwerking = samenwerking;
    }

    /**
     * Without peildatum and bekendOp the document is built from the current read models, once they have caught up,
     * and states the newest instant of the ledger as its bekendOp, so that asking again with that bekendOp gives the
     * same figures. Should the ledger move on while it is built, it is built again exactly as known at that instant.
     */
    public PcDocument bouw(String gemeente, int jaar, Documentsoort soort, Peilmoment gevraagd) {
        if (!gevraagd.isNu()) {
            // a peildatum without bekendOp is asked of everything recorded: the document states the ledger's newest instant
            Instant bekendOp = gevraagd.bekendOp() != null ? gevraagd.bekendOp() : grootboek.laatsteTijdstip().orElse(null);
            return bouw(gemeente, jaar, soort, new Peilmoment(gevraagd.datum(), bekendOp), bekendOp);
        }
        return cache.geef(List.of("pc-document", gemeente, jaar, soort), () -> {
            Instant kop = grootboek.laatsteTijdstip().orElse(null);
            wachter.wachtTotBijgewerkt(Duration.ofSeconds(10));
            PcDocument document = bouw(gemeente, jaar, soort, Peilmoment.nu(), kop);
            if (Objects.equals(kop, grootboek.laatsteTijdstip().orElse(null))) {
                return document;
            }
            return bouw(gemeente, jaar, soort, new Peilmoment(Peilmoment.nu().datum(), kop), kop);
        });
    }

    /**
     * The werkorganisatie's own document of the jaar (docs/pc-documenten.md, the fourth cycle), with the same provenance
     * as a gemeente's: without peildatum and bekendOp from the current read models, stating the ledger's newest instant.
     *
     * @param samenwerking the samenwerking's name ({@code samenboek.samenwerking.naam})
     */
    public Samenwerkingsdocument bouwSamenwerking(String samenwerking, int jaar, Samenwerkingsdocumentsoort soort, Peilmoment gevraagd) {
        if (!gevraagd.isNu()) {
            Instant bekendOp = gevraagd.bekendOp() != null ? gevraagd.bekendOp() : grootboek.laatsteTijdstip().orElse(null);
            return bouwSamenwerking(samenwerking, jaar, soort, new Peilmoment(gevraagd.datum(), bekendOp), bekendOp);
        }
        return cache.geef(List.of("samenwerkingsdocument", samenwerking, jaar, soort), () -> {
            Instant kop = grootboek.laatsteTijdstip().orElse(null);
            wachter.wachtTotBijgewerkt(Duration.ofSeconds(10));
            Samenwerkingsdocument document = bouwSamenwerking(samenwerking, jaar, soort, Peilmoment.nu(), kop);
            if (Objects.equals(kop, grootboek.laatsteTijdstip().orElse(null))) {
                return document;
            }
            return bouwSamenwerking(samenwerking, jaar, soort, new Peilmoment(Peilmoment.nu().datum(), kop), kop);
        });
    }

    private Samenwerkingsdocument bouwSamenwerking(String samenwerking, int jaar, Samenwerkingsdocumentsoort soort, Peilmoment peilmoment,
                                                   Instant bekendOp) {
        Jaarstand stand = jaarstanden.stand(jaar, peilmoment);
        Map<String, String> namen = new TreeMap<>();
        gemeenten.lijst(peilmoment).forEach(g -> namen.put(g.code(), g.naam()));
        Map<String, PcDocument.Grootboekkop> koppen = new TreeMap<>();
        for (String gemeente : stand.gemeenten()) {
            Grootboekkoppen.Kop kop = kop(gemeente, bekendOp);
            koppen.put(gemeente, new PcDocument.Grootboekkop(kop.aantal(), kop.hoofdHash()));
        }
        return Samenwerkingsberekening.bereken(stand, samenwerking, soort, namen, koppen, bekendOp);
    }

    /** The head of the gemeente's grootboek at bekendOp; an empty one before its first entry. */
    private Grootboekkoppen.Kop kop(String gemeente, Instant bekendOp) {
        return (bekendOp == null ? java.util.Optional.<Grootboekkoppen.Kop>empty() : grootboek.kopOp(gemeente, bekendOp))
                .orElse(new Grootboekkoppen.Kop(0, "0".repeat(64), bekendOp));
    }

    private PcDocument bouw(String gemeente, int jaar, Documentsoort soort, Peilmoment peilmoment, Instant bekendOp) {
        Grootboekkoppen.Kop kop = kop(gemeente, bekendOp);
        Jaarstand stand = jaarstanden.stand(jaar, peilmoment);
        String naam = gemeenten.lijst(peilmoment).stream().filter(g -> g.code().equals(gemeente)).map(Gemeenten.Gemeente::naam)
                .findFirst().orElse(gemeente);

        List<OpdrachtDocument> van = stand.opdrachten().stream()
                .filter(o -> o.betreft(gemeente) && o.getStatus() != OpdrachtStatus.AFGEWEZEN && o.getStatus() != OpdrachtStatus.GEWEIGERD)
                .sorted(Comparator.comparing(OpdrachtDocument::getTaakveld).thenComparing(OpdrachtDocument::getTitel)
                        .thenComparing(OpdrachtDocument::getId))
                .toList();
        List<PcDocument.Opdrachtregel> regels = van.stream().map(o -> regel(o, gemeente, stand)).toList();
        Capaciteit.Gemeente rij = capaciteitsrij(stand, gemeente);
        PcDocument.Totalen totalen = new PcDocument.Totalen(som(regels, PcDocument.Opdrachtregel::geraamdeUren),
                som(regels, PcDocument.Opdrachtregel::toegezegdeUren), som(regels, PcDocument.Opdrachtregel::besteedUren),
                som(regels, PcDocument.Opdrachtregel::kosten), Budgetberekening.kosten(stand, gemeente, Grondslag.BESTEED));
        return new PcDocument(gemeente, naam, jaar, soort,
                samenwerking + " in de " + soort.naam().toLowerCase() + " " + jaar + " van de gemeente " + naam, soort.doel(),
                peilmoment.datum(), bekendOp, new PcDocument.Grootboekkop(kop.aantal(), kop.hoofdHash()), totalen, regels,
                groepen(regels, r -> r.programma() == null ? "" : r.programma(), r -> r.programma() == null ? "(geen programma)" : r.programma()),
                groepen(regels, PcDocument.Opdrachtregel::taakveld, PcDocument.Opdrachtregel::taakveldNaam),
                groepen(regels, PcDocument.Opdrachtregel::categorie, PcDocument.Opdrachtregel::categorie),
                afspraken(van, peilmoment.datum()), Groeimodelberekening.bereken(stand, gemeente, jaarstanden.normen()).metBekendOp(bekendOp),
                capaciteit(stand, rij, gemeente, van), agenda(peilmoment, gemeente), afwijkingen(soort, van, gemeente, stand, peilmoment.datum()),
                rij.perHerkomst(), bijeenkomsten(gemeente, jaar, peilmoment),
                Budgetberekening.budget(stand, gemeente, soort == Documentsoort.JAARREKENING ? Grondslag.BESTEED : Grondslag.TOEGEZEGD),
                soort == Documentsoort.BEGROTING ? jaarschijven(stand, gemeente, peilmoment) : List.of(), formatie(stand));
    }

    /**
     * The begrotingsjaar and the three years after it, as known at the peilmoment: the gemeente's toegezegde and geraamde
     * uren of each year, and the kosten of the toegezegde at the team's tarief of that year — or, while that year has
     * none yet, at its tarief of the begrotingsjaar (constant prices).
     */
    private List<PcDocument.Jaarschijf> jaarschijven(Jaarstand begrotingsjaar, String gemeente, Peilmoment peilmoment) {
        List<PcDocument.Jaarschijf> schijven = new ArrayList<>();
        for (int jaar = begrotingsjaar.jaar(); jaar <= begrotingsjaar.jaar() + JAARSCHIJVEN_NA; jaar++) {
            Jaarstand stand = jaar == begrotingsjaar.jaar() ? begrotingsjaar : jaarstanden.stand(jaar, peilmoment);
            BigDecimal toegezegd = NUL;
            BigDecimal geraamd = NUL;
            BigDecimal kosten = NUL;
            for (OpdrachtDocument o : Budgetberekening.vanGemeente(stand, gemeente)) {
                BigDecimal uren = stand.toegezegd(o).getOrDefault(gemeente, NUL);
                BigDecimal tarief = stand.tarieven().containsKey(o.getTeam()) ? stand.tarief(o.getTeam()) : begrotingsjaar.tarief(o.getTeam());
                toegezegd = toegezegd.add(uren);
                geraamd = geraamd.add(geraamd(o, gemeente, stand));
                kosten = kosten.add(euro(uren.multiply(tarief)));
            }
            schijven.add(new PcDocument.Jaarschijf(jaar, toegezegd, geraamd, kosten));
        }
        return schijven;
    }

    /** Every team with a formatie for the jaar, beside its werkplan's capaciteit. */
    static List<PcDocument.Formatieregel> formatie(Jaarstand stand) {
        return stand.formaties().values().stream().sorted(Comparator.comparing(FormatieDocument::team))
                .map(f -> new PcDocument.Formatieregel(f.team(), f.fte(), f.vacaturesFte(), f.inhuurUren(), f.urenPerFte(), f.beschikbareUren(),
                        stand.werkplannen().containsKey(f.team()) ? stand.werkplannen().get(f.team()).capaciteit() : null))
                .toList();
    }

    private static PcDocument.Opdrachtregel regel(OpdrachtDocument o, String gemeente, Jaarstand stand) {
        BigDecimal toegezegd = stand.toegezegd(o).getOrDefault(gemeente, NUL);
        return new PcDocument.Opdrachtregel(o.getId(), o.getTitel(), o.getProgramma(), o.getTaakveld(),
                Iv3Taakvelden.officieel().zoek(o.getTaakveld()).map(Iv3Taakvelden.Taakveld::naam).orElse(o.getTaakveld()),
                o.getCategorie().code(), o.getSoort().code(),
                o.toezegging(stand.jaar()).isPresent() ? o.niveau().code() : "geen", o.getStatus().code(),
                geraamd(o, gemeente, stand), toegezegd, stand.besteed(o).getOrDefault(gemeente, NUL),
                euro(toegezegd.multiply(stand.tarief(o.getTeam()))));
    }

    /** The estimate counts in its begrotingsjaar, split like a toezegging of that jaar. */
    private static BigDecimal geraamd(OpdrachtDocument o, String gemeente, Jaarstand stand) {
        if (o.getBegrotingsjaar() != stand.jaar() || o.getGeraamdeUren() == null) {
            return NUL;
        }
        Map<String, BigDecimal> verdeling = o.toezegging(stand.jaar()).map(OpdrachtDocument.Toezegging::verdeling).orElse(null);
        Map<String, BigDecimal> delen = verdeling == null
                ? Toerekening.verdeel(o.getGeraamdeUren(), o.getSoort(), o.getGemeenten(), null, stand.sleutelVanHetJaar())
                : Toerekening.verdeel(o.getGeraamdeUren(), o.getSoort(), o.getGemeenten(), verdeling, null);
        return delen.getOrDefault(gemeente, NUL);
    }

    private static List<PcDocument.Groepregel> groepen(List<PcDocument.Opdrachtregel> regels, Function<PcDocument.Opdrachtregel, String> sleutel,
                                                       Function<PcDocument.Opdrachtregel, String> omschrijving) {
        Map<String, List<PcDocument.Opdrachtregel>> per = new TreeMap<>();
        regels.forEach(r -> per.computeIfAbsent(sleutel.apply(r), k -> new ArrayList<>()).add(r));
        return per.entrySet().stream().map(e -> new PcDocument.Groepregel(e.getKey(), omschrijving.apply(e.getValue().get(0)),
                e.getValue().size(), som(e.getValue(), PcDocument.Opdrachtregel::geraamdeUren),
                som(e.getValue(), PcDocument.Opdrachtregel::toegezegdeUren), som(e.getValue(), PcDocument.Opdrachtregel::besteedUren),
                som(e.getValue(), PcDocument.Opdrachtregel::kosten))).toList();
    }

    private static List<PcDocument.Afspraakregel> afspraken(List<OpdrachtDocument> opdrachten, LocalDate peildatum) {
        List<PcDocument.Afspraakregel> regels = new ArrayList<>();
        for (OpdrachtDocument o : opdrachten) {
            for (OpdrachtDocument.Afspraak a : o.getAfspraken()) {
                OpdrachtDocument.Meting meting = a.metingen().stream().filter(m -> !m.peildatum().isAfter(peildatum))
                        .max(Comparator.comparing(OpdrachtDocument.Meting::peildatum).thenComparing(OpdrachtDocument.Meting::vastgelegdOp))
                        .orElse(null);
                regels.add(new PcDocument.Afspraakregel(o.getId(), o.getTitel(), a.soort().code(), a.indicator(), a.eenheid(),
                        a.streefwaarde(), a.meetmoment(), a.bron(), meting == null ? null : meting.waarde(),
                        meting == null ? null : meting.peildatum(), meting == null ? null : afwijking(a.streefwaarde(), meting.waarde()),
                        meting == null ? null : meting.toelichting()));
            }
        }
        return regels;
    }

    /** The gemeente's row of the jaar's capacity: its hours against the verdeelsleutel, and by herkomst. */
    private static Capaciteit.Gemeente capaciteitsrij(Jaarstand stand, String gemeente) {
        return Capaciteitsberekening.bereken(stand).gemeenten().stream().filter(g -> g.gemeente().equals(gemeente)).findFirst()
                .orElse(new Capaciteit.Gemeente(gemeente, NUL, NUL, NUL, NUL, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Map.of()));
    }

    private static PcDocument.Capaciteitsregel capaciteit(Jaarstand stand, Capaciteit.Gemeente rij, String gemeente,
                                                          List<OpdrachtDocument> van) {
        BigDecimal standaard = NUL;
        BigDecimal maatwerk = NUL;
        for (OpdrachtDocument o : van) {
            BigDecimal uren = stand.toegezegd(o).getOrDefault(gemeente, NUL);
            if (o.getSoort() == Soort.MAATWERK) {
                maatwerk = maatwerk.add(uren);
            } else {
                standaard = standaard.add(uren);
            }
        }
        BigDecimal samen = standaard.add(maatwerk);
        return new PcDocument.Capaciteitsregel(rij.toegezegdeUren(), rij.besteedUren(), rij.kosten(), rij.aandeelUren(),
                rij.verdeelsleutelAandeel(), rij.afwijking(), standaard, maatwerk,
                samen.signum() == 0 ? BigDecimal.ZERO : maatwerk.divide(samen, 4, RoundingMode.HALF_EVEN));
    }

    /** A recommendation each gemeente realises for itself shows the gemeente's own status and progress. */
    private List<PcDocument.Agendaregel> agenda(Peilmoment peilmoment, String gemeente) {
        return aanbevelingen.agenda(peilmoment).stream().map(a -> {
            Aanbevelingen.Gemeentestand eigen = a.perGemeente() == null ? null : a.perGemeente().get(gemeente);
            return new PcDocument.Agendaregel(a.letter(), a.titel(), a.categorie().code(), a.deadline(),
                    (eigen == null ? a.status() : eigen.status()).code(), eigen == null ? a.laatsteVoortgang() : eigen.laatsteVoortgang());
        }).toList();
    }

    /** The joint meetings of the raden in the jaar (its P&C cycle) that the gemeente takes part in; cancelled ones are left out. */
    private List<PcDocument.Bijeenkomstregel> bijeenkomsten(String gemeente, int jaar, Peilmoment peilmoment) {
        return aanbevelingen.bijeenkomsten(peilmoment).stream()
                .filter(b -> b.bijeenkomst().soort() == Bijeenkomstsoort.GEZAMENLIJKE_RADEN && b.bijeenkomst().datum().getYear() == jaar
                        && b.bijeenkomst().gemeenten().contains(gemeente) && b.status() != Bijeenkomststatus.GEANNULEERD)
                .sorted(Comparator.comparing((Aanbevelingen.Bijeenkomststand b) -> b.bijeenkomst().datum())
                        .thenComparing(b -> b.bijeenkomst().id()))
                .map(b -> new PcDocument.Bijeenkomstregel(b.bijeenkomst().id(), b.bijeenkomst().datum(), b.status().code(),
                        b.bijeenkomst().pcMoment() == null ? null : b.bijeenkomst().pcMoment().code(), b.bijeenkomst().onderwerp(),
                        b.voltallig()))
                .toList();
    }

    /**
     * The deviations above 10 % the soort asks for: in a begroting the toezegging against the raming; in the voorjaars-
     * and najaarsnota the hours spent against the part of the toezegging due by the peildatum, and measured results against
     * their streefwaarde; in the jaarrekening the hours of the whole year against the toezegging, and the results.
     */
    private static List<PcDocument.Afwijking> afwijkingen(Documentsoort soort, List<OpdrachtDocument> opdrachten, String gemeente,
                                                          Jaarstand stand, LocalDate peildatum) {
        List<PcDocument.Afwijking> afwijkingen = new ArrayList<>();
        for (OpdrachtDocument o : opdrachten) {
            BigDecimal toegezegd = stand.toegezegd(o).getOrDefault(gemeente, NUL);
            if (soort == Documentsoort.BEGROTING) {
                BigDecimal geraamd = geraamd(o, gemeente, stand);
                meld(afwijkingen, "uren", o, "Toegezegde tegen geraamde uren", geraamd, toegezegd, toelichting(o, stand.jaar()));
                continue;
            }
            BigDecimal besteed = stand.besteed(o).getOrDefault(gemeente, NUL);
            BigDecimal verwacht = soort == Documentsoort.JAARREKENING ? toegezegd : naarRato(toegezegd, stand.jaar(), peildatum);
            meld(afwijkingen, "uren", o, soort == Documentsoort.JAARREKENING ? "Bestede tegen toegezegde uren over het jaar"
                    : "Bestede uren tegen het naar rato verwachte deel van de toezegging", verwacht, besteed, toelichting(o, stand.jaar()));
            for (OpdrachtDocument.Afspraak a : o.getAfspraken()) {
                a.metingen().stream().filter(m -> !m.peildatum().isAfter(peildatum))
                        .max(Comparator.comparing(OpdrachtDocument.Meting::peildatum).thenComparing(OpdrachtDocument.Meting::vastgelegdOp))
                        .ifPresent(m -> meld(afwijkingen, "resultaat", o, a.soort().code() + ": " + a.indicator() + " (" + a.eenheid() + ")",
                                a.streefwaarde(), m.waarde(), m.toelichting() == null ? "Geen toelichting vastgelegd." : m.toelichting()));
            }
        }
        return afwijkingen;
    }

    private static void meld(List<PcDocument.Afwijking> afwijkingen, String soort, OpdrachtDocument o, String omschrijving,
                             BigDecimal verwacht, BigDecimal werkelijk, String toelichting) {
        BigDecimal afwijking = afwijking(verwacht, werkelijk);
        if (afwijking != null && afwijking.abs().compareTo(DREMPEL) > 0) {
            afwijkingen.add(new PcDocument.Afwijking(soort, o.getId(), o.getTitel(), omschrijving, verwacht, werkelijk, afwijking, toelichting));
        }
    }

    /** What an opdracht's own history says about its hours: overschrijdingen of the jaar and wijzigingen, newest last. */
    private static String toelichting(OpdrachtDocument o, int jaar) {
        List<String> delen = new ArrayList<>();
        o.getOverschrijdingen().stream().filter(x -> x.jaar() == jaar).forEach(x -> delen.add("Overschrijding aanvaard: " + x.reden()));
        o.getWijzigingen().forEach(w -> delen.add("Wijziging: " + w.reden()));
        return delen.isEmpty() ? "Geen toelichting vastgelegd." : String.join(" ", delen);
    }

    /** The part of the toezegging due by the peildatum, in proportion to the days of the jaar that have passed. */
    static BigDecimal naarRato(BigDecimal toegezegd, int jaar, LocalDate peildatum) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        if (peildatum.isBefore(begin)) {
            return NUL;
        }
        int dagen = begin.lengthOfYear();
        int verstreken = peildatum.getYear() > jaar ? dagen : peildatum.getDayOfYear();
        return toegezegd.multiply(BigDecimal.valueOf(verstreken)).divide(BigDecimal.valueOf(dagen), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal afwijking(BigDecimal verwacht, BigDecimal werkelijk) {
        if (verwacht == null || werkelijk == null || verwacht.signum() == 0) {
            return null;
        }
        return werkelijk.subtract(verwacht).divide(verwacht.abs(), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal som(List<PcDocument.Opdrachtregel> regels, Function<PcDocument.Opdrachtregel, BigDecimal> veld) {
        return regels.stream().map(veld).reduce(NUL, BigDecimal::add);
    }

    private static BigDecimal euro(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_EVEN);
    }
}

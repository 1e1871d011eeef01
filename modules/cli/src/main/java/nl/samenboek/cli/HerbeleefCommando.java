package nl.samenboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import me.tongfei.progressbar.ProgressBar;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.overdracht.Exportbestand;
import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import nl.samenboek.projections.aanbeveling.AanbevelingDocument;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.opdracht.Opdrachtverloop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Replays a gemeente's exported history up to an instant, offline, and prints the state as the ledger knew it then:
 * the opdrachten with their status, niveau and hours, the verdeelsleutel, and the uitvoeringsagenda. The chain is
 * verified while replaying, and the events are folded by the same code as the API's read side.
 */
@Command(name = "herbeleef", description = "Herbeleef de geschiedenis van een gemeente uit een export tot een tijdstip en toon de stand.")
class HerbeleefCommando implements Callable<Integer> {

    @Option(names = {"--bestand", "-b"}, required = true, description = "het exportbestand (NDJSON)")
    Path bestand;

    @Option(names = "--tot", description = "ISO-8601-tijdstip (2026-03-01T12:00:00Z) of datum (2026-03-01: het eind van die dag, "
            + "Nederlandse tijd); alleen wat het grootboek toen had vastgelegd telt. Standaard: alles.")
    String tot;

    @Option(names = "--stil", description = "geen voortgangsbalk")
    boolean stil;

    private final Map<String, OpdrachtDocument> opdrachten = new LinkedHashMap<>();
    private final Map<String, AanbevelingDocument> aanbevelingen = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, BigDecimal>> verdeelsleutels = new TreeMap<>();
    private long meegeteld;
    private long kopVolgnummer;
    private String kopHash;

    @Override
    public Integer call() throws Exception {
        Peilmoment peilmoment;
        try {
            peilmoment = peilmoment(tot);
        } catch (DateTimeParseException e) {
            System.err.println("--tot '" + tot + "' is geen ISO-8601-tijdstip of datum.");
            return 2;
        }
        Ketencontrole[] controle = {null};
        try (InputStream in = Files.newInputStream(bestand); ProgressBar balk = Voortgang.balk("herbeleven", Files.size(bestand), stil)) {
            Exportbestand.lees(in, regel -> {
                if (controle[0] == null) {
                    controle[0] = new Ketencontrole(regel.gemeente());
                }
                if (!controle[0].controleer(regel)) {
                    return false;
                }
                JsonNode gebeurtenis = regel.gebeurtenis();
                Instant tijdstip = Exportbestand.tijdstip(gebeurtenis);
                if (peilmoment.bekendOp() == null || !tijdstip.isAfter(peilmoment.bekendOp())) {
                    pasToe(gebeurtenis, Exportbestand.inhoud(gebeurtenis), tijdstip);
                    kopVolgnummer = regel.volgnummer();
                    kopHash = regel.hash();
                }
                return true;
            }, balk::stepTo);
        } catch (Exportbestand.OngeldigeRegel | IllegalArgumentException fout) {
            System.err.println("ONGELDIG: " + fout.getMessage());
            return VerifieerCommando.ONGELDIG;
        }
        if (controle[0] == null) {
            System.err.println("ONGELDIG: het bestand bevat geen grootboekregels");
            return VerifieerCommando.ONGELDIG;
        }
        Verificatie verificatie = controle[0].uitkomst();
        if (!verificatie.geldig()) {
            System.out.println(VerifieerCommando.rapport(verificatie));
            System.err.println("Niet herbeleefd: een stand uit een gewijzigd grootboek zegt niets.");
            return VerifieerCommando.ONGELDIG;
        }
        druk(System.out, verificatie, peilmoment);
        return 0;
    }

    private void pasToe(JsonNode gebeurtenis, Gebeurtenis inhoud, Instant tijdstip) {
        meegeteld++;
        long versie = gebeurtenis.path("versie").asLong();
        String aggregaatId = gebeurtenis.path("aggregaatId").asText();
        if (inhoud instanceof OpdrachtGebeurtenis opdracht) {
            Opdrachtverloop.verwerk(opdrachten.computeIfAbsent(aggregaatId, id -> new OpdrachtDocument()), opdracht, versie, tijdstip);
        } else if (inhoud instanceof AanbevelingGebeurtenis aanbeveling) {
            aanbevelingen.computeIfAbsent(aggregaatId, id -> new AanbevelingDocument()).verwerk(aanbeveling, versie, tijdstip);
        } else if (inhoud instanceof VerdeelsleutelVastgesteld sleutel) {
            verdeelsleutels.put(sleutel.ingangsdatum(), new TreeMap<>(sleutel.aandelen()));
        }
    }

    private void druk(PrintStream uit, Verificatie verificatie, Peilmoment peilmoment) {
        String moment = peilmoment.bekendOp() == null ? "nu" : peilmoment.bekendOp().toString();
        uit.println("Grootboek van " + verificatie.gemeente() + " (" + verificatie.aantal() + " regels, GELDIG, hoofdHash "
                + verificatie.hoofdHash() + ")");
        uit.println("Herbeleefd tot " + moment + ": " + meegeteld + " gebeurtenissen"
                + (kopHash == null ? "" : ", kop toen volgnummer " + kopVolgnummer + " hash " + kopHash));
        Map.Entry<LocalDate, Map<String, BigDecimal>> sleutel = verdeelsleutels.floorEntry(peilmoment.datum());
        if (sleutel != null) {
            uit.println("Verdeelsleutel vanaf " + sleutel.getKey() + ": " + sleutel.getValue().entrySet().stream()
                    .map(a -> a.getKey() + " " + a.getValue().stripTrailingZeros().toPlainString()).collect(Collectors.joining(", ")));
        }

        uit.println();
        uit.println("Opdrachten (" + opdrachten.size() + "), uren van de hele opdracht:");
        uit.printf("  %-36s  %-26s  %-7s  %4s  %9s  %9s  %9s  %s%n", "id", "status", "niveau", "jaar", "geraamd", "toegezegd", "besteed", "titel");
        BigDecimal geraamd = BigDecimal.ZERO;
        BigDecimal toegezegd = BigDecimal.ZERO;
        BigDecimal besteed = BigDecimal.ZERO;
        for (OpdrachtDocument o : opdrachten.values().stream().sorted(Comparator.comparing(OpdrachtDocument::getAangevraagdOp)
                .thenComparing(OpdrachtDocument::getId)).toList()) {
            uit.printf("  %-36s  %-26s  %-7s  %4d  %9s  %9s  %9s  %s%n", o.getId(), o.getStatus().code(), o.niveau().code(),
                    o.getBegrotingsjaar(), uren(o.getGeraamdeUren()), uren(o.toegezegdeUren()), uren(o.besteedUren()), o.getTitel());
            geraamd = geraamd.add(o.getGeraamdeUren());
            toegezegd = toegezegd.add(o.toegezegdeUren());
            besteed = besteed.add(o.besteedUren());
        }
        uit.printf("  %-36s  %-26s  %-7s  %4s  %9s  %9s  %9s%n", "totaal", "", "", "", uren(geraamd), uren(toegezegd), uren(besteed));

        uit.println();
        uit.println("Uitvoeringsagenda op " + peilmoment.datum() + ":");
        for (AanbevelingDocument a : aanbevelingen.values().stream().sorted(Comparator.comparing(AanbevelingDocument::getLetter)).toList()) {
            Aanbevelingen.Toestand toestand = Aanbevelingen.toestand(a, peilmoment);
            uit.printf("  %s  %-13s  deadline %-10s  %s%n", a.getLetter(), toestand.status().code(),
                    toestand.deadline() == null ? "geen" : toestand.deadline(), a.getTitel());
        }
    }

    private static String uren(BigDecimal uren) {
        return uren.stripTrailingZeros().toPlainString();
    }

    static Peilmoment peilmoment(String tot) {
        if (tot == null || tot.isBlank()) {
            return Peilmoment.nu();
        }
        if (tot.length() == 10) {
            LocalDate datum = LocalDate.parse(tot);
            return new Peilmoment(datum, datum.plusDays(1).atStartOfDay(Peilmoment.ZONE).toInstant().minusMillis(1));
        }
        Instant tijdstip = Instant.parse(tot);
        return new Peilmoment(LocalDate.ofInstant(tijdstip, Peilmoment.ZONE), tijdstip);
    }
}

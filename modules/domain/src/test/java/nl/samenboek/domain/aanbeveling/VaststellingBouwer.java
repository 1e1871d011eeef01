package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.aanbeveling.Terugkerend;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Recommendation C of the nota as adopted on 22 October 2024, valid unless a test changes it, and the event it leads
 * to: {@code VaststellingBouwer.aanbevelingC().metLetter("Y").bouw()}.
 */
public final class VaststellingBouwer {

    public static final LocalDate NOTA = LocalDate.of(2024, 10, 22);

    private String letter = "C";
    private String titel = "Spreek evaluaties af";
    private Aanbevelingscategorie categorie = Aanbevelingscategorie.INSTRUMENTEEL;
    private String beoogdResultaat = "Evaluaties zijn standaard";
    private String tijdpad = "1e kwartaal 2025";
    private LocalDate deadline = LocalDate.of(2025, 3, 31);
    private List<Mijlpaal> mijlpalen = List.of();
    private Terugkerend terugkerend;
    private LocalDate vastgesteldOp = NOTA;
    private String bron = "nota";
    private List<String> gemeenten = List.of("hillegom", "lisse", "teylingen");

    private VaststellingBouwer() {
    }

    public static VaststellingBouwer aanbevelingC() {
        return new VaststellingBouwer();
    }

    public VaststellingBouwer metLetter(String letter) {
        this.letter = letter;
        return this;
    }

    public VaststellingBouwer metTitel(String titel) {
        this.titel = titel;
        return this;
    }

    public VaststellingBouwer metCategorie(Aanbevelingscategorie categorie) {
        this.categorie = categorie;
        return this;
    }

    public VaststellingBouwer metMijlpalen(List<Mijlpaal> mijlpalen) {
        this.mijlpalen = mijlpalen;
        return this;
    }

    public VaststellingBouwer vastgesteldOp(LocalDate datum) {
        this.vastgesteldOp = datum;
        return this;
    }

    /** The gemeenten it concerns; null for none given. */
    public VaststellingBouwer voor(String... gemeenten) {
        this.gemeenten = gemeenten == null ? null : Arrays.asList(gemeenten);
        return this;
    }

    public StelAanbevelingVast bouw() {
        return new StelAanbevelingVast(letter, titel, categorie, beoogdResultaat, tijdpad, deadline, mijlpalen, terugkerend,
                vastgesteldOp, bron, gemeenten);
    }

    /** The event: as the command, with the gemeenten in order and no mijlpalen as an empty list. */
    public AanbevelingVastgesteld vastgesteld() {
        return new AanbevelingVastgesteld(letter, titel, categorie, beoogdResultaat, tijdpad, deadline,
                mijlpalen == null ? List.of() : mijlpalen, terugkerend, vastgesteldOp, bron, gemeenten.stream().sorted().toList());
    }
}

package nl.samenboek.projections.signaal;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.groeimodel.Jaarstanden;
import nl.samenboek.projections.opdracht.Opdrachten;
import nl.samenboek.projections.verwerking.Antwoordcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** The signals as of a peildatum, for everyone who steers: from the read models, or folded as of an earlier moment. */
@Component
public class Signalen {

    private final Jaarstanden jaarstanden;
    private final Opdrachten opdrachten;
    private final Aanbevelingen aanbevelingen;
    private final Antwoordcache cache;
    private final Signaalnormen normen;

    public Signalen(Jaarstanden jaarstanden, Opdrachten opdrachten, Aanbevelingen aanbevelingen, Antwoordcache cache,
                    @Value("${samenboek.signalen.verdeelsleutel-marge:0.05}") BigDecimal verdeelsleutelMarge,
                    @Value("${samenboek.signalen.maatwerk-norm:0.20}") BigDecimal maatwerkNorm) {
        this.jaarstanden = jaarstanden;
        this.opdrachten = opdrachten;
        this.aanbevelingen = aanbevelingen;
        this.cache = cache;
        this.normen = new Signaalnormen(verdeelsleutelMarge, maatwerkNorm);
    }

    /** Every signal of the jaar of the peildatum, most serious first. */
    public List<Signaal> alle(Peilmoment peilmoment) {
        if (peilmoment.isNu()) {
            return cache.geef(List.of("signalen", peilmoment.datum()), () -> bereken(peilmoment));
        }
        return bereken(peilmoment);
    }

    private List<Signaal> bereken(Peilmoment peilmoment) {
        int jaar = peilmoment.datum().getYear();
        return Signaleringsberekening.bereken(jaarstanden.stand(jaar, peilmoment), jaarstanden.capaciteit(jaar, peilmoment),
                opdrachten.lopend(peilmoment), aanbevelingen.agenda(peilmoment), normen);
    }
}

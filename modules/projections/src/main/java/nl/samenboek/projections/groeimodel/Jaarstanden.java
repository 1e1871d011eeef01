package nl.samenboek.projections.groeimodel;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.projections.budget.Budgetten;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.Capaciteitsberekening;
import nl.samenboek.projections.capaciteit.Werkplannen;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.opdracht.Opdrachten;
import nl.samenboek.projections.verwerking.Antwoordcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** Answers groeimodel and capaciteit questions for a jaar at a peilmoment, from the read models. */
@Component
public class Jaarstanden {

    private final Opdrachten opdrachten;
    private final Gemeenten gemeenten;
    private final Werkplannen werkplannen;
    private final Budgetten budgetten;
    private final Groeimodelnormen normen;
    private final Antwoordcache cache;

    public Jaarstanden(Opdrachten opdrachten, Gemeenten gemeenten, Werkplannen werkplannen, Budgetten budgetten, Antwoordcache cache,
                       @Value("${samenboek.groeimodel.norm.input:1}") BigDecimal input,
                       @Value("${samenboek.groeimodel.norm.output:1}") BigDecimal output,
                       @Value("${samenboek.groeimodel.norm.outcome:1}") BigDecimal outcome) {
        this.opdrachten = opdrachten;
        this.gemeenten = gemeenten;
        this.werkplannen = werkplannen;
        this.budgetten = budgetten;
        this.normen = new Groeimodelnormen(input, output, outcome);
        this.cache = cache;
    }

    public Jaarstand stand(int jaar, Peilmoment peilmoment) {
        if (peilmoment.isNu()) {
            return cache.geef(List.of("jaarstand", jaar), () -> lees(jaar, peilmoment));
        }
        return lees(jaar, peilmoment);
    }

    private Jaarstand lees(int jaar, Peilmoment peilmoment) {
        return new Jaarstand(jaar, peilmoment, opdrachten.inJaar(jaar, peilmoment),
                gemeenten.lijst(peilmoment).stream().map(Gemeenten.Gemeente::code).toList(),
                gemeenten.verdeelsleutels(peilmoment), werkplannen.werkplannen(jaar, peilmoment), werkplannen.tarieven(jaar, peilmoment),
                werkplannen.formaties(jaar, peilmoment), budgetten.budgetten(jaar, peilmoment));
    }

    public Groeimodel groeimodel(String gemeente, int jaar, Peilmoment peilmoment) {
        if (peilmoment.isNu()) {
            return cache.geef(java.util.Arrays.asList("groeimodel", gemeente, jaar),
                    () -> Groeimodelberekening.bereken(stand(jaar, peilmoment), gemeente, normen));
        }
        return Groeimodelberekening.bereken(stand(jaar, peilmoment), gemeente, normen);
    }

    public Capaciteit capaciteit(int jaar, Peilmoment peilmoment) {
        if (peilmoment.isNu()) {
            return cache.geef(List.of("capaciteit", jaar), () -> Capaciteitsberekening.bereken(stand(jaar, peilmoment)));
        }
        return Capaciteitsberekening.bereken(stand(jaar, peilmoment));
    }

    public Groeimodelnormen normen() {
        return normen;
    }
}

package nl.samenboek.projections.groeimodel;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.Capaciteitsberekening;
import nl.samenboek.projections.capaciteit.Werkplannen;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.opdracht.Opdrachten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Answers groeimodel and capaciteit questions for a jaar at a peilmoment, from the read models. */
@Component
public class Jaarstanden {

    private final Opdrachten opdrachten;
    private final Gemeenten gemeenten;
    private final Werkplannen werkplannen;
    private final Groeimodelnormen normen;

    public Jaarstanden(Opdrachten opdrachten, Gemeenten gemeenten, Werkplannen werkplannen,
                       @Value("${samenboek.groeimodel.norm.input:1}") BigDecimal input,
                       @Value("${samenboek.groeimodel.norm.output:1}") BigDecimal output,
                       @Value("${samenboek.groeimodel.norm.outcome:1}") BigDecimal outcome) {
        this.opdrachten = opdrachten;
        this.gemeenten = gemeenten;
        this.werkplannen = werkplannen;
        this.normen = new Groeimodelnormen(input, output, outcome);
    }

    public Jaarstand stand(int jaar, Peilmoment peilmoment) {
        return new Jaarstand(jaar, peilmoment, opdrachten.inJaar(jaar, peilmoment),
                gemeenten.lijst(peilmoment).stream().map(Gemeenten.Gemeente::code).toList(),
                gemeenten.verdeelsleutels(peilmoment), werkplannen.werkplannen(jaar, peilmoment), werkplannen.tarieven(jaar, peilmoment));
    }

    public Groeimodel groeimodel(String gemeente, int jaar, Peilmoment peilmoment) {
        return Groeimodelberekening.bereken(stand(jaar, peilmoment), gemeente, normen);
    }

    public Capaciteit capaciteit(int jaar, Peilmoment peilmoment) {
        return Capaciteitsberekening.bereken(stand(jaar, peilmoment));
    }

    public Groeimodelnormen normen() {
        return normen;
    }
}

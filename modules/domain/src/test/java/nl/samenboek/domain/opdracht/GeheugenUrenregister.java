package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.OpdrachtId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The urenregister as the fixture tests need it: registrations held in memory (PostgreSQL's table answers it in the
 * application, tested in UrenboekIT). Empty unless a test books hours.
 */
public final class GeheugenUrenregister implements Urenregister {

    private final Map<String, Registratie> registraties = new LinkedHashMap<>();

    public static GeheugenUrenregister leeg() {
        return new GeheugenUrenregister();
    }

    /** A registration that versie {@code versie} of the opdracht produced. */
    public GeheugenUrenregister met(OpdrachtId opdracht, long versie, LocalDate datum, String medewerker, String uren) {
        registraties.put(opdracht + "/" + versie, new Registratie(datum, medewerker, new BigDecimal(uren)));
        return this;
    }

    @Override
    public BigDecimal urenOpDag(String medewerker, LocalDate datum) {
        return registraties.values().stream().filter(r -> r.medewerker().equals(medewerker) && r.datum().equals(datum))
                .map(Registratie::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Reserved hours count as a registration of their own, as in a transaction that has not committed yet. */
    @Override
    public void reserveer(String medewerker, LocalDate datum, BigDecimal uren) {
        registraties.put("gereserveerd/" + registraties.size(), new Registratie(datum, medewerker, uren));
    }

    @Override
    public Optional<Registratie> registratie(OpdrachtId opdracht, long versie) {
        return Optional.ofNullable(registraties.get(opdracht + "/" + versie));
    }
}

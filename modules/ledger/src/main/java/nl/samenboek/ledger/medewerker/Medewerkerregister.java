package nl.samenboek.ledger.medewerker;

import nl.samenboek.domain.opdracht.Pseudoniemregister;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is behind a pseudonymous medewerker id (docs/architecture.md, principle 6). Events carry only the pseudonym; this table, outside
 * the ledger and its hash chains, maps it to a person and can be erased on request (AVG art. 17) without touching a
 * single ledger entry. The pseudonym is random, so it reveals nothing about the person once the name is gone. The
 * register is also the only issuer of pseudonyms: a command books hours only on one it issued and whose person is not
 * erased ({@link Pseudoniemregister}, docs/security.md).
 */
public class Medewerkerregister implements Pseudoniemregister {

    private static final int MAXIMALE_NAAMLENGTE = 200;
    private static final Pattern NAAM = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’-]*");
    private static final char[] TEKENS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final RowMapper<Medewerker> RIJ = (rij, n) -> new Medewerker(rij.getString("pseudoniem"),
            rij.getString("naam"), rij.getTimestamp("vastgelegd_op").toInstant());

    private final JdbcTemplate jdbc;
    private final SecureRandom toeval = new SecureRandom();

    public Medewerkerregister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a person and returns the new pseudonym under which their hours are recorded. */
    public Medewerker registreer(String naam) {
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoer("naam", "is verplicht");
        }
        String schoon = naam.strip();
        if (schoon.length() > MAXIMALE_NAAMLENGTE || !NAAM.matcher(schoon).matches()) {
            throw new OngeldigeInvoer("naam", "een naam van hoogstens " + MAXIMALE_NAAMLENGTE
                    + " tekens: letters, spaties, punten, apostroffen en koppeltekens");
        }
        String pseudoniem = nieuwPseudoniem();
        jdbc.update("INSERT INTO medewerker (pseudoniem, naam) VALUES (?, ?)", pseudoniem, schoon);
        return zoek(pseudoniem).orElseThrow();
    }

    /** The person behind a pseudonym; empty when the register never issued it, or issued it nameless, or erased them. */
    public Optional<Medewerker> zoek(String pseudoniem) {
        return jdbc.query("SELECT * FROM medewerker WHERE pseudoniem = ? AND naam IS NOT NULL", RIJ, pseudoniem)
                .stream().findFirst();
    }

    /**
     * Erases the person behind a pseudonym: the name goes, the pseudonym stays in the events and in the register, now
     * pointing at nobody and taking no new hours.
     */
    public boolean wis(String pseudoniem) {
        return jdbc.update("UPDATE medewerker SET naam = NULL, gewist_op = now() WHERE pseudoniem = ? AND naam IS NOT NULL",
                pseudoniem) == 1;
    }

    /**
     * Within one unit of work (a timesheet checks the same pseudonym on each of its lines) a pseudonym is looked up once.
     */
    @Override
    public Stand stand(String pseudoniem) {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Stand> gezien = CurrentUnitOfWork.get().root()
                    .getOrComputeResource(Medewerkerregister.class.getName(), sleutel -> new HashMap<String, Stand>());
            return gezien.computeIfAbsent(pseudoniem, this::standInDeDatabase);
        }
        return standInDeDatabase(pseudoniem);
    }

    private Stand standInDeDatabase(String pseudoniem) {
        return jdbc.query("SELECT gewist_op IS NOT NULL AS gewist FROM medewerker WHERE pseudoniem = ?",
                        (rij, n) -> rij.getBoolean("gewist") ? Stand.GEWIST : Stand.ACTIEF, pseudoniem)
                .stream().findFirst().orElse(Stand.ONBEKEND);
    }

    /**
     * Takes pseudonyms of another instance into the register without a name (there is none to carry): an imported
     * grootboek's medewerkers, whose history must stay valid here. Pseudonyms already known stay as they are.
     */
    public void neemOverZonderNaam(Collection<String> pseudoniemen) {
        jdbc.batchUpdate("INSERT INTO medewerker (pseudoniem, naam, herkomst) VALUES (?, NULL, 'import') "
                + "ON CONFLICT (pseudoniem) DO NOTHING", pseudoniemen.stream().map(p -> new Object[] {p}).toList());
    }

    private String nieuwPseudoniem() {
        StringBuilder pseudoniem = new StringBuilder("mw-");
        for (int i = 0; i < 16; i++) {
            pseudoniem.append(TEKENS[toeval.nextInt(TEKENS.length)]);
        }
        return pseudoniem.toString();
    }
}

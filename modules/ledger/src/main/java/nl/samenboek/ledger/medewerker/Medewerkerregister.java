package nl.samenboek.ledger.medewerker;

import nl.samenboek.messages.fout.OngeldigeInvoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is behind a pseudonymous medewerker id (docs/architecture.md, principle 6). Events carry only the pseudonym; this table, outside
 * the ledger and its hash chains, maps it to a person and can be erased on request (AVG art. 17) without touching a
 * single ledger entry. The pseudonym is random, so it reveals nothing about the person once the row is gone.
 */
public class Medewerkerregister {

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

    public Optional<Medewerker> zoek(String pseudoniem) {
        return jdbc.query("SELECT * FROM medewerker WHERE pseudoniem = ?", RIJ, pseudoniem).stream().findFirst();
    }

    /** Erases the person behind a pseudonym; the pseudonym stays in the events, now pointing at nobody. */
    public boolean wis(String pseudoniem) {
        return jdbc.update("DELETE FROM medewerker WHERE pseudoniem = ?", pseudoniem) == 1;
    }

    private String nieuwPseudoniem() {
        StringBuilder pseudoniem = new StringBuilder("mw-");
        for (int i = 0; i < 16; i++) {
            pseudoniem.append(TEKENS[toeval.nextInt(TEKENS.length)]);
        }
        return pseudoniem.toString();
    }
}

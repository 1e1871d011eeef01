package nl.samenboek.ledger.controlepunt;

import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import org.axonframework.common.DateTimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The signed checkpoints per gemeente. A new checkpoint is only signed after the entries since the previous one have
 * been verified against the event store, so the instance never signs a chain it cannot vouch for.
 */
public class Controlepunten {

    private static final Logger LOG = LoggerFactory.getLogger(Controlepunten.class);
    private static final RowMapper<Controlepunt> RIJ = (rij, n) -> new Controlepunt(rij.getString("gemeente"),
            rij.getLong("aantal"), rij.getString("hoofd_hash"), rij.getString("tijdstip"), rij.getString("algoritme"),
            rij.getString("sleutel"), rij.getString("handtekening"));

    private final JdbcTemplate jdbc;
    private final Grootboeklezer grootboek;
    private final Ondertekenaar ondertekenaar;
    private final Clock klok;

    public Controlepunten(JdbcTemplate jdbc, Grootboeklezer grootboek, Ondertekenaar ondertekenaar, Clock klok) {
        this.jdbc = jdbc;
        this.grootboek = grootboek;
        this.ondertekenaar = ondertekenaar;
        this.klok = klok;
    }

    /** Newest first. */
    public List<Controlepunt> lijst(String gemeente, int pagina, int paginagrootte) {
        return jdbc.query("SELECT * FROM controlepunt WHERE gemeente = ? ORDER BY aantal DESC LIMIT ? OFFSET ?", RIJ,
                gemeente, paginagrootte, (long) (pagina - 1) * paginagrootte);
    }

    public List<Controlepunt> alle(String gemeente) {
        return jdbc.query("SELECT * FROM controlepunt WHERE gemeente = ? ORDER BY aantal", RIJ, gemeente);
    }

    public long aantal(String gemeente) {
        Long aantal = jdbc.queryForObject("SELECT count(*) FROM controlepunt WHERE gemeente = ?", Long.class, gemeente);
        return aantal == null ? 0 : aantal;
    }

    public Optional<Controlepunt> laatste(String gemeente) {
        return jdbc.query("SELECT * FROM controlepunt WHERE gemeente = ? ORDER BY aantal DESC LIMIT 1", RIJ, gemeente).stream().findFirst();
    }

    /**
     * Makes sure a checkpoint covers the current head: signs one when none does and the entries since the last
     * checkpoint verify. Returns the checkpoint that covers the head, or empty when the grootboek is empty or broken.
     */
    public Optional<Controlepunt> zorgVoorActueel(String gemeente) {
        Optional<Grootboeklezer.Kop> kop = grootboek.kop(gemeente);
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        Optional<Controlepunt> laatste = laatste(gemeente);
        if (laatste.isPresent() && laatste.get().aantal() == kop.get().aantal()) {
            return laatste;
        }
        if (laatste.isPresent() && laatste.get().aantal() > kop.get().aantal()) {
            LOG.error("Geen controlepunt voor {}: het grootboek heeft {} regels, maar een ondertekend controlepunt noemt er {}",
                    gemeente, kop.get().aantal(), laatste.get().aantal());
            return Optional.empty();
        }
        if (laatste.isPresent() && !Ondertekenaar.klopt(laatste.get(), ondertekenaar.publiek())) {
            // the base of the next checkpoint must be one this instance signed: a row put into the table by hand would
            // otherwise let a rewritten history be signed from there on
            LOG.error("Geen controlepunt voor {}: het laatste controlepunt (regel {}) heeft geen geldige handtekening",
                    gemeente, laatste.get().aantal());
            return Optional.empty();
        }
        Ketencontrole controle = laatste.map(p -> Ketencontrole.vanaf(gemeente, p.aantal(), p.hoofdHash()))
                .orElseGet(() -> new Ketencontrole(gemeente));
        Verificatie verificatie = grootboek.verifieer(controle, gemeente);
        if (!verificatie.geldig()) {
            LOG.error("Geen controlepunt voor {}: het grootboek klopt niet vanaf regel {} ({})", gemeente,
                    verificatie.eersteFout().volgnummer(), verificatie.eersteFout().reden());
            return Optional.empty();
        }
        Controlepunt nieuw = ondertekenaar.onderteken(gemeente, verificatie.aantal(), verificatie.hoofdHash(),
                DateTimeUtils.formatInstant(klok.instant()));
        jdbc.update("INSERT INTO controlepunt (gemeente, aantal, hoofd_hash, tijdstip, algoritme, sleutel, handtekening) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (gemeente, aantal) DO NOTHING",
                nieuw.gemeente(), nieuw.aantal(), nieuw.hoofdHash(), nieuw.tijdstip(), nieuw.algoritme(), nieuw.sleutel(),
                nieuw.handtekening());
        return laatste(gemeente);
    }
}

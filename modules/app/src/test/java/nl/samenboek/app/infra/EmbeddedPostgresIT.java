package nl.samenboek.app.infra;

import nl.samenboek.app.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL is a real server configured for a ledger: nothing acknowledged may be lost. */
class EmbeddedPostgresIT extends IntegratieTest {

    @Test
    void schrijftDuurzaamNaarSchijf() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void bewaartPayloadsAlsByteaNooitAlsOid() {
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'domain_event_entry' AND column_name = 'payload'", String.class)).isEqualTo("bytea");
    }

    @Test
    void weigertElkeWijzigingVanGebeurtenissenEnGrootboek() {
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload_type = 'x'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM grootboek"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("onveranderlijk");
    }
}

package nl.samenboek.api.fout;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class OpslagstoringTest {

    private static Exception ingepakt(String sqlState) {
        return new IllegalStateException("commit mislukt", new RuntimeException(new SQLException("ERROR", sqlState)));
    }

    @Test
    void herkentAlleenLezenSchijfVolEnTeWeinigMiddelen() {
        assertThat(Opslagstoring.in(ingepakt("25006"))).contains(Opslagstoring.ALLEEN_LEZEN);
        assertThat(Opslagstoring.in(ingepakt("53100"))).contains(Opslagstoring.SCHIJF_VOL);
        assertThat(Opslagstoring.in(ingepakt("53200"))).contains(Opslagstoring.MIDDELEN_OP);
        assertThat(Opslagstoring.in(ingepakt("53300"))).contains(Opslagstoring.MIDDELEN_OP);
        assertThat(Opslagstoring.in(ingepakt("08006"))).contains(Opslagstoring.DATABASE_WEG);
    }

    @Test
    void herkentEenWeggevallenMongoDbOokAlsSpringHemVertaalde() {
        var weg = new com.mongodb.MongoTimeoutException("Timed out while waiting for a server");
        assertThat(Opslagstoring.in(new DataAccessResourceFailureException("Timed out", weg))).contains(Opslagstoring.LEESMODELLEN_WEG);
        assertThat(Opslagstoring.in(new DataAccessResourceFailureException("weg"))).contains(Opslagstoring.DATABASE_WEG);
    }

    @Test
    void eenGewoneFoutIsGeenOpslagstoring() {
        assertThat(Opslagstoring.in(ingepakt("23505"))).isEmpty();
        assertThat(Opslagstoring.in(new IllegalArgumentException("nee"))).isEmpty();
    }
}

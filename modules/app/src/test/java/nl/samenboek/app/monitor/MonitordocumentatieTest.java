package nl.samenboek.app.monitor;

import nl.samenboek.messages.monitor.Indicator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/monitor.md describes every indicator the monitor computes, with its unit and richting. */
class MonitordocumentatieTest {

    @Test
    void elkeIndicatorStaatInDocsMonitor() throws IOException {
        String monitor = Files.readString(Path.of("../../docs/monitor.md"));
        for (Indicator indicator : Indicator.values()) {
            assertThat(monitor).as(indicator.code()).contains("| `" + indicator.code() + "` | "
                    + indicator.perspectief().code().replace('-', ' ') + " | " + indicator.naam() + " | " + indicator.eenheid().code()
                    + " | " + indicator.richting().code() + " |");
        }
    }
}

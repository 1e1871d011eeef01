package nl.samenboek.messages.monitor;

import java.time.LocalDate;
import java.util.List;

/** A raad approved a meting; booked in that gemeente's grootboek only. */
public record MetingVastgesteld(String metingId, String gemeente, String besluit, LocalDate datum, List<String> gemeenten)
        implements MonitorGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}

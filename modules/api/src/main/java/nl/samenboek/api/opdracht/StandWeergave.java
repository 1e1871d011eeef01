package nl.samenboek.api.opdracht;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.samenboek.api.http.Link;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.OpdrachtStatus;

import java.util.Map;

/** The answer to every write on an opdracht: its id, status, versie and niveau right after the write. */
public record StandWeergave(String id, OpdrachtStatus status, long versie, Niveau niveau,
                            @JsonProperty("_links") Map<String, Link> links) {

    public static StandWeergave van(OpdrachtStand stand) {
        return new StandWeergave(stand.id().waarde(), stand.status(), stand.versie(), stand.niveau(),
                Map.of("self", new Link(OpdrachtLeesController.PAD + "/" + stand.id().waarde())));
    }
}

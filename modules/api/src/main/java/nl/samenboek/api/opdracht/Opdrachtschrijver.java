package nl.samenboek.api.opdracht;

import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.schrijven.Idempotentie;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.BiFunction;

/**
 * A write on an existing opdracht, the same for each of its sub-resources: who may act (403), the versie of
 * If-Match (400 when malformed), the Idempotency-Key for this request body, and the command through the
 * {@link Schrijfpad}.
 */
@Component
class Opdrachtschrijver {

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;

    Opdrachtschrijver(Toegang toegang, Schrijfpad schrijfpad) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
    }

    /** The write, answered as the opdracht right after it: 200 with its id, status, versie and niveau, and its ETag. */
    ResponseEntity<StandWeergave> schrijf(Handeling handeling, String id, Object verzoek, Schrijfverzoek schrijf,
                                          BiFunction<Gebruiker, Long, Object> commando) {
        OpdrachtStand stand = voerUit(handeling, id, verzoek, schrijf, commando, OpdrachtStand.class);
        return ResponseEntity.ok().eTag(etag(stand.versie())).body(StandWeergave.van(stand));
    }

    /**
     * A write on an afspraak of the opdracht ({@code …/outputafspraken/{afspraak}/…}), answered like {@link #schrijf}.
     */
    ResponseEntity<StandWeergave> schrijfOpAfspraak(Handeling handeling, String id, String afspraak, Object verzoek,
                                                    Schrijfverzoek schrijf, BiFunction<Gebruiker, Long, Object> commando) {
        OpdrachtStand stand = voerUitOp(handeling, handeling.pad().replace("{id}", id).replace("{afspraak}", afspraak), verzoek, schrijf,
                commando, OpdrachtStand.class);
        return ResponseEntity.ok().eTag(etag(stand.versie())).body(StandWeergave.van(stand));
    }

    /** @param commando made from the caller and the versie the caller expects (null without If-Match) */
    <R> R voerUit(Handeling handeling, String id, Object verzoek, Schrijfverzoek schrijf, BiFunction<Gebruiker, Long, Object> commando,
                  Class<R> resultaattype) {
        return voerUitOp(handeling, handeling.pad().replace("{id}", id), verzoek, schrijf, commando, resultaattype);
    }

    /** @param pad the request's own path below /api/v1: the Idempotency-Key's fingerprint names it */
    private <R> R voerUitOp(Handeling handeling, String pad, Object verzoek, Schrijfverzoek schrijf,
                          BiFunction<Gebruiker, Long, Object> commando, Class<R> resultaattype) {
        Gebruiker gebruiker = toegang.vereis(handeling);
        Long versie = schrijf.versie();
        Idempotentie sleutel = schrijf.idempotentie(gebruiker, handeling.methode(), pad, verzoek);
        return schrijfpad.voerUit(commando.apply(gebruiker, versie), sleutel, gebruiker, resultaattype);
    }

    /** An opdracht's versie as its ETag: {@code "3"}. */
    static String etag(long versie) {
        return "\"" + versie + "\"";
    }
}

package nl.samenboek.api.schrijven;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Stores the result of a command sent with an Idempotency-Key in the command's own unit of work, just before it
 * commits: the key and the events land together or not at all, so a retry after a crash finds the original answer.
 * A concurrent duplicate fails on the key's primary key and rolls back its events.
 */
@Component
public class IdempotentieInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String SLEUTEL = "idempotentieSleutel";
    static final String VERZOEK_HASH = "verzoekHash";

    private final IdempotentieOpslag opslag;

    public IdempotentieInterceptor(IdempotentieOpslag opslag) {
        this.opslag = opslag;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> eenheid, InterceptorChain keten) throws Exception {
        Object sleutel = eenheid.getMessage().getMetaData().get(SLEUTEL);
        Object resultaat = keten.proceed();
        if (sleutel != null && resultaat != null) {
            String verzoekHash = (String) eenheid.getMessage().getMetaData().get(VERZOEK_HASH);
            eenheid.onPrepareCommit(u -> opslag.bewaar((String) sleutel, verzoekHash, resultaat));
        }
        return resultaat;
    }
}

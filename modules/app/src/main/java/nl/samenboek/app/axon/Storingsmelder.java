package nl.samenboek.app.axon;

import nl.samenboek.projections.verwerking.Projectiestoringen;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells {@link Projectiestoringen} how a projection's batches go: a batch that rolls back (a handler refused an event,
 * or MongoDB did not take the writes at the end of the batch) marks the projection failing from then on; a batch that
 * commits clears it. The processor itself retries the batch with back-off (docs/reliability.md).
 */
final class Storingsmelder implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String projectie;
    private final Projectiestoringen storingen;
    private final String aangemeld;

    Storingsmelder(String projectie, Projectiestoringen storingen) {
        this.projectie = projectie;
        this.storingen = storingen;
        this.aangemeld = "storingsmelder:" + projectie;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> eenheid, InterceptorChain keten) throws Exception {
        UnitOfWork<?> batch = eenheid.root();
        if (batch.resources().putIfAbsent(aangemeld, Boolean.TRUE) == null) {
            batch.afterCommit(u -> storingen.hersteld(projectie));
            batch.onRollback(u -> storingen.meld(projectie, oorzaak(u)));
        }
        try {
            return keten.proceed();
        } catch (Exception fout) {
            batch.resources().put(aangemeld + ":fout", fout);
            throw fout;
        }
    }

    private Throwable oorzaak(UnitOfWork<?> batch) {
        Object fout = batch.resources().get(aangemeld + ":fout");
        if (fout instanceof Throwable t) {
            return t;
        }
        try {
            if (batch.getExecutionResult() != null && batch.getExecutionResult().isExceptionResult()) {
                return batch.getExecutionResult().getExceptionResult();
            }
        } catch (RuntimeException onbekend) {
            // no result recorded for this batch
        }
        return new IllegalStateException("de verwerking van een reeks gebeurtenissen is teruggedraaid");
    }
}

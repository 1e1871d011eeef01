package nl.samenboek.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.domain.aanbeveling.Aanbeveling;
import nl.samenboek.domain.bijeenkomst.Bijeenkomst;
import nl.samenboek.domain.budget.Budget;
import nl.samenboek.domain.formatie.Formatie;
import nl.samenboek.domain.opdracht.Opdracht;
import nl.samenboek.domain.tarief.Afdelingstarief;
import nl.samenboek.domain.monitor.Monitor;
import nl.samenboek.domain.werkplan.Werkplan;
import nl.samenboek.domain.samenwerking.Samenwerking;
import nl.samenboek.ledger.eventstore.EventsMetGrootboek;
import nl.samenboek.ledger.eventstore.Gebeurtenisopslag;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Gebeurtenisvorm;
import nl.samenboek.ledger.grootboek.Grootboekschrijver;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import nl.samenboek.projections.verwerking.Projectiestoringen;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon without Axon Server: the JDBC event store on PostgreSQL that books every event into the grootboek, Jackson
 * for events (the same JSON form that is hashed), tracking processors whose tokens sit in PostgreSQL, and the
 * aggregates registered here so the domain module needs no Spring.
 */
@Configuration
public class AxonConfig {

    /**
     * Every event carries the {@code door} of the command that led to it (who did it: rol, gemeente, pseudoniem), so the
     * grootboek hashes it with the event (docs/decisions.md); Axon's own trace and correlation ids as before.
     */
    @Bean
    CorrelationDataProvider doorProvider() {
        return new SimpleCorrelationDataProvider(Gebeurtenisvorm.DOOR);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** The table and column names of the Flyway schema (snake_case; payloads bytea). */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
                .payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
                .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(GebeurtenisJson.mapper().copy()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(GebeurtenisJson.mapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(GebeurtenisJson.mapper().copy()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                                          PersistenceExceptionResolver uitzonderingen, ConnectionProvider verbindingen,
                                          TransactionManager transacties, EventSchema schema,
                                          org.axonframework.config.Configuration axon) {
        return Gebeurtenisopslag.van(EventsMetGrootboek.engine(new Grootboekschrijver())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(momentopnamen())
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .persistenceExceptionResolver(uitzonderingen)
                .connectionProvider(verbindingen)
                .transactionManager(transacties)
                .schema(schema));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider verbindingen, Serializer serializer, TokenSchema schema) {
        return JdbcTokenStore.builder()
                .connectionProvider(verbindingen).serializer(serializer).schema(schema)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Snapshots hold an aggregate's own fields (it has no getters to speak of); events never go through this mapper.
     * An aggregate whose fields change gets a new {@code @Revision}, and older snapshots are then ignored.
     */
    private static Serializer momentopnamen() {
        ObjectMapper velden = GebeurtenisJson.mapper().copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        // Snapshots are our own output, read once per load: no interning of field names, no duplicate check (an opdracht's
        // snapshot once had a key per medewerker per day, and these checks were most of a command's CPU then).
        velden.getFactory().configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, false)
                .configure(JsonFactory.Feature.INTERN_FIELD_NAMES, false);
        velden.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);
        return JacksonSerializer.builder().objectMapper(velden).build();
    }

    /**
     * Snapshots are taken on a thread of their own, after the command: taken on the command's thread, a timesheet of
     * thousands of lines took one every 200 lines of an opdracht inside its own transaction, each reading the whole
     * transaction's staged events (docs/performance.md, w6). A snapshot of an older versie is still a valid one.
     */
    private static final java.util.concurrent.Executor MOMENTOPNAMEN = java.util.concurrent.Executors.newSingleThreadExecutor(taak -> {
        Thread draad = new Thread(taak, "momentopnamen");
        draad.setDaemon(true);
        return draad;
    });

    /**
     * Axon's snapshotter for an aggregate registered here. Spring's own only knows aggregates that are Spring beans,
     * and the aggregate's model is inspected with the configuration's parameter resolvers, because its command
     * handlers take Spring beans such as the Gemeenteregister.
     */
    private static <A> Snapshotter momentopnemer(org.axonframework.config.Configuration axon, Class<A> type) {
        AggregateModel<A> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type, axon.parameterResolverFactory(),
                axon.handlerDefinition(type));
        return AggregateSnapshotter.builder()
                .eventStore(axon.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(model))
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(type))
                .transactionManager(axon.getComponent(TransactionManager.class))
                .executor(MOMENTOPNAMEN)
                .build();
    }

    /** Opdrachten kept in memory between commands; 0 turns the cache off. */
    @Bean
    Aggregaatcache aggregaatcache(@Value("${samenboek.aggregaatcache.grootte:5000}") long cachegrootte) {
        return new Aggregaatcache(cachegrootte);
    }

    /**
     * An opdracht collects a registration per medewerker per week, thousands over the years: after this many events
     * since the last snapshot, loading it takes a snapshot, so a command reads at most that many events.
     */
    @Bean
    ConfigurerModule aggregaten(@Value("${samenboek.momentopname-na:200}") int momentopnameNa, Aggregaatcache cache) {
        Function<org.axonframework.config.Configuration, SnapshotTriggerDefinition> momentopnamen =
                axon -> new EventCountSnapshotTriggerDefinition(momentopnemer(axon, Opdracht.class), momentopnameNa);
        AggregateConfigurer<Opdracht> opdracht = AggregateConfigurer.defaultConfiguration(Opdracht.class);
        if (cache.aan()) {
            // an opdracht takes most commands (every registration of hours): kept in memory between them (Aggregaatcache);
            // this repository replaces Axon's default one, and with it the snapshot trigger the default one would take
            opdracht.configureRepository(axon -> {
                AggregateModel<Opdracht> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Opdracht.class,
                        axon.parameterResolverFactory(), axon.handlerDefinition(Opdracht.class));
                return cache.repository(EventSourcingRepository.builder(Opdracht.class)
                        .aggregateModel(model)
                        .aggregateFactory(new GenericAggregateFactory<>(model))
                        .eventStore(axon.eventStore())
                        .snapshotTriggerDefinition(momentopnamen.apply(axon)), axon.eventStore());
            });
        } else {
            opdracht.configureSnapshotTrigger(momentopnamen);
        }
        return configurer -> configurer
                .configureAggregate(opdracht)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Samenwerking.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Aanbeveling.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Bijeenkomst.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Werkplan.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Afdelingstarief.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Monitor.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Budget.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Formatie.class));
    }

    /**
     * Every projection is a tracking processor with its token in PostgreSQL, split in segments (which several nodes
     * can share). Not the pooled processor: fed by the embedded event store it has no availability callback and polls
     * every 500 ms, which made every write wait that long for its read-your-writes answer (measured, see
     * docs/decisions.md); a tracking processor blocks on the store and wakes as soon as an event is committed.
     */
    @Bean
    ConfigurerModule verwerkers(@Value("${samenboek.projecties.batchgrootte:1000}") int batchgrootte,
                                @Value("${samenboek.projecties.segmenten:1}") int segmenten,
                                Projectiestoringen storingen) {
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                // No skipped events (docs/reliability.md): Axon's default logs a handler's failure and moves the token on,
                // so a MongoDB timeout would leave a read model silently without that event for good. Propagated, the
                // batch rolls back, the processor keeps its position and retries with back-off (1 s doubling to 60 s).
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((axon, naam) -> naam.startsWith(Projectiewachter.PROJECTIE)
                        ? new Storingsmelder(naam, storingen)
                        : (eenheid, keten) -> keten.proceed())
                .registerTrackingEventProcessorConfiguration(axon -> TrackingEventProcessorConfiguration
                        .forParallelProcessing(segmenten)
                        .andInitialSegmentsCount(segmenten)
                        .andBatchSize(batchgrootte)
                        .andTokenClaimInterval(1, TimeUnit.SECONDS));
    }
}

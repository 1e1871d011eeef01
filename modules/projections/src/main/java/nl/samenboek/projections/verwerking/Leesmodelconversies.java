package nl.samenboek.projections.verwerking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.mongodb.client.MongoClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;


/** The read models' own value types and how MongoDB stores them. */
@Configuration
public class Leesmodelconversies {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return conversies();
    }

    /**
     * Amounts are stored as text, exactly as computed (12.00 stays 12.00): a number type would let the store choose
     * the scale (the embedded in-memory and file stores gave 12.0 and 12 for the same 12.00), and an export imported
     * into another instance must show the same figures (OntvlechtingIT). Documents written before read as they are.
     */
    static MongoCustomConversions conversies() {
        return MongoCustomConversions.create(aanpassing -> aanpassing.bigDecimal(MongoCustomConversions.BigDecimalRepresentation.STRING));
    }

    /** A template outside Spring (tests, the offline tools) that stores the read models as the application does. */
    public static MongoTemplate mongoTemplate(MongoClient client, String database) {
        SimpleMongoClientDatabaseFactory fabriek = new SimpleMongoClientDatabaseFactory(client, database);
        MongoMappingContext context = new MongoMappingContext();
        MongoCustomConversions conversies = conversies();
        context.setSimpleTypeHolder(conversies.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter omzetter = new MappingMongoConverter(new DefaultDbRefResolver(fabriek), context);
        omzetter.setCustomConversions(conversies);
        omzetter.afterPropertiesSet();
        return new MongoTemplate(fabriek, omzetter);
    }
}

package nl.samenboek.app.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Set;

/**
 * The embedded Mongo-compatible store on an H2 file, committing every write at once. H2's MVStore otherwise commits
 * about once a second, so a kill -9 could lose read-model writes after the projection's position was already stored
 * in PostgreSQL, and the projection would never see those events again.
 */
final class DuurzameH2Backend extends H2Backend {

    private static final Set<String> SCHRIJFOPDRACHTEN = Set.of("insert", "update", "delete", "findandmodify",
            "create", "drop", "createindexes", "dropindexes");

    DuurzameH2Backend(String bestand) {
        super(bestand);
    }

    @Override
    public Document handleCommand(Channel kanaal, String database, String opdracht, Document vraag) {
        Document antwoord = super.handleCommand(kanaal, database, opdracht, vraag);
        if (SCHRIJFOPDRACHTEN.contains(opdracht.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
        return antwoord;
    }
}

package nl.samenboek.projections.opdracht;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The hours registered on an opdracht per day, kept so each day's hours follow the verdeelsleutel in force that day.
 * A long-running opdracht collects a day for every working day of every year; stored as one line of text
 * ({@code 2025-01-06=4;2025-01-07=2.5}) instead of a document field per day, it costs the read model one string
 * instead of thousands of fields on every write.
 */
public final class Dagboek {

    private final TreeMap<LocalDate, BigDecimal> uren = new TreeMap<>();

    public void boek(LocalDate dag, BigDecimal erbij) {
        uren.merge(dag, erbij, BigDecimal::add);
    }

    public SortedMap<LocalDate, BigDecimal> perDag() {
        return Collections.unmodifiableSortedMap(uren);
    }

    String alsTekst() {
        StringBuilder tekst = new StringBuilder(uren.size() * 14);
        uren.forEach((dag, u) -> {
            if (!tekst.isEmpty()) {
                tekst.append(';');
            }
            tekst.append(dag).append('=').append(u.toPlainString());
        });
        return tekst.toString();
    }

    static Dagboek uitTekst(String tekst) {
        Dagboek dagboek = new Dagboek();
        if (tekst == null || tekst.isEmpty()) {
            return dagboek;
        }
        for (String regel : tekst.split(";")) {
            int is = regel.indexOf('=');
            dagboek.uren.put(LocalDate.parse(regel.substring(0, is)), new BigDecimal(regel.substring(is + 1)));
        }
        return dagboek;
    }

    /** How a Dagboek is written to MongoDB. */
    @WritingConverter
    public static final class NaarTekst implements Converter<Dagboek, String> {
        @Override
        public String convert(Dagboek dagboek) {
            return dagboek.alsTekst();
        }
    }

    /** How a read model written before the Dagboek existed (one field per day) is read, until the projection is rebuilt. */
    @ReadingConverter
    public static final class UitVeldPerDag implements Converter<org.bson.Document, Dagboek> {
        @Override
        public Dagboek convert(org.bson.Document velden) {
            Dagboek dagboek = new Dagboek();
            velden.forEach((dag, uren) -> dagboek.boek(LocalDate.parse(dag), new BigDecimal(uren.toString())));
            return dagboek;
        }
    }

    /** How a Dagboek is read from MongoDB. */
    @ReadingConverter
    public static final class UitTekst implements Converter<String, Dagboek> {
        @Override
        public Dagboek convert(String tekst) {
            return uitTekst(tekst);
        }
    }
}

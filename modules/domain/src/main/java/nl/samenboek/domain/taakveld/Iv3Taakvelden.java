package nl.samenboek.domain.taakveld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official Iv3 taakvelden for begrotingsjaar 2025 (and 2026): 69 leaf codes, shipped as data in
 * {@code samenboek/seed/iv3-taakvelden.csv}. Codes are text: {@code 0.1} and {@code 0.10} are different taakvelden.
 */
public final class Iv3Taakvelden {

    public record Taakveld(String code, String naam, int hoofdtaak) {
    }

    private static final String BRON = "/samenboek/seed/iv3-taakvelden.csv";
    private static final Iv3Taakvelden OFFICIEEL = laad();

    private final Map<String, Taakveld> perCode;

    private Iv3Taakvelden(Map<String, Taakveld> perCode) {
        this.perCode = Collections.unmodifiableMap(perCode);
    }

    public static Iv3Taakvelden officieel() {
        return OFFICIEEL;
    }

    public boolean bestaat(String code) {
        return code != null && perCode.containsKey(code);
    }

    public Optional<Taakveld> zoek(String code) {
        return Optional.ofNullable(code).map(perCode::get);
    }

    /** In the official order. */
    public Iterable<Taakveld> alle() {
        return perCode.values();
    }

    public int aantal() {
        return perCode.size();
    }

    private static Iv3Taakvelden laad() {
        try (InputStream in = Iv3Taakvelden.class.getResourceAsStream(BRON)) {
            if (in == null) {
                throw new IllegalStateException(BRON + " ontbreekt op het classpath");
            }
            BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Taakveld> perCode = new LinkedHashMap<>();
            lezer.lines().skip(1).filter(regel -> !regel.isBlank()).forEach(regel -> {
                String[] kolommen = regel.split(";", -1);
                perCode.put(kolommen[0], new Taakveld(kolommen[0], kolommen[1].strip(), Integer.parseInt(kolommen[2])));
            });
            return new Iv3Taakvelden(perCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.samenboek.app.infra;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the embedded servers and the instance's keys keep their data: {@code SAMENBOEK_DATA_DIR}, default {@code ./data}. */
@Component
public class Datamap {

    private final Path pad;

    public Datamap(@Value("${samenboek.data-dir:./data}") String pad) {
        this.pad = Path.of(pad).toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.pad);
        } catch (IOException e) {
            throw new UncheckedIOException("de datamap " + this.pad + " kon niet worden gemaakt", e);
        }
    }

    public Path pad() {
        return pad;
    }

    public Path pad(String deel) {
        return pad.resolve(deel);
    }
}

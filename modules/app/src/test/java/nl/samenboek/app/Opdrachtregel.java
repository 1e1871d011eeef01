package nl.samenboek.app;

import nl.samenboek.cli.Samenboek;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the samenboek CLI in this JVM, or any program as a process, and captures what it prints. */
public final class Opdrachtregel {

    /** Exit code and everything printed (stdout and stderr). */
    public record Uitvoer(int code, String tekst) {
    }

    private Opdrachtregel() {
    }

    public static synchronized Uitvoer samenboek(String... argumenten) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream uit = System.out;
        PrintStream fout = System.err;
        PrintStream vang = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(vang);
        System.setErr(vang);
        try {
            int code = Samenboek.opdrachtregel().execute(argumenten);
            return new Uitvoer(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(uit);
            System.setErr(fout);
        }
    }

    public static Uitvoer proces(String... opdracht) throws IOException, InterruptedException {
        Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String tekst = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proces.waitFor(5, TimeUnit.MINUTES)) {
            proces.destroyForcibly();
            throw new IllegalStateException(String.join(" ", opdracht) + " duurde langer dan vijf minuten");
        }
        return new Uitvoer(proces.exitValue(), tekst);
    }

    public static boolean werkt(String... opdracht) {
        try {
            return new ProcessBuilder(opdracht).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The repository's root directory (with Makefile and modules/). */
    public static Path hoofdmap() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("modules")) && Files.exists(map.resolve("Makefile"))) {
                return map;
            }
        }
        throw new IllegalStateException("de hoofdmap van samenboek is niet gevonden");
    }
}

package nl.samenboek.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The samenboek command line for auditors and beheerders. */
@Command(name = "samenboek", mixinStandardHelpOptions = true, version = "samenboek 1.0.0",
        description = "Opdrachtgeverschap en verantwoording: tokens, verificatie, export, import en herbeleving van grootboeken.",
        subcommands = {TokenCommando.class, VerifieerCommando.class, ExporteerCommando.class, ImporteerCommando.class,
                HerbeleefCommando.class})
public class Samenboek implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(opdrachtregel().execute(args));
    }

    /** The command line, with a refused request as a message and exit code instead of a stack trace. */
    public static CommandLine opdrachtregel() {
        return new CommandLine(new Samenboek()).setExecutionExceptionHandler((fout, regel, uitslag) -> {
            if (fout instanceof Verbinding.OnveiligeVerbinding geweigerd) {
                regel.getErr().println(geweigerd.getMessage());
                return TokenCommando.GEWEIGERD;
            }
            throw fout;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

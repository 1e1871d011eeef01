package nl.samenboek.app.infra;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words why samenboek did not start on its data dir and what to do, instead of a stack trace. */
public class DatamapfoutAnalyse extends AbstractFailureAnalyzer<Datamapfout> {

    @Override
    protected FailureAnalysis analyze(Throwable fout, Datamapfout oorzaak) {
        return new FailureAnalysis(oorzaak.getMessage(), oorzaak.oplossing(), oorzaak);
    }
}

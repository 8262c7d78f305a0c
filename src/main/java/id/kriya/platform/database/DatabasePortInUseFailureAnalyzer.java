package id.kriya.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a taken database port into advice a person can act on. */
class DatabasePortInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabasePortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabasePortInUseException cause) {
        return new FailureAnalysis(
                "Port " + cause.port() + ", where Kriya starts its embedded PostgreSQL, is already taken, most likely"
                        + " by another Kriya's database. Kriya did not start, rather than write into that database.",
                "Stop the other Kriya first, or give this one its own port and folder with"
                        + " --kriya.database.embedded.port=<port> and --kriya.database.embedded.data-directory=<folder>,"
                        + " or point it at an external PostgreSQL with KRIYA_DB_URL.",
                cause);
    }
}

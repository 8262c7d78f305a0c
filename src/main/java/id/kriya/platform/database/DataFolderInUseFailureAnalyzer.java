package id.kriya.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data folder into advice a person can act on. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(
                "Kriya is already running with its database in " + cause.folder()
                        + ". Two servers on one data folder would corrupt it, so this one did not start.",
                "Stop the other Kriya first, or give this one its own folder with"
                        + " --kriya.database.embedded.data-directory=<folder> and --kriya.database.embedded.port=<port>,"
                        + " or point it at an external PostgreSQL with KRIYA_DB_URL.",
                cause);
    }
}

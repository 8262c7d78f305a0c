package id.kriya.platform.database;

import java.nio.file.Path;

/** Another Kriya already runs on this data folder. */
public class DataFolderInUseException extends IllegalStateException {

    private final transient Path folder;

    DataFolderInUseException(Path folder) {
        super("Another Kriya is already running on the data folder " + folder);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}

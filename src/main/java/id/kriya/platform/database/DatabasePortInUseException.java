package id.kriya.platform.database;

/** Something else, often another Kriya's database, already listens on the embedded database's port. */
public class DatabasePortInUseException extends IllegalStateException {

    private final int port;

    DatabasePortInUseException(int port) {
        super("The embedded database's port " + port + " is already in use");
        this.port = port;
    }

    public int port() {
        return port;
    }
}

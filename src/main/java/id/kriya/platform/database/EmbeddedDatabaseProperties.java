package id.kriya.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on. {@code ephemeral} is for tests: one
 * throw-away server per JVM, shared by every Spring context of the test run.
 */
@ConfigurationProperties("kriya.database.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("54329") int port,
        @DefaultValue("false") boolean ephemeral) {
}

package id.kriya.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresServerTests {

    @TempDir
    Path data;

    @Test
    void secondStartFindsTheDataOfTheFirst() throws SQLException {
        Path folder = data.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.persistent(folder, 0)) {
            execute(first, "CREATE TABLE survivor (name TEXT); INSERT INTO survivor VALUES ('endek')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.persistent(folder, 0)) {
            assertThat(queryOne(second, "SELECT name FROM survivor")).isEqualTo("endek");
        }
    }

    @Test
    void refusesASecondServerOnTheSameFolderAndExplainsWhy() {
        Path folder = data.resolve("postgres");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.persistent(folder, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(folder, 0))
                    .isInstanceOfSatisfying(DataFolderInUseException.class, refused -> {
                        FailureAnalysis analysis = new DataFolderInUseFailureAnalyzer().analyze(refused);
                        assertThat(analysis.getDescription()).contains("already running").contains(folder.toString());
                        assertThat(analysis.getAction()).contains("Stop the other Kriya");
                    });
        }
    }

    @Test
    void refusesAPortSomethingElseListensOnRatherThanTalkToIt() throws IOException, SQLException {
        Path folder = data.resolve("postgres");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(folder, taken.getLocalPort()))
                    .isInstanceOfSatisfying(DatabasePortInUseException.class, refused -> {
                        FailureAnalysis analysis = new DatabasePortInUseFailureAnalyzer().analyze(refused);
                        assertThat(analysis.getDescription()).contains("Port " + taken.getLocalPort());
                        assertThat(analysis.getAction()).contains("--kriya.database.embedded.port");
                    });
        }
        try (EmbeddedPostgresServer afterwards = EmbeddedPostgresServer.persistent(folder, 0)) {
            assertThat(queryOne(afterwards, "SELECT 'ok'")).isEqualTo("ok");
        }
    }

    @Test
    void folderCanBeUsedAgainOnceTheFirstServerStopped() throws SQLException {
        Path folder = data.resolve("postgres");
        EmbeddedPostgresServer.persistent(folder, 0).close();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.persistent(folder, 0)) {
            assertThat(queryOne(again, "SELECT 'ok'")).isEqualTo("ok");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}

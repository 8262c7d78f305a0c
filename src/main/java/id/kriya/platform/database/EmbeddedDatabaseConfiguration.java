package id.kriya.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside Kriya when no database address is configured, so that one command runs the whole
 * platform on a laptop. With {@code SPRING_DATASOURCE_URL} or {@code KRIYA_DB_URL} set, this stays out of the way
 * and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return properties.ephemeral()
                ? EmbeddedPostgresServer.sharedEphemeral()
                : EmbeddedPostgresServer.persistent(properties.dataDirectory(), properties.port());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("kriya-embedded");
        return dataSource;
    }
}

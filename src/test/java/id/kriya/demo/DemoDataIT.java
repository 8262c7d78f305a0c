package id.kriya.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.kriya.KriyaApplication;
import id.kriya.account.AccountManagement;
import id.kriya.curation.CallManagement;
import id.kriya.curation.CallPhase;
import id.kriya.curation.CallView;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.sales.BoothSales;
import id.kriya.exhibition.sales.VisitorCounts;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import id.kriya.shared.Bali;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Pageable;

/**
 * The whole demo, loaded by Kriya's own start-up into an empty database with Kriya's clock at very different instants,
 * has the same shape each time: nothing in it depends on the day it is loaded but through the clock. Each load gets a
 * fresh database on a PostgreSQL of this test's own, whatever database the other tests use.
 */
class DemoDataIT {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    static Stream<Instant> instants() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Stream.of(now, now.plus(400, ChronoUnit.DAYS),
                LocalDateTime.of(2028, 2, 29, 10, 0).atZone(Bali.ZONE).toInstant(),
                LocalDateTime.of(2027, 12, 31, 23, 30).atZone(Bali.ZONE).toInstant());
    }

    @ParameterizedTest
    @MethodSource("instants")
    void loadsTheSameDemoOnAnyDay(Instant instant) throws Exception {
        try (ConfigurableApplicationContext kriya = start(instant, false)) {
            LocalDate today = LocalDate.ofInstant(instant, Bali.ZONE);
            assertThat(kriya.getBean(DemoData.class).failedSteps()).isEmpty();

            long province = userId(kriya, "officer.bali");
            List<ExhibitionView> exhibitions = kriya.getBean(ExhibitionManagement.class).exhibitionsOf(province);
            ExhibitionView flagship = named(exhibitions, DemoExhibitions.TITLE);
            StageView past = flagship.stages().get(0);
            StageView coming = flagship.stages().get(1);
            assertThat(past.end()).isBefore(today);
            assertThat(coming.start()).isAfter(today);
            StageView online = named(exhibitions, DemoExhibitions.PAINTINGS_TITLE).stages().get(0);
            assertThat(online.start()).isBeforeOrEqualTo(today);
            assertThat(online.end()).isAfterOrEqualTo(today);

            assertThat(kriya.getBean(ExhibitorRoster.class).exhibitorsOf(past.id())).hasSize(16);
            assertThat(kriya.getBean(BoothSales.class).summaryOf(past.id()).total().sales()).isGreaterThan(100);
            assertThat(kriya.getBean(VisitorCounts.class).of(past.id()).days()).hasSize(7);

            List<CallView> calls = kriya.getBean(CallManagement.class).callsOf(province);
            assertThat(calls).extracting(CallView::phase).containsExactlyInAnyOrder(CallPhase.PUBLISHED, CallPhase.OPEN);
            CallView open = calls.stream().filter(call -> call.phase() == CallPhase.OPEN).findFirst().orElseThrow();
            assertThat(open.stageIds()).containsExactly(coming.id());
            assertThat(LocalDate.ofInstant(open.deadline(), Bali.ZONE)).isEqualTo(today.plusDays(14));

            List<OrderView> orders = kriya.getBean(OrderManagement.class)
                    .ofBuyer(userId(kriya, "buyer"), Pageable.ofSize(50)).getContent();
            assertThat(orders.stream().map(OrderView::status).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(OrderStatus.class));
        }
    }

    @Test
    void aStepThatFailsIsLoggedAndKriyaServesWhatLoadedBefore() throws Exception {
        try (ConfigurableApplicationContext kriya = start(Instant.now(), true)) {
            assertThat(kriya.isActive()).isTrue();
            assertThat(kriya.getBean(DemoData.class).failedSteps()).containsExactly("curation of both stages");

            long province = userId(kriya, "officer.bali");
            assertThat(kriya.getBean(ExhibitionManagement.class).exhibitionsOf(province)).hasSize(2);
            // The failed step left nothing half done, and the steps that needed it were not attempted.
            assertThat(kriya.getBean(CallManagement.class).callsOf(province)).isEmpty();
            assertThat(kriya.getBean(OrderManagement.class).ofBuyer(userId(kriya, "buyer"), Pageable.ofSize(50)))
                    .isNotEmpty();
        }
    }

    private static ConfigurableApplicationContext start(Instant instant, boolean failingCuration) throws Exception {
        String database = "demo_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Path folder = Files.createDirectories(Path.of("target", "demo-it", database));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(KriyaApplication.class, At.class);
        if (failingCuration) {
            builder.sources(FailingCuration.class);
        }
        return builder.run(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--kriya.demo.enabled=true",
                "--demo-it.instant=" + instant,
                "--server.port=0",
                "--kriya.media.directory=" + folder.resolve("media"),
                "--kriya.search.directory=" + folder.resolve("index"));
    }

    private static long userId(ConfigurableApplicationContext kriya, String login) {
        return kriya.getBean(AccountManagement.class).findByEmail(login + DemoData.DOMAIN).orElseThrow().id();
    }

    private static ExhibitionView named(List<ExhibitionView> exhibitions, String title) {
        return exhibitions.stream().filter(exhibition -> exhibition.title().equals(title)).findFirst().orElseThrow();
    }

    /** Kriya's clock standing still at the instant under test. */
    @Configuration(proxyBeanMethods = false)
    static class At {

        @Bean
        @Primary
        Clock fixedClock(@Value("${demo-it.instant}") Instant instant) {
            return Clock.fixed(instant, ZoneOffset.UTC);
        }
    }

    /** Curation that fails after all its work, as a rule refusing its last step would: all of it must roll back. */
    @Configuration(proxyBeanMethods = false)
    static class FailingCuration {

        @Bean
        static BeanPostProcessor curationThatFailsAtTheEnd() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DemoCuration curation)) {
                        return bean;
                    }
                    DemoCuration failing = spy(curation);
                    doAnswer(invocation -> {
                        invocation.callRealMethod();
                        throw new IllegalStateException("a rule refused the demo's last step");
                    }).when(failing).load(anyLong(), any());
                    return failing;
                }
            };
        }
    }
}

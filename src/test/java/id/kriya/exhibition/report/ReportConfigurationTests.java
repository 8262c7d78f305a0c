package id.kriya.exhibition.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The report reads booth sales from whatever implements the port, and from nobody-sold-anything until one does. */
class ReportConfigurationTests {

    final ApplicationContextRunner context = new ApplicationContextRunner();

    @Test
    void withoutBoothSalesTheDefaultAnswersNothingSold() {
        context.withUserConfiguration(ReportConfiguration.class).run(running ->
                assertThat(running).getBean(StageSalesSource.class).isInstanceOf(NoBoothSalesYet.class));
    }

    @Test
    void aRealSourceReplacesTheDefault() {
        context.withBean(StageSalesSource.class, ReportMathTests.FakeSource::new)
                .withUserConfiguration(ReportConfiguration.class)
                .run(running -> {
                    assertThat(running).hasSingleBean(StageSalesSource.class);
                    assertThat(running).getBean(StageSalesSource.class).isInstanceOf(ReportMathTests.FakeSource.class);
                });
    }
}

package id.kriya.exhibition.report;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Falls back to {@link NoBoothSalesYet} when nothing else implements {@link StageSalesSource}. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    @ConditionalOnMissingBean(StageSalesSource.class)
    StageSalesSource noBoothSalesYet() {
        return new NoBoothSalesYet();
    }
}

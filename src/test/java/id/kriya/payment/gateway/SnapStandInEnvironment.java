package id.kriya.payment.gateway;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application at the run's {@link SnapStandIn}, with short timeouts, so no test can reach the real
 * Midtrans. Registered in the tests' META-INF/spring.factories.
 */
public class SnapStandInEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("snapStandIn", Map.of(
                "kriya.payment.midtrans.snap-base-url", SnapStandIn.shared().baseUrl().toString(),
                "kriya.payment.midtrans.connect-timeout", "PT2S",
                "kriya.payment.midtrans.timeout", "PT2S")));
    }
}

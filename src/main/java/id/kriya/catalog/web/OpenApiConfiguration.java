package id.kriya.catalog.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and version of the OpenAPI description springdoc serves at {@code /api/docs/openapi.json}; its paths and
 * schemas come from the API controllers' annotations. Which paths it covers ({@code /api/v1/**} only, never the HTML
 * pages) is set in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The server is Kriya's public address, not whatever host the request for the description came through. */
    @Bean
    OpenAPI kriyaApi(@Value("${kriya.base-url}") String baseUrl) {
        return new OpenAPI().addServersItem(new Server().url(baseUrl.replaceAll("/+$", ""))).info(new Info().title("Kriya public API").version("v1")
                .description("Read-only JSON for partner marketplaces and apps: public products, search with facets, "
                        + "and verified artisan businesses. Prices are in whole rupiah; errors are "
                        + "application/problem+json. Documentation for people: /api/docs"));
    }
}

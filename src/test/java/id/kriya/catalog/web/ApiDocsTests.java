package id.kriya.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.kriya.KriyaWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class ApiDocsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDescribesTheThreeEndpointsAndNothingElse() throws Exception {
        String spec = spec();

        assertThat(JsonPath.<List<String>>read(spec, "$.servers[*].url")).containsExactly("http://localhost:8080");
        Map<String, Object> paths = JsonPath.read(spec, "$.paths");
        assertThat(paths).containsOnlyKeys("/api/v1/products", "/api/v1/products/{slug}", "/api/v1/artisans/{slug}");
        for (String path : paths.keySet()) {
            List<String> methods = new ArrayList<>(JsonPath.<Map<String, Object>>read(spec, "$.paths['" + path + "']").keySet());
            assertThat(methods).as(path).containsExactly("get");
        }
        assertThat(JsonPath.<Map<String, Object>>read(spec, "$.paths['/api/v1/artisans/{slug}'].get.responses"))
                .containsOnlyKeys("200", "400", "404");
        assertThat(JsonPath.<Map<String, Object>>read(spec,
                "$.paths['/api/v1/products/{slug}'].get.responses['404'].content")).containsOnlyKeys("application/problem+json");
        List<String> sorts = JsonPath.read(spec,
                "$.paths['/api/v1/products'].get.parameters[?(@.name == 'sort')].schema.enum[*]");
        assertThat(sorts).containsExactly("relevance", "newest", "price_asc", "price_desc");
        List<String> categories = JsonPath.read(spec,
                "$.paths['/api/v1/products'].get.parameters[?(@.name == 'category')].schema.enum[*]");
        assertThat(categories).contains("TENUN_ENDEK", "SONGKET");
        List<Object> described = JsonPath.read(spec, "$.paths.*.get.parameters[?(!@.description)]");
        assertThat(described).as("parameters without a description").isEmpty();
        List<String> itemFields = new ArrayList<>(JsonPath.<Map<String, Object>>read(spec,
                "$.components.schemas.ProductSummary.properties").keySet());
        assertThat(itemFields).containsExactlyInAnyOrderElementsOf(ApiDocsController.ITEM_FIELDS);
    }

    @Test
    void thePageListsTheSameParametersAsTheOpenApiDescription() throws Exception {
        String spec = spec();
        Document page = page("");

        for (ApiDocsController.Endpoint endpoint : ApiDocsController.ENDPOINTS) {
            List<String> specified = JsonPath.read(spec, "$.paths['" + endpoint.path() + "'].get.parameters[*].name");
            assertThat(endpoint.parameters()).as(endpoint.path()).containsExactlyInAnyOrderElementsOf(specified);
            List<String> listed = page.select("#" + endpoint.key() + " .api-parameters code").eachText();
            assertThat(listed).as(endpoint.path()).containsExactlyElementsOf(endpoint.parameters());
            String schema = JsonPath.read(spec,
                    "$.paths['" + endpoint.path() + "'].get.responses['200'].content['application/json'].schema['$ref']");
            List<String> fields = new ArrayList<>(JsonPath.<Map<String, Object>>read(spec,
                    "$.components.schemas." + schema.substring(schema.lastIndexOf('/') + 1) + ".properties").keySet());
            assertThat(endpoint.fields()).as(endpoint.path()).containsExactlyInAnyOrderElementsOf(fields);
        }
    }

    @Test
    void docsPageReadsInIndonesianAndEnglish() throws Exception {
        Document indonesian = page("");
        assertThat(indonesian.select("h1").text()).isEqualTo("API Kriya");
        assertThat(indonesian.select("#products h3").eachText()).containsExactly("Parameter", "Isi jawaban");
        assertThat(indonesian.text()).contains("Kata yang dicari").doesNotContain("??");
        assertThat(indonesian.select("a[href='/api/docs/openapi.json']").text()).isEqualTo("Deskripsi OpenAPI (JSON)");

        Document english = page("en");
        assertThat(english.select("h1").text()).isEqualTo("Kriya API");
        assertThat(english.select("#products h3").eachText()).containsExactly("Parameters", "What the answer holds");
        assertThat(english.text()).contains("Words to find").doesNotContain("??");
    }

    @Test
    void docsKeepTheSiteWideContentSecurityPolicy() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(view().name(ApiDocsController.VIEW))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
    }

    private String spec() throws Exception {
        return mvc.perform(get(ApiDocsController.SPEC))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    private Document page(String lang) throws Exception {
        var request = get("/api/docs");
        if (!lang.isEmpty()) {
            request.param("lang", lang);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}

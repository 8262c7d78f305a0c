package id.kriya.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible word comes from the message bundles, in both languages: no text typed into a template, no key
 * that one language lacks, no key a template asks for that neither has.
 */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern LETTERS = Pattern.compile("\\p{L}");
    static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?:\\(|})");
    /** Attributes a person reads or hears; each must come from th:… with a message. */
    static final Set<String> READABLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");
    /** Attributes whose element's content Thymeleaf replaces, so the sample text inside never shows. */
    static final List<String> REPLACING_ATTRIBUTES = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    @Test
    void everyBundleHasTheSameKeysInIndonesianAndEnglish() throws IOException {
        for (Resource indonesian : bundles("_id")) {
            String english = indonesian.getFilename().replace("_id.properties", "_en.properties");
            Properties id = load(indonesian);
            Properties en = load(new PathMatchingResourcePatternResolver().getResource("classpath:i18n/" + english));

            assertThat(en.stringPropertyNames()).as("keys of %s", english).isEqualTo(id.stringPropertyNames());
            id.forEach((key, value) -> assertThat(value.toString()).as("%s in Indonesian", key).isNotBlank());
            en.forEach((key, value) -> assertThat(value.toString()).as("%s in English", key).isNotBlank());
        }
    }

    @Test
    void messagesWithArgumentsQuoteTheirApostrophes() throws IOException {
        // MessageFormat reads a lone ' as the start of a quote and prints the {n} after it literally.
        List<String> broken = new ArrayList<>();
        for (String language : List.of("_id", "_en")) {
            for (Resource bundle : bundles(language)) {
                load(bundle).forEach((key, value) -> {
                    String text = value.toString();
                    if (ARGUMENT.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                        broken.add(bundle.getFilename() + ": " + key);
                    }
                });
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (Resource bundle : bundles("_id")) {
            for (String key : load(bundle).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (again in " + bundle.getFilename() + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Resource bundle : bundles("_id")) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!known.contains(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            String name = TEMPLATES.relativize(template).toString();
            for (Element element : page.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (LETTERS.matcher(text.text()).find() && !replacedByThymeleaf(element)) {
                        hardCoded.add(name + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && LETTERS.matcher(attribute.getValue()).find()) {
                        hardCoded.add(name + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /** True when Thymeleaf swaps this element's content; the page root's th:replace (the layout) does not count. */
    static boolean replacedByThymeleaf(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current.tagName().equals("html") || current.tagName().equals("script") || current.tagName().equals("style")) {
                return current.tagName().equals("script") || current.tagName().equals("style");
            }
            for (String attribute : REPLACING_ATTRIBUTES) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Resource[] bundles(String language) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*" + language + ".properties");
    }

    static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

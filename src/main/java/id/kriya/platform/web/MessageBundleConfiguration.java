package id.kriya.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module keeps its words in its own bundle, {@code i18n/<module>_id.properties} and
 * {@code i18n/<module>_en.properties}; this finds them all, so a new module needs no change here.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundleConfiguration {

    static final String BUNDLES = "classpath*:i18n/*_id.properties";

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(LanguageConfiguration.INDONESIAN);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] basenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
            return Arrays.stream(bundles)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> "classpath:i18n/" + name.substring(0, name.length() - "_id.properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}

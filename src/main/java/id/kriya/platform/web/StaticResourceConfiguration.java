package id.kriya.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under their own paths only, instead of Spring Boot's default handler for {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With the webjars locator on the class path, every link a
 * template builds passes through the resource URL encoding filter; under the default handler each link that is not
 * a file (a search filter, a page number, a product) was looked up in four class path folders of the jar on every
 * request, which cost about a third of the search page's time at 100,000 products. Now only these paths are
 * looked up, once each (the chain caches what it finds); the htmx webjar is still addressed without its version.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}

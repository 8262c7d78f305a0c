package id.kriya.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import id.kriya.KriyaWebTest;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.TestImages;

/** The fragments other modules put in their pages, rendered as a page would render them. */
@KriyaWebTest
class UploadFragmentTests {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ConversionService conversion;

    @Autowired
    MediaLibrary media;

    @Test
    void thePhotoFieldTakesPhotosOnlyAndExplainsTheLimits() {
        Document page = render(Locale.forLanguageTag("id"), media.upload(1, "a.jpg", jpeg()), null);

        Element input = page.selectFirst("input[type=file]");
        assertThat(input.attr("accept")).isEqualTo("image/jpeg,image/png,image/webp");
        assertThat(input.hasAttr("capture")).isFalse();
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(page.selectFirst("label[for=photos]").text()).isEqualTo("Foto produk");
        assertThat(page.getElementById("photos-limits").text()).contains("15 MB", "40 megapiksel");
    }

    @Test
    void aRejectedUploadIsExplainedBesideTheField() {
        Document page = render(Locale.ENGLISH, media.upload(1, "a.jpg", jpeg()), "media.rejected.HEIC");

        assertThat(page.getElementById("photos-error").text()).contains("Most Compatible");
        assertThat(page.selectFirst(".photo-input").hasClass("invalid")).isTrue();
    }

    @Test
    void aDarkPhotoShowsItsHintWithATipInTheVisitorsLanguage() {
        Photo dark = media.upload(1, "dark.jpg",
                new ByteArrayInputStream(TestImages.jpeg(TestImages.dark(1200, 900))));

        Document english = render(Locale.ENGLISH, dark, null);
        Document indonesian = render(Locale.forLanguageTag("id"), dark, null);

        assertThat(english.selectFirst(".photo-check img").attr("src")).isEqualTo(dark.thumbUrl());
        assertThat(english.select(".photo-hints li[data-hint=TOO_DARK]").text()).contains("daylight");
        assertThat(indonesian.select(".photo-hints li[data-hint=TOO_DARK]").text()).contains("siang hari");
        assertThat(english.select(".photo-tips li").eachText()).anyMatch(tip -> tip.contains("coin"));
    }

    @Test
    void aGoodPhotoIsSaidToBeGood() {
        Document page = render(Locale.ENGLISH, media.upload(1, "a.jpg", jpeg()), null);

        assertThat(page.select(".photo-hints")).isEmpty();
        assertThat(page.selectFirst(".photo-good").text()).isEqualTo("This photo is good.");
        assertThat(page.selectFirst(".photo-check img").attr("width")).isEqualTo("200");
    }

    private Document render(Locale locale, Photo photo, String error) {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();

        Form form = new Form();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        if (error != null) {
            errors.rejectValue("photos", error);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.put("photo", photo);
        RequestContext requestContext = new RequestContext(request, response, context.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversion));

        var exchange = JakartaServletWebApplication.buildApplication(context.getServletContext())
                .buildExchange(request, response);
        return Jsoup.parse(templates.process("media/fragments-test", new WebContext(exchange, locale, model)));
    }

    private static ByteArrayInputStream jpeg() {
        return new ByteArrayInputStream(TestImages.jpeg(TestImages.sharp(1000, 800)));
    }

    /** What a catalog form holding photos looks like to the fragment. */
    public static class Form {
        private List<Object> photos = List.of();

        public List<Object> getPhotos() {
            return photos;
        }

        public void setPhotos(List<Object> photos) {
            this.photos = photos;
        }
    }
}

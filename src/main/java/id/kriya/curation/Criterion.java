package id.kriya.curation;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/** One line of a call's rubric: its name in Indonesian and English and its weight in percent. */
@Embeddable
@NamedInterface("api")
public record Criterion(@Column(name = "name_id") String nameId, @Column(name = "name_en") String nameEn, int weight) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameId;
    }
}

package id.kriya.exhibition;

import org.springframework.modulith.NamedInterface;

/** What an officer says about an exhibition; the English title and story may be left out (null). */
@NamedInterface("api")
public record ExhibitionDetails(String title, String story, String organiserCode, ExhibitionMode mode, String titleEn,
                                String storyEn) {

    public ExhibitionDetails(String title, String story, String organiserCode, ExhibitionMode mode) {
        this(title, story, organiserCode, mode, null, null);
    }
}

package id.kriya.exhibition.web;

import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An exhibition's title and story (in Indonesian, and in English if the officer wishes), organising council and mode. */
public class ExhibitionForm {

    @NotBlank
    @Size(max = 120, message = "{exhibition.size.max}")
    private String title;

    @NotBlank
    @Size(max = 5000, message = "{exhibition.size.max}")
    private String story;

    @Size(max = 120, message = "{exhibition.size.max}")
    private String titleEn;

    @Size(max = 5000, message = "{exhibition.size.max}")
    private String storyEn;

    @NotBlank
    @Size(max = 13, message = "{exhibition.size.max}")
    private String organiserCode;

    @NotNull
    private ExhibitionMode mode = ExhibitionMode.HYBRID;

    static ExhibitionForm of(ExhibitionView exhibition) {
        ExhibitionForm form = new ExhibitionForm();
        form.title = exhibition.title();
        form.story = exhibition.story();
        form.titleEn = exhibition.titleEn();
        form.storyEn = exhibition.storyEn();
        form.organiserCode = exhibition.organiserCode();
        form.mode = exhibition.mode();
        return form;
    }

    ExhibitionDetails details() {
        return new ExhibitionDetails(title.strip(), story.strip(), organiserCode.strip(), mode, titleEn, storyEn);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getStoryEn() {
        return storyEn;
    }

    public void setStoryEn(String storyEn) {
        this.storyEn = storyEn;
    }

    public String getOrganiserCode() {
        return organiserCode;
    }

    public void setOrganiserCode(String organiserCode) {
        this.organiserCode = organiserCode;
    }

    public ExhibitionMode getMode() {
        return mode;
    }

    public void setMode(ExhibitionMode mode) {
        this.mode = mode;
    }
}

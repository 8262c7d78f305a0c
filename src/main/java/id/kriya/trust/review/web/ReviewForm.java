package id.kriya.trust.review.web;

import java.util.ArrayList;
import java.util.List;

import id.kriya.catalog.Rating;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoId;
import id.kriya.trust.review.ReviewView;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the buyer's review form sends: three scores, a text, new photos (from the camera or chosen), and when
 * changing a review the ids of its photos to keep. Scores arrive as text and are checked here, so "6", "-1" or
 * "lima" get the same clear message as a missing one.
 */
class ReviewForm {

    static final int MAX_PHOTOS = 5;

    private String asPictured;
    private String quality;
    private String service;
    private String text;
    private List<MultipartFile> photos = new ArrayList<>();
    private List<MultipartFile> camera = new ArrayList<>();
    private List<String> keep = new ArrayList<>();

    /** The form filled with a review, for its one change. */
    static ReviewForm of(ReviewView review) {
        ReviewForm form = new ReviewForm();
        form.asPictured = String.valueOf(review.scores().asPictured());
        form.quality = String.valueOf(review.scores().quality());
        form.service = String.valueOf(review.scores().service());
        form.text = review.body();
        form.keep = review.photoIds().stream().map(PhotoId::toString).toList();
        return form;
    }

    /** Field errors for what the form alone can tell: the scores and how many photos there would be. */
    void check(Errors errors, int kept) {
        for (String field : List.of("asPictured", "quality", "service")) {
            if (score(field) == null) {
                errors.rejectValue(field, "trust.review.score.range");
            }
        }
        if (kept + chosen().size() > MAX_PHOTOS) {
            errors.rejectValue("photos", "trust.review.photos.tooMany");
        }
    }

    /** Only valid once {@link #check} found no error. */
    Rating.Scores scores() {
        return new Rating.Scores(score("asPictured"), score("quality"), score("service"));
    }

    List<PhotoFile> chosen() {
        List<MultipartFile> all = new ArrayList<>(camera);
        all.addAll(photos);
        return PhotoFile.chosen(all);
    }

    /** The photos to keep, as the review holds them: an id it does not hold is simply not kept. */
    List<PhotoId> kept(List<PhotoId> held) {
        return held.stream().filter(photo -> keep.contains(photo.toString())).toList();
    }

    private Integer score(String field) {
        String value = switch (field) {
            case "asPictured" -> asPictured;
            case "quality" -> quality;
            default -> service;
        };
        try {
            Integer score = value == null ? null : Integer.valueOf(value.strip());
            return Rating.Scores.isScore(score) ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getAsPictured() { return asPictured; }
    public void setAsPictured(String asPictured) { this.asPictured = asPictured; }
    public String getQuality() { return quality; }
    public void setQuality(String quality) { this.quality = quality; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<MultipartFile> getPhotos() { return photos; }
    public void setPhotos(List<MultipartFile> photos) { this.photos = photos == null ? new ArrayList<>() : photos; }
    public List<MultipartFile> getCamera() { return camera; }
    public void setCamera(List<MultipartFile> camera) { this.camera = camera == null ? new ArrayList<>() : camera; }
    public List<String> getKeep() { return keep; }
    public void setKeep(List<String> keep) { this.keep = keep == null ? new ArrayList<>() : keep; }
}

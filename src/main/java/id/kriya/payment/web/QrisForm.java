package id.kriya.payment.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A QRIS to check: a photo of the sticker or its pasted text. The confirmation step sends the checked text back,
 * which is checked again before it is kept.
 */
class QrisForm {

    private String text;
    private MultipartFile photo;

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public MultipartFile getPhoto() { return photo; }
    public void setPhoto(MultipartFile photo) { this.photo = photo; }

    /** True when a file was chosen; an empty file field sends a nameless empty part. */
    boolean hasPhoto() {
        return photo != null && !(photo.isEmpty()
                && (photo.getOriginalFilename() == null || photo.getOriginalFilename().isBlank()));
    }
}

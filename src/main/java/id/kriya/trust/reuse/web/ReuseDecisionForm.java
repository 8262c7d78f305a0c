package id.kriya.trust.reuse.web;

import jakarta.validation.constraints.Size;

/**
 * An officer's word on a photo used twice: for "fine", an optional note; for "hide the product", the reason the
 * artisan reads (10 to 500 characters, checked when hiding).
 */
class ReuseDecisionForm {

    @Size(max = 500, message = "{trust.reuse.note.size}")
    private String text;

    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? null : text.strip(); }
}

package id.kriya.trust.review.web;

/** The artisan's answer to a review; checked by the review's rules. */
class AnswerForm {

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

package id.kriya.trust.review.web;

/** Why an artisan reports a review, or why an officer hides it; checked by the review's rules. */
class ReasonForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

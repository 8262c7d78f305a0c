package id.kriya.council.web;

import id.kriya.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who to appoint, to which council, in which position. */
class AppointmentForm {

    @NotBlank
    @EmailAddress
    private String email;

    @NotBlank
    @Size(max = 100, message = "{council.size.max}")
    private String displayName;

    @NotNull
    private Long councilId;

    @NotBlank
    @Size(max = 80, message = "{council.size.max}")
    private String position;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public void setCouncilId(Long councilId) {
        this.councilId = councilId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}

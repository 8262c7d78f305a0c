package id.kriya.artisan.web;

import id.kriya.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person an owner invites as staff. */
class InviteForm {

    @NotBlank
    @EmailAddress
    private String email;

    @NotBlank
    @Size(max = 100)
    private String name;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}

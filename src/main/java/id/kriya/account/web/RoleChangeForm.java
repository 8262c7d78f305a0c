package id.kriya.account.web;

import id.kriya.account.Role;
import jakarta.validation.constraints.NotNull;

/** Grant or revoke one role; only the roles an admin hands out from the user list are accepted. */
class RoleChangeForm {

    @NotNull
    private Role role;

    private boolean grant;

    boolean isAssignableHere() {
        return role == Role.CURATOR || role == Role.ADMIN;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isGrant() {
        return grant;
    }

    public void setGrant(boolean grant) {
        this.grant = grant;
    }
}

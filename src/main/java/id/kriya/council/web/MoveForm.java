package id.kriya.council.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where an officer works from now on, and as what. */
class MoveForm {

    @NotNull
    private Long councilId;

    @NotBlank
    @Size(max = 80, message = "{council.size.max}")
    private String position;

    static MoveForm of(long councilId, String position) {
        MoveForm form = new MoveForm();
        form.councilId = councilId;
        form.position = position;
        return form;
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

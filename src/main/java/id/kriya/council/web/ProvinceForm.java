package id.kriya.council.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A province's council with its regencies and cities typed one a line ({@code 35.19 Kabupaten Madiun}). */
class ProvinceForm {

    @NotBlank
    // Empty is NotBlank's to report; one message per mistake.
    @Pattern(regexp = "|[1-9][0-9]", message = "{council.province.code.invalid}")
    private String code;

    @NotBlank
    @Size(max = 120, message = "{council.size.max}")
    private String name;

    @NotBlank
    @Size(max = 80, message = "{council.size.max}")
    private String areaName;

    /** East Java, the largest province, has 38 regencies and cities; this leaves room and stops floods. */
    @NotBlank
    @Size(max = 8000, message = "{council.size.max}")
    private String areas;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAreaName() {
        return areaName;
    }

    public void setAreaName(String areaName) {
        this.areaName = areaName;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }
}

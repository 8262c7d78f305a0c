package id.kriya.council.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One regency or city for a province that has its council already, as a line: {@code 35.77 Kota Madiun}. */
class AreaForm {

    @NotBlank
    @Size(max = 2, message = "{council.size.max}")
    private String provinceCode;

    @NotBlank
    @Size(max = 100, message = "{council.size.max}")
    private String line;

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }
}

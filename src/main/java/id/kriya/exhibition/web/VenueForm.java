package id.kriya.exhibition.web;

import id.kriya.exhibition.VenueDetails;
import id.kriya.exhibition.VenueView;
import id.kriya.exhibition.booth.BoothLines;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A venue and its booth plan as one textarea, one booth a line: {@code K-01;3x3 m;CRAFT;1;1}. */
public class VenueForm {

    @NotBlank
    @Size(max = 120, message = "{exhibition.size.max}")
    private String name;

    @NotBlank
    @Size(max = 300, message = "{exhibition.size.max}")
    private String address;

    @NotBlank
    @Pattern(regexp = "\\d{2}(\\.\\d{2})?", message = "{exhibition.venue.regionCode.invalid}")
    private String regionCode;

    @Size(max = 20000, message = "{exhibition.size.max}")
    private String booths;

    static VenueForm of(VenueView venue) {
        VenueForm form = new VenueForm();
        form.name = venue.name();
        form.address = venue.address();
        form.regionCode = venue.regionCode();
        form.booths = BoothLines.format(venue.booths());
        return form;
    }

    VenueDetails details() {
        return new VenueDetails(name.strip(), address.strip(), regionCode.strip());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getBooths() {
        return booths;
    }

    public void setBooths(String booths) {
        this.booths = booths;
    }
}

package id.kriya.ordering.web;

import id.kriya.ordering.ShippingAddress;
import id.kriya.shipping.Province;
import org.springframework.validation.BindingResult;

/** The address rules that depend on the country, said field by field before the address is made. */
final class AddressCheck {

    private AddressCheck() {
    }

    /** The address, or null with the reasons on the form. */
    static ShippingAddress address(CheckoutForm form, BindingResult errors) {
        String postal = form.getPostalCode() == null ? "" : form.getPostalCode().strip();
        if (form.isAbroad()) {
            if (!postal.isEmpty() && !postal.matches("[A-Za-z0-9 -]{2,12}")) {
                errors.rejectValue("postalCode", "ordering.checkout.postalCode.abroad");
            }
        } else {
            if (form.getRegionCode() == null || form.getRegionCode().isBlank()
                    || Province.of(form.getRegionCode()).isEmpty()) {
                errors.rejectValue("regionCode", "ordering.checkout.region.required");
            }
            if (!postal.isEmpty() && !postal.matches("\\d{5}")) {
                errors.rejectValue("postalCode", "ordering.checkout.postalCode.indonesia");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new ShippingAddress(form.getCountry(), form.isAbroad() ? null : form.getRegionCode(),
                    form.getCity().strip(), blankToNull(form.getDistrict()), postal, form.getLines().strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("country", "ordering.checkout.country.unknown");
            return null;
        }
    }

    /** The address when every part of it is given and right, else null; says nothing on the form. */
    static ShippingAddress addressIfComplete(CheckoutForm form) {
        if (isBlank(form.getCountry()) || isBlank(form.getCity()) || isBlank(form.getLines())
                || isBlank(form.getPostalCode()) || form.getCity().length() > 80 || form.getLines().length() > 300) {
            return null;
        }
        return address(form, new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

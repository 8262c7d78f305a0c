package id.kriya.artisan.web;

import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Craft;
import id.kriya.artisan.MemberFilter;
import id.kriya.artisan.certification.CertificationType;
import org.springframework.web.util.UriComponentsBuilder;

/** The officer's filters as query parameters, shared by the list and its exports. */
class MemberFilterForm {

    private String regency;
    private Craft craft;
    private BusinessStatus status;
    private CertificationType certification;
    private String q;
    private boolean noNib;

    MemberFilter toFilter() {
        return new MemberFilter(blankToNull(regency), craft, status, certification, q == null ? null : q.strip(),
                noNib);
    }

    /** The address of {@code path} with these filters, for pagination and export links. */
    String url(String path) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        param(builder, "regency", blankToNull(regency));
        param(builder, "craft", craft);
        param(builder, "status", status);
        param(builder, "certification", certification);
        param(builder, "q", q == null || q.isBlank() ? null : q.strip());
        param(builder, "noNib", noNib ? Boolean.TRUE : null);
        return builder.encode().toUriString();
    }

    private static void param(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRegency() { return regency; }
    public void setRegency(String regency) { this.regency = regency; }
    public Craft getCraft() { return craft; }
    public void setCraft(Craft craft) { this.craft = craft; }
    public BusinessStatus getStatus() { return status; }
    public void setStatus(BusinessStatus status) { this.status = status; }
    public CertificationType getCertification() { return certification; }
    public void setCertification(CertificationType certification) { this.certification = certification; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public boolean isNoNib() { return noNib; }
    public void setNoNib(boolean noNib) { this.noNib = noNib; }
}

package id.kriya.trust.certificate.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;
import id.kriya.trust.certificate.CertificateRequest;
import id.kriya.trust.certificate.CertificateRuleException;
import id.kriya.trust.certificate.MaterialCheck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an officer writes on a certificate. Up to {@value CertificateRequest#CHECKS_MAX} lines of what was checked,
 * blank lines left out; the photos are ids of the product's own, ticked in the form.
 */
class CertificateForm {

    @NotBlank(message = "{trust.certificate.maker.required}")
    @Size(max = CertificateRequest.MAKER_MAX, message = "{trust.certificate.maker.size}")
    private String maker;

    @NotNull(message = "{trust.certificate.technique.required}")
    private Technique technique;

    @Size(max = CertificateRequest.TECHNIQUE_NOTE_MAX, message = "{trust.certificate.techniqueNote.size}")
    private String techniqueNote;

    @Valid
    private List<CheckRow> checks = new ArrayList<>();

    @Size(max = CertificateRequest.GEOGRAPHICAL_INDICATION_MAX, message = "{trust.certificate.indication.size}")
    private String geographicalIndication;

    @Size(max = CertificateRequest.HAKI_MAX, message = "{trust.certificate.haki.size}")
    private String hakiNumber;

    @Min(value = 1, message = "{trust.certificate.edition.range}")
    @Max(value = CertificateRequest.EDITION_MAX, message = "{trust.certificate.edition.range}")
    private Integer editionNumber;

    @Min(value = 2, message = "{trust.certificate.edition.range}")
    @Max(value = CertificateRequest.EDITION_MAX, message = "{trust.certificate.edition.range}")
    private Integer editionSize;

    @NotNull(message = "{trust.certificate.inspectedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectedOn;

    private List<String> photos = new ArrayList<>();

    @Size(max = CertificateRequest.REMARKS_MAX, message = "{trust.certificate.remarks.size}")
    private String remarks;

    /** The form as it opens: the draft the registry filled in, with empty lines to reach the most there may be. */
    static CertificateForm of(CertificateRequest draft) {
        CertificateForm form = new CertificateForm();
        form.maker = draft.maker();
        form.technique = draft.technique();
        form.techniqueNote = draft.techniqueNote();
        draft.checks().forEach(line -> form.checks.add(new CheckRow(line.material(), line.finding())));
        form.geographicalIndication = draft.geographicalIndication();
        form.hakiNumber = draft.hakiNumber();
        form.editionNumber = draft.editionNumber();
        form.editionSize = draft.editionSize();
        form.inspectedOn = draft.inspectedOn();
        form.photos = new ArrayList<>(draft.photos().stream().map(PhotoId::toString).toList());
        form.remarks = draft.remarks();
        form.padChecks();
        return form;
    }

    /**
     * Two more lines than the form had (three at least, never more than a certificate holds), for the officer to fill
     * in; a phone's screen is not filled with empty boxes. Lines already there keep their places, and so their errors.
     */
    void padChecks() {
        int lines = Math.min(CertificateRequest.CHECKS_MAX, Math.max(3, checks.size() + 2));
        while (checks.size() < lines) {
            checks.add(new CheckRow(null, null));
        }
    }

    /** The filled lines; none when every line is blank. */
    List<MaterialCheck> filledChecks() {
        return checks.stream().filter(Objects::nonNull).filter(row -> !row.isBlank())
                .map(row -> new MaterialCheck(row.getMaterial(), row.getFinding())).toList();
    }

    /**
     * @throws CertificateRuleException for a photo that is not even an id (a forged form): it cannot be the product's
     */
    CertificateRequest toRequest(long productId) {
        List<PhotoId> ids = new ArrayList<>();
        for (String photo : photos == null ? List.<String>of() : photos) {
            ids.add(PhotoId.parse(photo).orElseThrow(
                    () -> new CertificateRuleException("photos", "trust.certificate.rule.photoNotOfProduct")));
        }
        return new CertificateRequest(productId, maker, technique, techniqueNote, filledChecks(),
                geographicalIndication, hakiNumber, editionNumber, editionSize, inspectedOn, ids, remarks);
    }

    /** One line of what was checked; half a line (a material without a finding, or the reverse) is refused. */
    public static class CheckRow {

        @Size(max = MaterialCheck.MATERIAL_MAX, message = "{trust.certificate.material.size}")
        private String material;

        @Size(max = MaterialCheck.FINDING_MAX, message = "{trust.certificate.finding.size}")
        private String finding;

        public CheckRow() {
        }

        CheckRow(String material, String finding) {
            this.material = material;
            this.finding = finding;
        }

        boolean isBlank() {
            return blank(material) && blank(finding);
        }

        boolean isHalf() {
            return blank(material) != blank(finding);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        public String getMaterial() { return material; }
        public void setMaterial(String material) { this.material = strip(material); }
        public String getFinding() { return finding; }
        public void setFinding(String finding) { this.finding = strip(finding); }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public String getMaker() { return maker; }
    public void setMaker(String maker) { this.maker = strip(maker); }
    public Technique getTechnique() { return technique; }
    public void setTechnique(Technique technique) { this.technique = technique; }
    public String getTechniqueNote() { return techniqueNote; }
    public void setTechniqueNote(String techniqueNote) { this.techniqueNote = strip(techniqueNote); }
    public List<CheckRow> getChecks() { return checks; }
    public void setChecks(List<CheckRow> checks) { this.checks = checks; }
    public String getGeographicalIndication() { return geographicalIndication; }
    public void setGeographicalIndication(String value) { this.geographicalIndication = strip(value); }
    public String getHakiNumber() { return hakiNumber; }
    public void setHakiNumber(String hakiNumber) { this.hakiNumber = strip(hakiNumber); }
    public Integer getEditionNumber() { return editionNumber; }
    public void setEditionNumber(Integer editionNumber) { this.editionNumber = editionNumber; }
    public Integer getEditionSize() { return editionSize; }
    public void setEditionSize(Integer editionSize) { this.editionSize = editionSize; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public List<String> getPhotos() { return photos; }
    public void setPhotos(List<String> photos) { this.photos = photos; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = strip(remarks); }
}

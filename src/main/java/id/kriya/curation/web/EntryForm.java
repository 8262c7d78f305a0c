package id.kriya.curation.web;

import java.util.ArrayList;
import java.util.List;

import id.kriya.curation.ApplicationView;
import id.kriya.curation.Entry;
import id.kriya.exhibition.booth.BoothZone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An application as the IKM fills it in: ticked products, a statement, a zone and a preferred stage (empty: any). */
public class EntryForm {

    private List<Long> productIds = new ArrayList<>();

    @NotBlank
    private String statement;

    @NotNull
    private BoothZone zone = BoothZone.CRAFT;

    private Long preferredStageId;

    static EntryForm of(ApplicationView application) {
        EntryForm form = new EntryForm();
        form.productIds = new ArrayList<>(application.productIds());
        form.statement = application.statement();
        form.zone = application.zone();
        form.preferredStageId = application.preferredStageId();
        return form;
    }

    Entry entry() {
        return new Entry(productIds, statement, zone, preferredStageId);
    }

    public List<Long> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<Long> productIds) {
        this.productIds = productIds;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public BoothZone getZone() {
        return zone;
    }

    public void setZone(BoothZone zone) {
        this.zone = zone;
    }

    public Long getPreferredStageId() {
        return preferredStageId;
    }

    public void setPreferredStageId(Long preferredStageId) {
        this.preferredStageId = preferredStageId;
    }
}

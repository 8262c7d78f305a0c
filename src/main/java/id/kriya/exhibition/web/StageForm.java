package id.kriya.exhibition.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.booth.BoothZone;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A stage's number, title, dates, venue (none when online) and booths per zone. */
public class StageForm {

    @NotNull
    @Min(1)
    @Max(99)
    private Integer number = 1;

    @NotBlank
    @Size(max = 120, message = "{exhibition.size.max}")
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    private Long venueId;

    private Map<BoothZone, Integer> capacities = new EnumMap<>(BoothZone.class);

    static StageForm of(StageView stage) {
        StageForm form = new StageForm();
        form.number = stage.number();
        form.title = stage.title();
        form.start = stage.start();
        form.end = stage.end();
        form.venueId = stage.venue() == null ? null : stage.venue().id();
        form.capacities.putAll(stage.capacities());
        return form;
    }

    StageDetails details() {
        Map<BoothZone, Integer> booths = new EnumMap<>(BoothZone.class);
        capacities.forEach((zone, count) -> {
            if (count != null) {
                booths.put(zone, count);
            }
        });
        return new StageDetails(number, title.strip(), start, end, venueId, booths);
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public Map<BoothZone, Integer> getCapacities() {
        return capacities;
    }

    public void setCapacities(Map<BoothZone, Integer> capacities) {
        this.capacities = capacities;
    }
}

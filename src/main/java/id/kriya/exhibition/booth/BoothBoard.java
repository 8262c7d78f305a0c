package id.kriya.exhibition.booth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;

/**
 * A stage's booths as the officer assigning them sees them: the venue's plan, who holds each booth, who has none yet,
 * and the lot number the automatic draw uses.
 */
public record BoothBoard(ExhibitionView exhibition, StageView stage, List<BoothHolder> holders, long lot) {

    public BoothBoard {
        holders = List.copyOf(holders);
    }

    /** An online-only stage (or one without a venue) has no booths. */
    public boolean isOnline() {
        return stage.venue() == null;
    }

    public List<BoothView> booths() {
        return isOnline() ? List.of() : stage.venue().booths();
    }

    /** Who holds this booth; null when it is free. */
    public BoothHolder holderOf(String code) {
        return holders.stream().filter(holder -> code.equals(holder.boothCode())).findFirst().orElse(null);
    }

    public BoothView booth(String code) {
        return code == null ? null
                : booths().stream().filter(booth -> booth.code().equals(code)).findFirst().orElse(null);
    }

    /** The booths of the plan in this zone, by code, free or not: the choices of the change form. */
    public List<BoothView> boothsOf(BoothZone zone) {
        return booths().stream().filter(booth -> booth.zone() == zone)
                .sorted((a, b) -> BoothDraw.CODE_ORDER.compare(a.code(), b.code())).toList();
    }

    /** The others of this exhibitor's zone who hold a booth: whom it may swap with. */
    public List<BoothHolder> swapPartners(BoothHolder holder) {
        return holders.stream().filter(other -> other != holder && other.hasBooth()
                && other.exhibitor().zone() == holder.exhibitor().zone()
                && !Objects.equals(other.boothCode(), holder.boothCode())).toList();
    }

    public List<BoothHolder> withoutBooth() {
        return holders.stream().filter(holder -> !holder.hasBooth()).toList();
    }

    /** Zones with exhibitors or booths, in their order. */
    public List<BoothZone> zones() {
        List<BoothZone> zones = new ArrayList<>();
        for (BoothZone zone : BoothZone.values()) {
            if (holders.stream().anyMatch(holder -> holder.exhibitor().zone() == zone)
                    || booths().stream().anyMatch(booth -> booth.zone() == zone)) {
                zones.add(zone);
            }
        }
        return zones;
    }

    public long heldIn(BoothZone zone) {
        return holders.stream().filter(holder -> holder.hasBooth() && holder.exhibitor().zone() == zone).count();
    }

    public long exhibitorsIn(BoothZone zone) {
        return holders.stream().filter(holder -> holder.exhibitor().zone() == zone).count();
    }

    /** How many booths this zone may fill at the stage: its capacity, at most the booths of the plan. */
    public long placesIn(BoothZone zone) {
        return Math.min(stage.capacities().getOrDefault(zone, 0), boothsOf(zone).size());
    }
}

package id.kriya.exhibition.booth;

/** One booth of a venue's plan: its code, its size as the floor plan says it, its zone and its place on the grid. */
public record BoothView(String code, String size, BoothZone zone, int row, int column) {
}

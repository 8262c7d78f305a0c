package id.kriya.exhibition.showcase;

import java.util.List;

/** The exhibitors from one regency or city, by business name. */
public record RegencyGroup(String regionCode, String name, List<ShownExhibitor> exhibitors) {

    public RegencyGroup {
        exhibitors = List.copyOf(exhibitors);
    }
}

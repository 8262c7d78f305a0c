package id.kriya.exhibition;

import java.util.List;

/** The public list: exhibitions with a stage on today, those with a stage still to come, and those all over. */
public record ExhibitionListing(List<ExhibitionView> now, List<ExhibitionView> coming, List<ExhibitionView> past) {

    public boolean isEmpty() {
        return now.isEmpty() && coming.isEmpty() && past.isEmpty();
    }
}

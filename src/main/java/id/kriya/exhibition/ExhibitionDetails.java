package id.kriya.exhibition;

/** What an officer says about an exhibition. */
public record ExhibitionDetails(String title, String story, String organiserCode, ExhibitionMode mode) {
}

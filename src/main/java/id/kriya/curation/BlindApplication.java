package id.kriya.curation;

import java.util.List;
import java.util.Locale;

import id.kriya.exhibition.booth.BoothZone;

/**
 * An application as a curator sees it: its random code, statement, zone and products, and the curator's own scores
 * and comment so far. Nothing here names the applicant, their business, village or regency.
 */
public record BlindApplication(String code, String statement, BoothZone zone, List<BlindProduct> products,
                               List<Integer> myScores, String myComment) {

    public BlindApplication {
        products = List.copyOf(products);
        myScores = List.copyOf(myScores);
    }

    public boolean isScored() {
        return !myScores.isEmpty();
    }

    /**
     * A product as curators judge it: photo addresses (by random id), title, story, materials, size and price; never
     * its maker, village, regency or shop.
     */
    public record BlindProduct(String title, String storyId, String storyEn, String materials, String category,
                               String technique, int lengthCm, int widthCm, int heightCm, String price,
                               List<String> photoUrls) {

        public BlindProduct {
            photoUrls = List.copyOf(photoUrls);
        }

        public String story(Locale locale) {
            return "en".equals(locale.getLanguage()) && storyEn != null ? storyEn : storyId;
        }
    }
}

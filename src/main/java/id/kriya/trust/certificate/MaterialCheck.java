package id.kriya.trust.certificate;

/**
 * One line of what the officer checked: the material or mark ({@code "Perak 925"}, {@code "Pewarna alam"},
 * {@code "Tenun ATBM"}) and what was found or how ({@code "diuji, kadar 92,5 %"}).
 */
public record MaterialCheck(String material, String finding) {

    public static final int MATERIAL_MAX = 80;
    public static final int FINDING_MAX = 160;
}

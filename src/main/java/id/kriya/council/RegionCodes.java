package id.kriya.council;

import java.util.regex.Pattern;

/** Region codes of the Ministry of Home Affairs: {@code 51} for a province, {@code 51.04} for a regency in it. */
public final class RegionCodes {

    private static final Pattern PROVINCE = Pattern.compile("[1-9][0-9]");
    private static final Pattern AREA = Pattern.compile("[1-9][0-9]\\.[0-9]{2}");

    private RegionCodes() {
    }

    public static boolean isProvince(String code) {
        return code != null && PROVINCE.matcher(code).matches();
    }

    public static boolean isArea(String code) {
        return code != null && AREA.matcher(code).matches();
    }

    public static boolean isInside(String areaCode, String provinceCode) {
        return isArea(areaCode) && isProvince(provinceCode) && areaCode.startsWith(provinceCode + ".");
    }
}

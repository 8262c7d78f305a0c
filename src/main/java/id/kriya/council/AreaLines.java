package id.kriya.council;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kriya.council.CouncilManagement.NewArea;

/**
 * Reads the regencies and cities an admin types, one a line, as the Ministry of Home Affairs lists them:
 * {@code 35.19 Kabupaten Madiun}, {@code 35.79 Kota Batu}. Admins copy such lists from official documents, so a
 * textarea is quicker for them than one form per regency; every line is checked and a bad one is named.
 */
public final class AreaLines {

    /** What can be wrong with one line; pages turn it into a message that names the line. */
    public enum Problem {
        /** No region code like {@code 35.19} at the start. */
        MALFORMED,
        /** The code belongs to another province. */
        OUTSIDE_PROVINCE,
        /** A code but no name after it. */
        NAME_MISSING,
        /** The name says neither Kabupaten nor Kota, so the kind of council is unknown. */
        KIND_MISSING,
        /** A Kota numbered below 71 or a Kabupaten from 71 up: the Ministry numbers cities from 71. */
        KIND_MISMATCH,
        /** The name does not fit the council's columns. */
        NAME_TOO_LONG,
        /** The same code on an earlier line. */
        DUPLICATE
    }

    /** One non-blank line: what it adds, or what is wrong with it (then {@code area} is null). */
    public record Line(int number, String text, NewArea area, Problem problem) {

        public boolean isValid() {
            return problem == null;
        }
    }

    /** The Ministry's numbering: codes from 71 up are cities (kota), below that regencies (kabupaten). */
    static final int FIRST_CITY_NUMBER = 71;
    static final String COUNCIL_PREFIX = "Dekranasda ";

    private static final Pattern CODE_AND_NAME = Pattern.compile("(\\S+)\\s*(.*)");
    private static final Pattern CITY = Pattern.compile("(?iu)kota\\s+(.+)");
    private static final Pattern REGENCY = Pattern.compile("(?iu)(?:kabupaten|kab\\.?)\\s+(.+)");

    private AreaLines() {
    }

    /** Every non-blank line of {@code text}, numbered as the admin sees them in the textarea. */
    public static List<Line> parse(String provinceCode, String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        Set<String> seen = new HashSet<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String clean = raw[i].strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            Line line = parseLine(i + 1, provinceCode, clean);
            if (line.isValid() && !seen.add(line.area().code())) {
                line = new Line(line.number(), line.text(), null, Problem.DUPLICATE);
            }
            lines.add(line);
        }
        return lines;
    }

    /** One line; {@code 35.19 Kab. Madiun} becomes the regency council "Dekranasda Kabupaten Madiun" of area "Madiun". */
    public static Line parseLine(int number, String provinceCode, String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Matcher parts = CODE_AND_NAME.matcher(clean);
        if (!parts.matches() || !RegionCodes.isArea(parts.group(1))) {
            return problem(number, clean, Problem.MALFORMED);
        }
        String code = parts.group(1);
        String name = parts.group(2);
        if (!RegionCodes.isInside(code, provinceCode)) {
            return problem(number, clean, Problem.OUTSIDE_PROVINCE);
        }
        if (name.isEmpty()) {
            return problem(number, clean, Problem.NAME_MISSING);
        }
        Matcher city = CITY.matcher(name);
        Matcher regency = REGENCY.matcher(name);
        CouncilKind kind;
        String fullName;
        String areaName;
        if (city.matches()) {
            kind = CouncilKind.CITY;
            fullName = "Kota " + city.group(1);
            // "Kota" stays in a city's area name, as for Kota Denpasar: Kota Madiun and Kabupaten Madiun both exist.
            areaName = fullName;
        } else if (regency.matches()) {
            kind = CouncilKind.REGENCY;
            fullName = "Kabupaten " + regency.group(1);
            areaName = regency.group(1);
        } else {
            return problem(number, clean, Problem.KIND_MISSING);
        }
        boolean numberedAsCity = Integer.parseInt(code.substring(code.indexOf('.') + 1)) >= FIRST_CITY_NUMBER;
        if (numberedAsCity != (kind == CouncilKind.CITY)) {
            return problem(number, clean, Problem.KIND_MISMATCH);
        }
        String councilName = COUNCIL_PREFIX + fullName;
        if (areaName.length() > Council.AREA_NAME_MAX || councilName.length() > Council.NAME_MAX) {
            return problem(number, clean, Problem.NAME_TOO_LONG);
        }
        return new Line(number, clean, new NewArea(code, councilName, areaName, kind), null);
    }

    private static Line problem(int number, String text, Problem problem) {
        return new Line(number, text, null, problem);
    }
}

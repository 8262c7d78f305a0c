package id.kriya.exhibition.booth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a booth plan an officer types, one booth a line: {@code K-01;3x3 m;CRAFT;1;1} is booth K-01, three by three
 * metres, in the craft zone, on row 1, column 1. A plan is copied from the venue's floor plan, so a textarea is quicker
 * than one form per booth; every line is checked and a bad one is named, and nothing is saved while one is bad.
 */
public final class BoothLines {

    /** What can be wrong with one line; pages turn it into a message that names the line. */
    public enum Problem {
        /** Not five parts separated by semicolons. */
        MALFORMED,
        /** The code is not letters, digits and dashes, up to 20. */
        CODE,
        /** No size, or one longer than 30 characters. */
        SIZE,
        /** A zone Kriya does not know. */
        ZONE,
        /** Row or column not a whole number from 1 to {@link #GRID_MAX}. */
        POSITION,
        /** The same code on an earlier line. */
        DUPLICATE_CODE,
        /** The same row and column as an earlier line. */
        DUPLICATE_PLACE
    }

    /** One non-blank line: the booth it describes, or what is wrong with it (then {@code booth} is null). */
    public record Line(int number, String text, BoothView booth, Problem problem) {

        public boolean isValid() {
            return problem == null;
        }
    }

    public static final int GRID_MAX = 20;
    static final int CODE_MAX = 20;
    static final int SIZE_MAX = 30;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,19}");

    private BoothLines() {
    }

    /** Every non-blank line of {@code text}, numbered as the officer sees them in the textarea. */
    public static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        Set<String> codes = new HashSet<>();
        Set<String> places = new HashSet<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String clean = raw[i].strip();
            if (clean.isEmpty()) {
                continue;
            }
            Line line = parseLine(i + 1, clean);
            if (line.isValid() && !codes.add(line.booth().code().toUpperCase(Locale.ROOT))) {
                line = new Line(line.number(), clean, null, Problem.DUPLICATE_CODE);
            } else if (line.isValid() && !places.add(line.booth().row() + ":" + line.booth().column())) {
                line = new Line(line.number(), clean, null, Problem.DUPLICATE_PLACE);
            }
            lines.add(line);
        }
        return lines;
    }

    /** Writes booths back as lines, so an officer edits the plan they typed. */
    public static String format(List<BoothView> booths) {
        StringBuilder text = new StringBuilder();
        for (BoothView booth : booths) {
            text.append(booth.code()).append(';').append(booth.size()).append(';').append(booth.zone()).append(';')
                    .append(booth.row()).append(';').append(booth.column()).append('\n');
        }
        return text.toString();
    }

    static Line parseLine(int number, String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 5) {
            return new Line(number, text, null, Problem.MALFORMED);
        }
        String code = parts[0].strip();
        String size = parts[1].strip().replaceAll("\\s+", " ");
        if (!CODE.matcher(code).matches()) {
            return new Line(number, text, null, Problem.CODE);
        }
        if (size.isEmpty() || size.length() > SIZE_MAX) {
            return new Line(number, text, null, Problem.SIZE);
        }
        BoothZone zone;
        try {
            zone = BoothZone.valueOf(parts[2].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new Line(number, text, null, Problem.ZONE);
        }
        Integer row = position(parts[3]);
        Integer column = position(parts[4]);
        if (row == null || column == null) {
            return new Line(number, text, null, Problem.POSITION);
        }
        return new Line(number, text, new BoothView(code, size, zone, row, column), null);
    }

    private static Integer position(String part) {
        try {
            int value = Integer.parseInt(part.strip());
            return value >= 1 && value <= GRID_MAX ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

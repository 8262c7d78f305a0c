package id.kriya.exhibition.booth;

import java.util.List;

/** A booth plan with at least one bad line: every line is kept, so the page can name each bad one. */
public class BoothPlanException extends RuntimeException {

    private final transient List<BoothLines.Line> lines;

    public BoothPlanException(List<BoothLines.Line> lines) {
        super("booth plan has bad lines");
        this.lines = List.copyOf(lines);
    }

    public List<BoothLines.Line> badLines() {
        return lines.stream().filter(line -> !line.isValid()).toList();
    }
}

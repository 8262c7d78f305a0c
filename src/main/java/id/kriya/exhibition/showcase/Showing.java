package id.kriya.exhibition.showcase;

import id.kriya.exhibition.StageView;

/** One stage an exhibitor shows at, with its booth there (null until assigned, or online). */
public record Showing(StageView stage, String boothCode) {
}

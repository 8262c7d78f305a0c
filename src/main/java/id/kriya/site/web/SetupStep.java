package id.kriya.site.web;

/**
 * One step on an artisan's way to a first sale: its words ({@code my.step.<key>} and {@code my.step.<key>.todo}),
 * whether it is done, and where it is done.
 */
record SetupStep(String key, boolean done, String path) {
}

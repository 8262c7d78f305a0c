import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout race of issue 4 over real HTTP: 500 guest buyers, ten on each of 50 one-of-a-kind pieces, place
 * their orders at the same instant. Every buyer is prepared first, as a person would be, with a cookie jar of their
 * own: a product page (the CSRF cookie and token, and the product's id), "add to cart", and checkout's review (the
 * total shown and the courier chosen). Then all 500 "place" requests are released at once. Exactly one buyer per
 * piece must get the orders (302 to /checkout/{id}); the nine others the checkout page again with the "just sold"
 * message; nobody a server error or a timeout.
 *
 * <pre>java bench/CheckoutRace.java [base-url] [pieces] [buyers-per-piece] [results-folder]</pre>
 *
 * Defaults: http://localhost:8093, 50, 10, bench/results. Exits 1 when sales are not one per piece or any request
 * erred. No dependencies: Java 17's single-file launch and java.net.http.
 */
public class CheckoutRace {

    static final String SOLD_MESSAGE = "baru saja terjual";
    static final Duration PREPARE_TIMEOUT = Duration.ofSeconds(60);
    static final Duration RACE_TIMEOUT = Duration.ofSeconds(120);
    static final int PREPARE_THREADS = 8;

    static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");
    static final Pattern STOCK_KIND = Pattern.compile("\"stockKind\":\"([A-Z_]+)\"");
    static final Pattern IN_STOCK = Pattern.compile("\"inStock\":(true|false)");
    static final Pattern TITLE = Pattern.compile("\"title\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern PRODUCT_ID = Pattern.compile("name=\"productId\" value=\"([0-9]+)\"");
    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)(?:=\"([^\"]*)\")?");

    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    CheckoutRace(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    record Piece(String slug, String title, long productId) {
    }

    enum Outcome { PLACED, SOLD, ERROR }

    record Result(Buyer buyer, Outcome outcome, int status, long nanos, String detail) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8093";
        int pieces = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int perPiece = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path results = Path.of(args.length > 3 ? args[3] : "bench/results");
        System.exit(new CheckoutRace(base).run(pieces, perPiece, results));
    }

    int run(int pieceCount, int perPiece, Path resultsFolder) throws Exception {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss"));
        long t0 = System.nanoTime();
        List<Piece> pieces = findPieces(pieceCount);
        System.out.printf("Found %d one-of-a-kind pieces in stock in %.1f s%n", pieces.size(), seconds(t0));
        if (pieces.size() < pieceCount) {
            System.err.println("Not enough one-of-a-kind pieces in stock");
            return 2;
        }

        List<Buyer> buyers = new ArrayList<>();
        for (int round = 0; round < perPiece; round++) {
            for (Piece piece : pieces) {
                buyers.add(new Buyer(buyers.size() + 1, piece));
            }
        }
        long t1 = System.nanoTime();
        ExecutorService preparing = Executors.newFixedThreadPool(PREPARE_THREADS);
        List<Future<?>> prepared = new ArrayList<>();
        for (Buyer buyer : buyers) {
            prepared.add(preparing.submit(() -> {
                buyer.prepare();
                return null;
            }));
        }
        for (Future<?> each : prepared) {
            each.get();
        }
        preparing.shutdown();
        System.out.printf("Prepared %d buyers (product page, add to cart, review) in %.1f s%n", buyers.size(),
                seconds(t1));

        // The race: one thread per buyer, all waiting for the same signal.
        String loadBefore = loadAverage();
        CountDownLatch ready = new CountDownLatch(buyers.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racing = Executors.newFixedThreadPool(buyers.size());
        List<Future<Result>> racers = new ArrayList<>();
        for (Buyer buyer : buyers) {
            racers.add(racing.submit(() -> {
                ready.countDown();
                go.await();
                return buyer.place();
            }));
        }
        ready.await();
        Thread.sleep(200);
        long start = System.nanoTime();
        go.countDown();
        List<Result> outcomes = new ArrayList<>();
        for (Future<Result> racer : racers) {
            outcomes.add(racer.get());
        }
        long wallNanos = System.nanoTime() - start;
        racing.shutdown();
        String loadAfter = loadAverage();

        // What the catalog says afterwards: every piece sold is no longer in stock.
        Map<Piece, Integer> salesPerPiece = new LinkedHashMap<>();
        pieces.forEach(piece -> salesPerPiece.put(piece, 0));
        outcomes.stream().filter(r -> r.outcome == Outcome.PLACED)
                .forEach(r -> salesPerPiece.merge(r.buyer.piece, 1, Integer::sum));
        int soldOutInApi = 0;
        for (Piece piece : pieces) {
            String json = get("/api/v1/products/" + piece.slug, new Jar()).body();
            if ("false".equals(first(IN_STOCK, json))) {
                soldOutInApi++;
            }
        }

        Report report = new Report(stamp, base, pieces.size(), buyers.size(), outcomes, salesPerPiece, soldOutInApi,
                wallNanos, loadBefore, loadAfter);
        String markdown = report.markdown();
        Files.createDirectories(resultsFolder);
        Path file = resultsFolder.resolve("checkout-race-" + stamp + ".md");
        Files.writeString(file, markdown);
        System.out.println();
        System.out.print(markdown);
        System.out.println();
        System.out.println("Written to " + file);
        return report.passed() ? 0 : 1;
    }

    /** Published one-of-a-kind pieces in stock, from the search API and each product's own JSON. */
    List<Piece> findPieces(int wanted) throws Exception {
        List<Piece> pieces = new ArrayList<>();
        Jar jar = new Jar();
        for (int page = 0; page <= 1000 && pieces.size() < wanted; page++) {
            String list = get("/api/v1/products?inStock=true&sort=newest&size=50&page=" + page, jar).body();
            List<String> slugs = all(SLUG, list);
            if (slugs.isEmpty()) {
                break;
            }
            for (String slug : slugs) {
                HttpResponse<String> detail = get("/api/v1/products/" + slug, jar);
                if (detail.statusCode() != 200 || !"ONE_OF_A_KIND".equals(first(STOCK_KIND, detail.body()))
                        || !"true".equals(first(IN_STOCK, detail.body()))) {
                    continue;
                }
                String html = get("/products/" + slug, jar).body();
                String id = first(PRODUCT_ID, html);
                if (id != null) {
                    pieces.add(new Piece(slug, unescape(first(TITLE, detail.body())), Long.parseLong(id)));
                    if (pieces.size() == wanted) {
                        break;
                    }
                }
            }
        }
        return pieces;
    }

    /** A guest with a cookie jar of their own, buying one piece. */
    final class Buyer {

        final int number;
        final Piece piece;
        final Jar jar = new Jar();
        final Map<String, String> form = new LinkedHashMap<>();

        Buyer(int number, Piece piece) {
            this.number = number;
            this.piece = piece;
        }

        void prepare() throws Exception {
            HttpResponse<String> page = get("/products/" + piece.slug, jar);
            String csrf = require(first(CSRF, page.body()), "no CSRF token on the product page");
            require(jar.get("XSRF-TOKEN"), "no XSRF-TOKEN cookie");

            HttpResponse<String> added = post("/cart/items", jar, Map.of("productId", Long.toString(piece.productId),
                    "quantity", "1", "_csrf", csrf), PREPARE_TIMEOUT);
            if (added.statusCode() != 302 || jar.get("kriya-cart") == null) {
                throw new IllegalStateException("buyer " + number + ": add to cart answered " + added.statusCode());
            }

            form.put("_csrf", csrf);
            form.put("checkoutId", UUID.randomUUID().toString());
            form.put("name", "Pembeli " + number);
            form.put("email", "pembeli" + number + "@example.com");
            form.put("phone", "+62 812 3456 " + String.format("%04d", number));
            form.put("country", "ID");
            form.put("regionCode", "51.71");
            form.put("city", "Kota Denpasar");
            form.put("district", "Denpasar Selatan");
            form.put("postalCode", "80225");
            form.put("lines", "Jl. Tukad Badung No. " + number);
            HttpResponse<String> review = post("/checkout", jar, with("action", "review"), PREPARE_TIMEOUT);
            if (review.statusCode() != 200) {
                throw new IllegalStateException("buyer " + number + ": review answered " + review.statusCode());
            }
            int deliveries = 0;
            Matcher inputs = INPUT.matcher(review.body());
            while (inputs.find()) {
                Map<String, String> input = attributes(inputs.group());
                String name = input.getOrDefault("name", "");
                if (name.equals("expectedTotal")) {
                    form.put("expectedTotal", input.get("value"));
                } else if (name.startsWith("deliveries[") && "radio".equals(input.get("type"))
                        && input.containsKey("checked")) {
                    form.put(name, input.get("value"));
                    deliveries++;
                }
            }
            if (form.get("expectedTotal") == null || deliveries != 1) {
                throw new IllegalStateException("buyer " + number + ": review showed no total or no delivery");
            }
        }

        Result place() {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = post("/checkout", jar, with("action", "place"), RACE_TIMEOUT);
                long nanos = System.nanoTime() - start;
                int status = response.statusCode();
                String location = response.headers().firstValue("Location").orElse("");
                if (status == 302 && location.endsWith("/checkout/" + form.get("checkoutId"))) {
                    return new Result(this, Outcome.PLACED, status, nanos, location);
                }
                if (status == 200 && response.body().contains(SOLD_MESSAGE)) {
                    return new Result(this, Outcome.SOLD, status, nanos, "");
                }
                String problem = first(Pattern.compile("class=\"flash error\"[^>]*>([^<]*)<"), response.body());
                return new Result(this, Outcome.ERROR, status, nanos,
                        status + " " + (location.isEmpty() ? Objects.toString(problem, "") : location));
            } catch (Exception e) {
                return new Result(this, Outcome.ERROR, 0, System.nanoTime() - start, e.toString());
            }
        }

        private Map<String, String> with(String name, String value) {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put(name, value);
            return fields;
        }
    }

    /** The figures of one race, as Markdown. */
    record Report(String stamp, String base, int pieces, int buyers, List<Result> results,
                  Map<Piece, Integer> salesPerPiece, int soldOutInApi, long wallNanos, String loadBefore,
                  String loadAfter) {

        long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome == outcome).count();
        }

        long piecesSoldOnce() {
            return salesPerPiece.values().stream().filter(n -> n == 1).count();
        }

        boolean passed() {
            return count(Outcome.PLACED) == pieces && piecesSoldOnce() == pieces && soldOutInApi == pieces
                    && count(Outcome.ERROR) == 0;
        }

        String markdown() {
            long[] all = results.stream().mapToLong(Result::nanos).sorted().toArray();
            long[] placed = results.stream().filter(r -> r.outcome == Outcome.PLACED).mapToLong(Result::nanos)
                    .sorted().toArray();
            long[] sold = results.stream().filter(r -> r.outcome == Outcome.SOLD).mapToLong(Result::nanos)
                    .sorted().toArray();
            StringBuilder md = new StringBuilder();
            md.append("# Kriya checkout race, ").append(stamp).append(" UTC\n\n");
            md.append(buyers).append(" guest buyers, ").append(buyers / Math.max(1, pieces))
                    .append(" on each of ").append(pieces).append(" one-of-a-kind pieces, place their orders at ")
                    .append("the same instant against ").append(base).append(" (each prepared first: product page, ")
                    .append("add to cart, review). ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores; load average before/after: ").append(loadBefore).append(" / ")
                    .append(loadAfter).append(System.getenv("JAVA_PROCESSES") == null ? "" : "; "
                            + System.getenv("JAVA_PROCESSES") + " Java processes on the machine (Kriya among them)")
                    .append(".\n\n");
            md.append("| | count | expected |\n|---|---:|---:|\n");
            md.append("| sales (302 to the orders) | ").append(count(Outcome.PLACED)).append(" | ").append(pieces)
                    .append(" |\n");
            md.append("| pieces sold exactly once | ").append(piecesSoldOnce()).append(" | ").append(pieces)
                    .append(" |\n");
            md.append("| pieces the API now shows sold out | ").append(soldOutInApi).append(" | ").append(pieces)
                    .append(" |\n");
            md.append("| \"baru saja terjual\" answers | ").append(count(Outcome.SOLD)).append(" | ")
                    .append(buyers - pieces).append(" |\n");
            md.append("| errors (other status, 5xx, timeouts) | ").append(count(Outcome.ERROR)).append(" | 0 |\n\n");
            md.append("| latency | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
            md.append(latencyRow("all " + all.length, all));
            md.append(latencyRow("sales " + placed.length, placed));
            md.append(latencyRow("sold-out answers " + sold.length, sold));
            md.append(String.format("%nWall time from the release to the last answer: %.0f ms (%.0f requests/s).%n",
                    wallNanos / 1e6, buyers / (wallNanos / 1e9)));
            md.append("\nResult: ").append(passed() ? "PASSED" : "FAILED").append('\n');
            List<Result> errors = results.stream().filter(r -> r.outcome == Outcome.ERROR).toList();
            if (!errors.isEmpty()) {
                Map<String, Integer> kinds = new TreeMap<>();
                errors.forEach(r -> kinds.merge(r.detail.length() > 160 ? r.detail.substring(0, 160) : r.detail, 1,
                        Integer::sum));
                md.append("\nErrors:\n\n");
                kinds.forEach((detail, n) -> md.append("- ").append(n).append(" × ").append(detail).append('\n'));
            }
            salesPerPiece.forEach((piece, n) -> {
                if (n != 1) {
                    md.append("- ").append(piece.slug).append(" (").append(piece.title).append("): sold ").append(n)
                            .append(" times\n");
                }
            });
            return md.toString();
        }

        private static String latencyRow(String name, long[] sorted) {
            if (sorted.length == 0) {
                return "| " + name + " | – | – | – | – |\n";
            }
            return String.format("| %s | %.0f | %.0f | %.0f | %.0f |%n", name, percentile(sorted, 50) / 1e6,
                    percentile(sorted, 95) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
        }

        /** Nearest rank. */
        private static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /** The cookies of one buyer: name to value, for this one host. */
    static final class Jar {

        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        String get(String name) {
            return cookies.get(name);
        }

        void apply(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                        .append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
        }

        void store(HttpResponse<?> response) {
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                boolean expired = setCookie.toLowerCase().contains("max-age=0");
                if (value.isEmpty() || expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }

    HttpResponse<String> get(String path, Jar jar) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(PREPARE_TIMEOUT)
                .header("Accept-Language", "id").GET();
        jar.apply(request);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        jar.store(response);
        return response;
    }

    HttpResponse<String> post(String path, Jar jar, Map<String, String> fields, Duration timeout)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept-Language", "id").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        jar.apply(request);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        jar.store(response);
        return response;
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag.substring("<input".length()));
        while (m.find()) {
            attributes.put(m.group(1), m.group(2) == null ? "" : unescapeHtml(m.group(2)));
        }
        return attributes;
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String require(String value, String problem) {
        if (value == null) {
            throw new IllegalStateException(problem);
        }
        return value;
    }

    static String unescape(String json) {
        return json == null ? "" : json.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    static String unescapeHtml(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }
}

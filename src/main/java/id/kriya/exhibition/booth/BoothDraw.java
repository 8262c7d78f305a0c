package id.kriya.exhibition.booth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.kriya.exhibition.BoothsAssigned;
import id.kriya.exhibition.ExhibitorView;

/**
 * How booths are handed out automatically, zone by zone, the way the council does it by hand:
 * <ol>
 * <li>booths already held stay where they are (an officer's manual changes are never undone);</li>
 * <li>a zone fills up to the stage's capacity for it, and never beyond the booths of that zone in the venue's plan
 * (a zone without a capacity has no booths at this stage);</li>
 * <li>who gets the remaining places goes by admission order: the first admitted first;</li>
 * <li>where each of them stands is drawn by lot: the free booths, in the order of their codes, are dealt to those
 * exhibitors shuffled with the lot number. The lot number is printed on the page, so anyone can draw again and get
 * the same plan ({@link Random} and {@link Collections#shuffle(List, Random)} are specified, not left to the JDK).</li>
 * </ol>
 * Those left over when a zone is full are listed as having no booth.
 */
public final class BoothDraw {

    /** Codes compared by their letters, then by their numbers as numbers: K-2 before K-10. */
    public static final Comparator<String> CODE_ORDER = BoothDraw::compareCodes;

    private BoothDraw() {
    }

    public static BoothsAssigned draw(List<BoothView> plan, Map<BoothZone, Integer> capacities, List<ExhibitorView> exhibitors,
                              long lot) {
        Map<Long, String> placed = new LinkedHashMap<>();
        List<ExhibitorView> without = new ArrayList<>();
        Random random = new Random(lot);
        for (BoothZone zone : BoothZone.values()) {
            List<String> zoneBooths = plan.stream().filter(booth -> booth.zone() == zone).map(BoothView::code)
                    .sorted(CODE_ORDER).toList();
            Set<String> zoneCodes = new HashSet<>(zoneBooths);
            List<ExhibitorView> ofZone = exhibitors.stream().filter(exhibitor -> exhibitor.zone() == zone).toList();
            Set<String> held = new HashSet<>();
            List<ExhibitorView> waiting = new ArrayList<>();
            for (ExhibitorView exhibitor : ofZone) {
                if (exhibitor.boothCode() != null && zoneCodes.contains(exhibitor.boothCode())) {
                    held.add(exhibitor.boothCode());
                } else {
                    waiting.add(exhibitor);
                }
            }
            List<String> free = zoneBooths.stream().filter(code -> !held.contains(code)).toList();
            int limit = Math.min(capacities.getOrDefault(zone, 0), zoneBooths.size());
            int places = Math.max(0, Math.min(limit - held.size(), Math.min(free.size(), waiting.size())));
            List<ExhibitorView> lucky = new ArrayList<>(waiting.subList(0, places));
            Collections.shuffle(lucky, random);
            for (int i = 0; i < places; i++) {
                placed.put(lucky.get(i).id(), free.get(i));
            }
            without.addAll(waiting.subList(places, waiting.size()));
        }
        without.sort(Comparator.comparingLong(ExhibitorView::id));
        return new BoothsAssigned(placed, without);
    }

    static int compareCodes(String a, String b) {
        List<Object> left = parts(a);
        List<Object> right = parts(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            Object x = left.get(i);
            Object y = right.get(i);
            int order;
            if (x instanceof Long n && y instanceof Long m) {
                order = Long.compare(n, m);
            } else {
                order = x.toString().compareTo(y.toString());
            }
            if (order != 0) {
                return order;
            }
        }
        return left.size() != right.size() ? Integer.compare(left.size(), right.size()) : a.compareTo(b);
    }

    private static List<Object> parts(String code) {
        List<Object> parts = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(code.toUpperCase(Locale.ROOT));
        while (matcher.find()) {
            String part = matcher.group();
            parts.add(Character.isDigit(part.charAt(0)) && part.length() < 18 ? (Object) Long.parseLong(part) : part);
        }
        return parts;
    }
}

package id.kriya.ordering.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.kriya.council.CouncilManagement;
import id.kriya.shipping.Province;
import org.springframework.stereotype.Component;

/**
 * The choices of the address form: Indonesia's provinces, each with its regencies where Kriya knows them (from the
 * councils), and the countries of the world named in the visitor's language, Indonesia first.
 */
@Component
class AddressOptions {

    record Option(String code, String label) {
    }

    record ProvinceOption(String code, String name, List<Option> areas) {
    }

    private final CouncilManagement councils;
    private final Map<Locale, List<Option>> countries = new ConcurrentHashMap<>();

    AddressOptions(CouncilManagement councils) {
        this.councils = councils;
    }

    List<ProvinceOption> regions() {
        Map<String, String> areas = councils.areaNames();
        List<ProvinceOption> provinces = new ArrayList<>();
        for (Province province : Province.values()) {
            List<Option> own = areas.entrySet().stream()
                    .filter(area -> area.getKey().startsWith(province.code() + "."))
                    .map(area -> new Option(area.getKey(), area.getValue()))
                    .sorted(Comparator.comparing(Option::label)).toList();
            provinces.add(new ProvinceOption(province.code(), province.displayName(), own));
        }
        return provinces;
    }

    /** Sorted once per language: the checkout page shows ~250 of them each time. */
    List<Option> countries(Locale locale) {
        return countries.computeIfAbsent(locale, AddressOptions::sortedCountries);
    }

    private static List<Option> sortedCountries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Option> countries = new ArrayList<>(Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals("ID"))
                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label, collator)).toList());
        countries.add(0, new Option("ID", new Locale("", "ID").getDisplayCountry(locale)));
        return List.copyOf(countries);
    }
}

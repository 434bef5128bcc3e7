package cn.jsedu.ledger.kernel.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of indicators per key task, kept as data in {@value #RESOURCE} (a versioned resource of this
 * module, read by both sides). Codes are stable: rows are added, never changed in meaning or reused.
 */
public final class IndicatorCatalogue {

    public static final String RESOURCE = "indicator-catalogue.csv";
    public static final int VERSION = 1;

    private static final IndicatorCatalogue INSTANCE = load();

    private final Map<String, Indicator> byCode;

    private IndicatorCatalogue(Map<String, Indicator> byCode) {
        this.byCode = byCode;
    }

    public static IndicatorCatalogue get() {
        return INSTANCE;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Indicator> all() {
        return byCode.values();
    }

    private static IndicatorCatalogue load() {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        try (InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 5);
                Indicator indicator = new Indicator(f[0], Integer.parseInt(f[1]), IndicatorUnit.valueOf(f[2]), f[3], f[4]);
                if (indicators.put(indicator.code(), indicator) != null) {
                    throw new IllegalStateException("indicator code listed twice: " + indicator.code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorCatalogue(Collections.unmodifiableMap(indicators));
    }
}

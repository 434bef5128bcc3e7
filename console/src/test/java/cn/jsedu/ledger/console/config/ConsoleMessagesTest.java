package cn.jsedu.ledger.console.config;

import cn.jsedu.ledger.console.form.FormKind;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese by default and English on request, with the same keys in both; every value the ledger can show (sources,
 * states, forms, categories, decisions, checklist items, findings, form kinds, event types) has a label in both
 * languages.
 */
class ConsoleMessagesTest {

    private final MessageSource messages = new ConsoleWebConfig().messageSource();

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("console_en.properties").stringPropertyNames())
                .isEqualTo(load("console.properties").stringPropertyNames());
        assertThat(load("console-words_en.properties").stringPropertyNames())
                .isEqualTo(load("console-words.properties").stringPropertyNames());
        assertThat(load("ledger-values_en.properties").stringPropertyNames())
                .isEqualTo(load("ledger-values.properties").stringPropertyNames());
    }

    /**
     * The catalogues are one message source: a key in two of them shows only one file's words, whichever the source
     * reads first (the representative's page and the readiness words once both defined contributionState.DISPUTED).
     */
    @Test
    void noKeyIsDefinedInTwoCatalogues() throws IOException {
        List<String> files = List.of("console.properties", "console-words.properties", "ledger-values.properties");
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String file : files) {
            for (String key : load(file).stringPropertyNames()) {
                String other = owner.putIfAbsent(key, file);
                if (other != null) {
                    twice.add(key + " (" + other + ", " + file + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void chineseIsTheDefaultWhateverTheServerLocale() {
        assertThat(messages.getMessage("dashboard.title", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("项目总览");
        assertThat(messages.getMessage("dashboard.title", null, Locale.GERMAN)).isEqualTo("项目总览");
        assertThat(messages.getMessage("dashboard.title", null, Locale.ENGLISH)).isEqualTo("Programme dashboard");
    }

    @Test
    void everyValueTheLedgerShowsHasALabelInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (FundingSource s : FundingSource.values()) {
            keys.add("source." + s.name());
        }
        for (PlatformStatus s : PlatformStatus.values()) {
            keys.add("status." + s.name());
        }
        for (ContributionForm f : ContributionForm.values()) {
            keys.add("form." + f.name());
        }
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            keys.add("category." + c.name());
        }
        for (DecisionType d : DecisionType.values()) {
            keys.add("decision." + d.name());
        }
        for (Role r : Role.values()) {
            keys.add("role." + r.name());
        }
        for (FormKind k : FormKind.values()) {
            keys.add("formKind." + k.name());
        }
        for (String item : List.of("CONSTRUCTION_PERIOD", "TOTAL_RECEIVED", "ENTERPRISE_SHARE", "REPORTS_SUBMITTED",
                "MANDATORY_INDICATORS", "WORKSTATION_SHARE", "AGREEMENT_SIGNED", "NOT_SUSPENDED_OR_TERMINATED")) {
            keys.add("item." + item);
        }
        for (String finding : List.of("PLANNED_TOTAL_BELOW_MINIMUM", "PLANNED_ENTERPRISE_SHARE_NOT_MET",
                "ACTUAL_ENTERPRISE_SHARE_NOT_MET", "ACTUAL_TOTAL_BELOW_MINIMUM", "ARRIVAL_BEHIND_SCHEDULE", "RECOVERY_DUE")) {
            keys.add("finding." + finding);
        }
        for (Class<?> event : eventTypes()) {
            keys.add("event." + event.getSimpleName());
        }
        for (String key : keys) {
            assertThat(messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE)).as(key).isNotNull();
            assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotNull();
        }
        assertThat(messages.getMessage("source.PROVINCIAL_FINANCE", null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(FundingSource.PROVINCIAL_FINANCE.chineseName());
    }

    /** Every event the aggregate records (the history page names each one). */
    private static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PlatformEvent.class));
        List<Class<?>> events = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(PlatformEvent.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.isRecord()) {
                events.add(type);
            }
        }
        assertThat(events).extracting(Class::getSimpleName).contains("InstallmentRecordedEvent", "DecisionProposedEvent");
        return events;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

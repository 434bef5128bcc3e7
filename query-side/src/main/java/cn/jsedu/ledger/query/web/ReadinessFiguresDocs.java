package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * What the OpenAPI document says of a readiness item and its {@link ReadinessFigures}: they are shared-kernel records,
 * which carry no annotations (the kernel depends on the JDK only), so their schemas are described here, by name.
 * A member named here that the schema lacks fails the document's build, so a renamed figure cannot leave a stale
 * description behind.
 */
@Configuration(proxyBeanMethods = false)
public class ReadinessFiguresDocs {

    static final Map<String, String> ITEM = Map.of(
            "code", "The checklist item: CONSTRUCTION_PERIOD, TOTAL_RECEIVED, ENTERPRISE_SHARE, REPORTS_SUBMITTED, "
                    + "MANDATORY_INDICATORS, WORKSTATION_SHARE, AGREEMENT_SIGNED, NOT_SUSPENDED_OR_TERMINATED, "
                    + "ENTERPRISE_CONTRIBUTIONS_CONFIRMED",
            "value", "The item's value as a short English phrase, for display as it is; to write it in other words "
                    + "use figures, never parse this",
            "threshold", "The item's requirement as a short English phrase, for display as it is; see figures",
            "evidence", "Ids of the events the item was decided from",
            "figures", "The figures the item was decided from, typed; only the members of the item's code are present");

    static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("constructionEnd", "CONSTRUCTION_PERIOD: the (extended) end of the construction period; "
                    + "absent before approval"),
            Map.entry("windowStart", "CONSTRUCTION_PERIOD: the first day acceptance may be judged; absent before approval"),
            Map.entry("received", "TOTAL_RECEIVED, ENTERPRISE_SHARE: investment in place (received less recovered)"),
            Map.entry("minimumTotal", "TOTAL_RECEIVED: the programme's minimum total investment"),
            Map.entry("enterprise", "ENTERPRISE_SHARE: the enterprise part of received"),
            Map.entry("enterprisePercent", "ENTERPRISE_SHARE: enterprise / received in percent, half-up to two "
                    + "decimals, for display only; absent while nothing is received"),
            Map.entry("minimumShare", "ENTERPRISE_SHARE, WORKSTATION_SHARE: the share required, e.g. "
                    + "{\"numerator\":1,\"denominator\":3}"),
            Map.entry("reportsDue", "REPORTS_SUBMITTED: half-yearly reports fallen due as of the date judged"),
            Map.entry("reportsSubmitted", "REPORTS_SUBMITTED: of those, the ones submitted"),
            Map.entry("missingPeriods", "REPORTS_SUBMITTED: the periods (2021H1) of the due reports not submitted"),
            Map.entry("mandatoryTasks", "MANDATORY_INDICATORS: the programme's mandatory task numbers"),
            Map.entry("mandatoryIndicators", "MANDATORY_INDICATORS: the task book's indicators of the mandatory tasks; "
                    + "0 without a task book"),
            Map.entry("indicatorsMet", "MANDATORY_INDICATORS: of those, the ones whose latest actual reaches the target"),
            Map.entry("unmetIndicators", "MANDATORY_INDICATORS: the codes of the ones not met"),
            Map.entry("workstationYears", "WORKSTATION_SHARE: every complete year (both half-year reports in), "
                    + "workstations offered to enterprises and society of all; empty before the first"),
            Map.entry("agreementsSigned", "AGREEMENT_SIGNED: co-construction agreements signed"),
            Map.entry("status", "NOT_SUSPENDED_OR_TERMINATED: the platform's status"),
            Map.entry("contributionsDue", "ENTERPRISE_CONTRIBUTIONS_CONFIRMED: enterprise contributions in force that "
                    + "need their enterprise's confirmation"),
            Map.entry("contributionsConfirmed", "ENTERPRISE_CONTRIBUTIONS_CONFIRMED: of those, the ones confirmed at "
                    + "the amount in force"),
            Map.entry("unconfirmedContributions", "ENTERPRISE_CONTRIBUTIONS_CONFIRMED: the others, each with what its "
                    + "enterprise said (UNCONFIRMED or DISPUTED)"));

    @Bean
    public OpenApiCustomizer readinessFiguresDescriptions() {
        return ReadinessFiguresDocs::describe;
    }

    static void describe(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        describe(schemas.get(ReadinessItem.class.getSimpleName()), ITEM,
                "One item of the acceptance checklist (docs/domain.md §7)");
        describe(schemas.get(ReadinessFigures.class.getSimpleName()), FIGURES, "The figures a readiness item was "
                + "decided from: amounts in yuan as decimal strings, counts as integers, dates as ISO dates");
    }

    @SuppressWarnings("rawtypes")
    private static void describe(Schema schema, Map<String, String> properties, String description) {
        if (schema == null) {
            return; // a document of other operations only (springdoc groups)
        }
        schema.setDescription(description);
        properties.forEach((name, text) -> {
            Object property = schema.getProperties() == null ? null : schema.getProperties().get(name);
            if (!(property instanceof Schema<?> s)) {
                throw new IllegalStateException(schema.getName() + " has no property " + name + " to describe");
            }
            s.setDescription(text);
        });
    }
}

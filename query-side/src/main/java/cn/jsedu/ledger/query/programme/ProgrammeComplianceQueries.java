package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.compliance.ComplianceRules;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.jsedu.ledger.query.readmodel.Sql.money;

/**
 * Programme compliance from the platform table's running totals: no events are read per request. The counts
 * use the same integer rule as {@link ComplianceRules} ({@code d × enterprise ≥ n × total}), in SQL NUMERIC.
 */
@Service
public class ProgrammeComplianceQueries {

    /** Platforms that count: approved at some point ({@link PlatformStatus#wasApproved}). */
    private static final String COUNTED = Arrays.stream(PlatformStatus.values()).filter(PlatformStatus::wasApproved)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "status IN (", ")"));

    private final JdbcTemplate jdbc;
    private final PlatformQueries platforms;
    private final ProgrammeQueries programmes;
    private final Clock clock;

    public ProgrammeComplianceQueries(JdbcTemplate jdbc, PlatformQueries platforms, ProgrammeQueries programmes,
                                      Clock clock) {
        this.jdbc = jdbc;
        this.platforms = platforms;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * The programme's compliance today, by the parameters in force today (every platform of one programme is judged
     * by the same ones on the same day); empty if the programme is unknown.
     */
    public java.util.Optional<ProgrammeComplianceView> compliance(String programmeId, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return programmes.timeline(programmeId).map(timeline -> timeline.inForce(today)).map(parameters -> {
            PlatformQueries.Page rows = platforms.list(PlatformQueries.Filter.programme(programmeId), page, size);
            return new ProgrammeComplianceView(today, parameters.minimumTotalInvestment().toString(),
                    parameters.minimumEnterpriseShare().toString(), totals(programmeId, parameters), page, size,
                    rows.total(), rows.rows().stream().map(r -> row(r, today, parameters)).toList());
        });
    }

    private ProgrammeComplianceView.Totals totals(String programmeId, ProgrammeParameters parameters) {
        long n = parameters.minimumEnterpriseShare().numerator();
        long d = parameters.minimumEnterpriseShare().denominator();
        Map<String, Object> t = jdbc.queryForMap("""
                SELECT count(*) AS platforms, coalesce(sum(planned_total), 0) AS planned_total,
                  coalesce(sum(planned_enterprise), 0) AS planned_enterprise,
                  coalesce(sum(received_cash + received_non_cash - recovered), 0) AS actual_total,
                  coalesce(sum(enterprise_received - enterprise_recovered), 0) AS actual_enterprise,
                  count(*) FILTER (WHERE planned_total >= ?) AS meeting_planned_total,
                  count(*) FILTER (WHERE ? * planned_enterprise >= ? * planned_total) AS meeting_planned_share,
                  count(*) FILTER (WHERE ? * (enterprise_received - enterprise_recovered)
                                      >= ? * (received_cash + received_non_cash - recovered)) AS meeting_actual_share
                FROM read_model.platform WHERE programme_id = ? AND""" + " " + COUNTED,
                money(parameters.minimumTotalInvestment()), d, n, d, n, programmeId);
        Money plannedTotal = Money.of((BigDecimal) t.get("planned_total"));
        Money plannedEnterprise = Money.of((BigDecimal) t.get("planned_enterprise"));
        Money actualTotal = Money.of((BigDecimal) t.get("actual_total"));
        Money actualEnterprise = Money.of((BigDecimal) t.get("actual_enterprise"));
        return new ProgrammeComplianceView.Totals(((Number) t.get("platforms")).longValue(),
                plannedTotal.toString(), plannedEnterprise.toString(), ComplianceRules.percent(plannedEnterprise, plannedTotal),
                ComplianceRules.shareMet(plannedEnterprise, plannedTotal, parameters), actualTotal.toString(),
                actualEnterprise.toString(), ComplianceRules.percent(actualEnterprise, actualTotal),
                ComplianceRules.shareMet(actualEnterprise, actualTotal, parameters),
                ((Number) t.get("meeting_planned_total")).longValue(), ((Number) t.get("meeting_planned_share")).longValue(),
                ((Number) t.get("meeting_actual_share")).longValue());
    }

    /**
     * A platform's arrivals against its elapsed construction period on {@code today}: the row's
     * {@code arrivalBehindSchedule}. {@code elapsedPercent} is null before a construction period is known.
     */
    public record Arrival(boolean behind, Money received, Money plannedTotal, BigDecimal arrivalPercent,
                          BigDecimal elapsedPercent) {
    }

    /**
     * The rule "arrival behind schedule" (docs/domain.md §7) from the platform row's running totals, as the programme's
     * rows and the inbox decide it: no events are read, so its cost does not grow with the platform's entries.
     */
    public static Arrival arrival(PlatformRow r, LocalDate today, ProgrammeParameters parameters) {
        ComplianceRules.Elapsed elapsed = r.constructionStart() == null ? null
                : ComplianceRules.elapsed(r.constructionStart(), r.constructionEnd(), today);
        boolean behind = elapsed != null && ComplianceRules.arrivalBehind(r.received(), r.plannedTotal(), elapsed,
                parameters);
        return new Arrival(behind, r.received(), r.plannedTotal(), ComplianceRules.percent(r.received(), r.plannedTotal()),
                elapsed == null ? null : elapsed.percent());
    }

    private static ProgrammeComplianceView.Row row(PlatformRow r, LocalDate today, ProgrammeParameters parameters) {
        Arrival arrival = arrival(r, today, parameters);
        Money recoveryDue = ComplianceRules.recoveryDue(r.status() == PlatformStatus.TERMINATED,
                r.provincialNetReceived(), r.plannedProvincial(), r.provincialCashBalance());
        return new ProgrammeComplianceView.Row(r.platformId(), r.title(), r.collegeName(), r.status(), r.batch(),
                r.plannedTotal().toString(), r.plannedEnterprise().toString(),
                ComplianceRules.totalMet(r.plannedTotal(), parameters),
                ComplianceRules.shareMet(r.plannedEnterprise(), r.plannedTotal(), parameters),
                r.netReceived().toString(), r.netEnterprise().toString(),
                ComplianceRules.percent(r.netEnterprise(), r.netReceived()),
                ComplianceRules.shareMet(r.netEnterprise(), r.netReceived(), parameters),
                arrival.arrivalPercent(), arrival.behind(), recoveryDue.toString(), r.version(),
                ComplianceRules.actualTotalBelowMinimum(r.netReceived(), r.constructionEnd(), today, parameters),
                r.collegeCity());
    }
}

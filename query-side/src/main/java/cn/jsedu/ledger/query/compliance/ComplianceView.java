package cn.jsedu.ledger.query.compliance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Funding compliance of one platform (docs/domain.md §7). {@code ...Met} flags are decided in exact integers;
 * percentages are rounded half-up for display only; amounts are decimal strings. Built with {@link #builder}: every
 * figure is set by its name.
 */
public record ComplianceView(String platformId, LocalDate asOf, Instant knownAt, long version, PlatformStatus status,
                             String minimumTotal, String minimumEnterpriseShare,
                             String plannedTotal, String plannedEnterprise, BigDecimal plannedEnterprisePercent,
                             boolean plannedTotalMet, boolean plannedEnterpriseShareMet,
                             String actualTotal, String actualEnterprise, BigDecimal actualEnterprisePercent,
                             boolean actualTotalMet, boolean actualEnterpriseShareMet,
                             BigDecimal elapsedPercent, BigDecimal arrivalPercent, boolean arrivalBehindSchedule,
                             String recoveryDue, List<Finding> findings) {

    public ComplianceView {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
    }

    /** The compliance of {@code platformId} at its {@code version}, as of {@code asOf} and known at {@code knownAt}. */
    public static Builder builder(String platformId, long version, PlatformStatus status, LocalDate asOf,
                                  Instant knownAt) {
        return new Builder(platformId, version, status, asOf, knownAt);
    }

    /** Collects the figures by name; amounts are given as {@link Money} and shown as decimal strings. */
    public static final class Builder {

        private final String platformId;
        private final long version;
        private final PlatformStatus status;
        private final LocalDate asOf;
        private final Instant knownAt;
        private String minimumTotal;
        private String minimumEnterpriseShare;
        private String plannedTotal;
        private String plannedEnterprise;
        private BigDecimal plannedEnterprisePercent;
        private boolean plannedTotalMet;
        private boolean plannedEnterpriseShareMet;
        private String actualTotal;
        private String actualEnterprise;
        private BigDecimal actualEnterprisePercent;
        private boolean actualTotalMet;
        private boolean actualEnterpriseShareMet;
        private BigDecimal elapsedPercent;
        private BigDecimal arrivalPercent;
        private boolean arrivalBehindSchedule;
        private String recoveryDue;
        private List<Finding> findings = List.of();

        private Builder(String platformId, long version, PlatformStatus status, LocalDate asOf, Instant knownAt) {
            this.platformId = platformId;
            this.version = version;
            this.status = status;
            this.asOf = asOf;
            this.knownAt = knownAt;
        }

        public Builder minimumTotal(Money amount) {
            this.minimumTotal = amount.toString();
            return this;
        }

        public Builder minimumEnterpriseShare(Share share) {
            this.minimumEnterpriseShare = share.toString();
            return this;
        }

        public Builder plannedTotal(Money amount, boolean met) {
            this.plannedTotal = amount.toString();
            this.plannedTotalMet = met;
            return this;
        }

        public Builder plannedEnterprise(Money amount, BigDecimal percent, boolean shareMet) {
            this.plannedEnterprise = amount.toString();
            this.plannedEnterprisePercent = percent;
            this.plannedEnterpriseShareMet = shareMet;
            return this;
        }

        public Builder actualTotal(Money amount, boolean met) {
            this.actualTotal = amount.toString();
            this.actualTotalMet = met;
            return this;
        }

        public Builder actualEnterprise(Money amount, BigDecimal percent, boolean shareMet) {
            this.actualEnterprise = amount.toString();
            this.actualEnterprisePercent = percent;
            this.actualEnterpriseShareMet = shareMet;
            return this;
        }

        public Builder elapsedPercent(BigDecimal percent) {
            this.elapsedPercent = percent;
            return this;
        }

        public Builder arrival(BigDecimal percent, boolean behindSchedule) {
            this.arrivalPercent = percent;
            this.arrivalBehindSchedule = behindSchedule;
            return this;
        }

        public Builder recoveryDue(Money amount) {
            this.recoveryDue = amount.toString();
            return this;
        }

        public Builder findings(List<Finding> findings) {
            this.findings = findings;
            return this;
        }

        public ComplianceView build() {
            return new ComplianceView(platformId, asOf, knownAt, version, status, minimumTotal, minimumEnterpriseShare,
                    plannedTotal, plannedEnterprise, plannedEnterprisePercent, plannedTotalMet,
                    plannedEnterpriseShareMet, actualTotal, actualEnterprise, actualEnterprisePercent, actualTotalMet,
                    actualEnterpriseShareMet, elapsedPercent, arrivalPercent, arrivalBehindSchedule, recoveryDue,
                    findings);
        }
    }
}

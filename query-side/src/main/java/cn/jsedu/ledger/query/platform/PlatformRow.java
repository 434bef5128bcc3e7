package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One row of read_model.platform: the platform as of the last event applied. */
public record PlatformRow(String platformId, String programmeId, String collegeCode, String collegeName, String collegeCity,
                          String majorGroup,
                          String industry, String title, PlatformStatus status, Integer batch,
                          LocalDate constructionStart, LocalDate constructionEnd, String approvalRef,
                          boolean keySupport, LocalDate acceptanceRequestedOn, AcceptanceResult acceptanceResult,
                          LocalDate acceptanceReviewedOn, Instant declaredAt, Instant updatedAt, long version,
                          Money plannedTotal, Money plannedEnterprise, Money plannedProvincial,
                          Money provincialAdjustment, Money receivedCash, Money receivedNonCash, Money spent,
                          Money recovered, Money enterpriseReceived, Money enterpriseRecovered,
                          Money provincialReceivedCash, Money provincialReceivedNonCash, Money provincialSpent,
                          Money provincialRecovered) {

    public Money received() {
        return receivedCash.plus(receivedNonCash);
    }

    /** Investment in place: received less returned. */
    public Money netReceived() {
        return received().minus(recovered);
    }

    public Money netEnterprise() {
        return enterpriseReceived.minus(enterpriseRecovered);
    }

    public Money provincialNetReceived() {
        return provincialReceivedCash.plus(provincialReceivedNonCash).minus(provincialRecovered);
    }

    public Money provincialCashBalance() {
        return provincialReceivedCash.minus(provincialSpent).minus(provincialRecovered);
    }
}

package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.util.List;

/**
 * A page of platforms with their status and compliance flags (by the rules of each one's programme in force today).
 * {@code received} is before recoveries, {@code netReceived} what is in place (received less recovered).
 */
public record PlatformListView(int page, int size, long total, List<Item> items) {

    public record Item(String platformId, String programmeId, String title, String collegeCode, String collegeName, PlatformStatus status,
                       Integer batch, String plannedTotal, String received, boolean plannedTotalMet,
                       boolean plannedEnterpriseShareMet, boolean actualEnterpriseShareMet, long version,
                       String recovered, String netReceived) {
    }
}

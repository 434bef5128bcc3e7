package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.util.List;

/** The query API's {@code GET /api/v1/platforms}: a page of platforms (a college officer's: its own). */
public record PlatformListView(int page, int size, long total, List<Item> items) {

    public record Item(String platformId, String title, String collegeCode, String collegeName, PlatformStatus status,
                       Integer batch, String plannedTotal, String received, long version, String recovered,
                       String netReceived) {
    }
}

package cn.jsedu.ledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.demo.PlatformScript.ADMIN;
import static cn.jsedu.ledger.demo.PlatformScript.body;

/**
 * The demo's audit findings (审计发现, docs/adr/0021), one in each state a finding goes through: JS-107's answered with
 * a rectification report and closed by the education department, JS-202's answered and waiting for closure, JS-306's
 * open. A deadline may not lie in the past when a finding is recorded, so deadlines follow the day the demo is loaded
 * ({@code today}); the loader records a platform's findings only if it has none yet, so a later run adds nothing.
 */
final class FindingScript {

    static final String AUDITOR = "auditor";

    private FindingScript() {
    }

    /** The platforms that get findings, each with its steps, for the platforms of {@code platforms} loaded. */
    static Map<String, List<Step>> of(List<DemoPlatform> platforms, LocalDate today) {
        LocalDate deadline = today.plusDays(60);
        Map<String, List<Step>> findings = new java.util.LinkedHashMap<>();
        for (DemoPlatform p : platforms) {
            String base = "/api/v1/platforms/" + p.platformId();
            List<Step> steps = new ArrayList<>();
            switch (p.platformId()) {
                case "JS-107" -> {
                    steps.add(record(p, "F-1", "FUND_USE", "部分设备采购款从省财政专项资金列支，但未附验收单，请补充验收材料并说明用途。",
                            deadline));
                    byte[] report = EvidenceFiles.pdf("Rectification report (demo)", p.platformId() + " finding F-1",
                            "Acceptance certificates of the equipment attached", "Signed by the college's finance office");
                    steps.add(new Step(p.officer(), base + "/documents?fileName=rectification-F-1.pdf", Map.of(),
                            key(p, "document-rectification-F-1"), false, report));
                    steps.add(new Step(p.officer(), base + "/findings/F-1/rectification", body("text",
                            "已补齐设备验收单及使用说明，附整改报告。", "documents", List.of(EvidenceFiles.sha256(report))),
                            key(p, "rectification-F-1"), false));
                    steps.add(new Step(ADMIN, base + "/findings/F-1/closure", body("remarks", "整改材料齐全，同意销号。"),
                            key(p, "closure-F-1"), false));
                }
                case "JS-202" -> {
                    steps.add(record(p, "F-1", "PROCUREMENT", "实训设备采购未按规定履行公开招标程序。", deadline));
                    steps.add(new Step(p.officer(), base + "/findings/F-1/rectification", body("text",
                            "已对相关责任人进行约谈，补充履行集体决策程序，后续采购一律公开招标。"), key(p, "rectification-F-1"),
                            false));
                }
                case "JS-306" -> steps.add(record(p, "F-1", "CONTRIBUTION",
                        "地方政府和举办方配套资金未按建设方案到位，请说明原因并提出落实计划。", deadline));
                default -> {
                }
            }
            if (!steps.isEmpty()) {
                findings.put(p.platformId(), steps);
            }
        }
        return findings;
    }

    private static Step record(DemoPlatform p, String findingId, String category, String text, LocalDate deadline) {
        return new Step(AUDITOR, "/api/v1/platforms/" + p.platformId() + "/findings", body("findingId", findingId,
                "category", category, "text", text, "deadline", deadline), key(p, "finding-" + findingId), false);
    }

    private static String key(DemoPlatform p, String name) {
        return Step.KEY_PREFIX + p.platformId() + ":" + name;
    }
}

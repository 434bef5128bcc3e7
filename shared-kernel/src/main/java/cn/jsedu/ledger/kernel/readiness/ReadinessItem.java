package cn.jsedu.ledger.kernel.readiness;

import java.util.List;

/** One item of the acceptance checklist: whether it holds, its value and threshold, and the events behind it. */
public record ReadinessItem(String code, boolean met, String value, String threshold, List<String> evidence) {
}

package cn.jsedu.ledger.demo;

import java.util.Map;

/**
 * One command of the demo: who sends it, where, with which body and Idempotency-Key. A {@code fourEyes} step is a
 * proposal: the loader has a second administrator approve it (its own key) with the proposal id the API returned.
 */
record Step(String user, String path, Map<String, Object> body, String key, boolean fourEyes) {

    static final String KEY_PREFIX = "demo-v1:";
}

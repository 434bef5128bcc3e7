package cn.jsedu.ledger.demo;

import java.util.Map;

/**
 * One command of the demo: who sends it, where, with which body and Idempotency-Key. A {@code fourEyes} step is a
 * proposal: the loader has a second administrator approve it (its own key) with the proposal id the API returned. A
 * step with a {@code document} uploads those bytes as an evidence document instead of sending {@code body} (the
 * same bytes again are the same document, so an upload is idempotent by its content).
 */
record Step(String user, String path, Map<String, Object> body, String key, boolean fourEyes, byte[] document) {

    static final String KEY_PREFIX = "demo-v1:";

    Step(String user, String path, Map<String, Object> body, String key, boolean fourEyes) {
        this(user, path, body, key, fourEyes, null);
    }
}

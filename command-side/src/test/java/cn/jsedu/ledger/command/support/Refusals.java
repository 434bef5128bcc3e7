package cn.jsedu.ledger.command.support;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** What fixture tests expect of a refused command: its code and the field it names. */
public final class Refusals {

    private Refusals() {
    }

    /** Matches a {@link LedgerRuleException} with this code (and, if given, this field). */
    public static Matcher<Throwable> refusedWith(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof LedgerRuleException e && e.code() == code
                        && (field == null || field.equals(e.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("LedgerRuleException " + code + (field == null ? "" : " on " + field));
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText(item instanceof LedgerRuleException e
                        ? "was " + e.code() + " on " + e.field() + ": " + e.getMessage() : "was " + item);
            }
        };
    }

    public static Matcher<Throwable> refusedWith(ErrorCode code) {
        return refusedWith(code, null);
    }
}

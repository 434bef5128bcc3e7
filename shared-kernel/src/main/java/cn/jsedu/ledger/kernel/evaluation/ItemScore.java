package cn.jsedu.ledger.kernel.evaluation;

import java.util.Objects;

/** One item's score in hundredths of a point (9000 is 90 points), named by its scheme item code. */
public record ItemScore(String code, int centipoints) {

    public ItemScore {
        Objects.requireNonNull(code, "code");
    }
}

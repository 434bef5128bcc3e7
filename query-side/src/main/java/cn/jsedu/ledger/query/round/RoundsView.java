package cn.jsedu.ledger.query.round;

import java.util.List;

/** The rounds a user may read, newest year first. */
public record RoundsView(List<RoundView> rounds) {

    public RoundsView {
        rounds = List.copyOf(rounds);
    }
}

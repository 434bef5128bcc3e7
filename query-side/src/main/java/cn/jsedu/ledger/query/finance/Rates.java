package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.math.BigDecimal;

/** 执行率 as the views show it: an exact decimal percentage, rounded half-up to 2 places; null when nothing to divide by. */
final class Rates {

    private Rates() {
    }

    static BigDecimal percent(Money part, Money whole) {
        return whole.isPositive() ? Share.percent(part.fen(), whole.fen()) : null;
    }
}

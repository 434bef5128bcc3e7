package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;

/** Why a proposal is withdrawn. */
public record WithdrawalRequest(@NotBlank @PlainText String reason) {
}

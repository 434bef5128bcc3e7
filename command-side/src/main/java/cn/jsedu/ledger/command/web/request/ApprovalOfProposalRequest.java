package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;

/** Approving a proposal needs no fields; a remark is optional. */
public record ApprovalOfProposalRequest(@PlainText String remark) {
}

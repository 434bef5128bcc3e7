package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.kernel.document.DocumentHash;

import java.util.List;

/** The document hashes a request cites (already shaped by its validation), as the commands take them. */
final class Citations {

    private Citations() {
    }

    static List<DocumentHash> documents(List<String> hashes) {
        return hashes == null ? List.of() : hashes.stream().map(DocumentHash::parse).toList();
    }
}

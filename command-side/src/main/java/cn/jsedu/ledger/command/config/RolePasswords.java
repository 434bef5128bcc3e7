package cn.jsedu.ledger.command.config;

/** Passwords of the ledger's four database roles (ADR 0011), as configured. */
public record RolePasswords(String owner, String command, String query, String auditor) {

    @Override
    public String toString() {
        return "RolePasswords[hidden]";
    }
}

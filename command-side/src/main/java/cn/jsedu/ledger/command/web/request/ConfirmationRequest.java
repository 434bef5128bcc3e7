package cn.jsedu.ledger.command.web.request;

/**
 * A confirmation says nothing but "yes": its body is the empty object {@code {}}. Who confirms, and for which
 * enterprise, comes from the login, never from the body.
 */
public record ConfirmationRequest() {
}

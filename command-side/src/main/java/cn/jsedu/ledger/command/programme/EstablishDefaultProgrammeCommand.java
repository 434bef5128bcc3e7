package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;

/**
 * Establishes the default programme with the plan's parameters as configured: sent once, by the command side itself,
 * for a ledger whose platforms were recorded before programmes were events ({@link DefaultProgramme}); never through
 * the API.
 */
public record EstablishDefaultProgrammeCommand(String name, ProgrammeParameters parameters) {
}

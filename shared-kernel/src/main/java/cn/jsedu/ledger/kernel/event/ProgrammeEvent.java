package cn.jsedu.ledger.kernel.event;

/**
 * Every fact about a programme (docs/domain.md §9 "Programmes", "Rules as events"): its establishment and its rule
 * changes, each proposed by one province administrator and approved by another. One stream per programme, whose
 * aggregate identifier is the programme id. Like {@link PlatformEvent}s these are immutable records with
 * {@code @Revision}; the recording time is the message's timestamp, who and why are in the metadata.
 */
public interface ProgrammeEvent {

    String programmeId();
}

package cn.jsedu.ledger.kernel.report;

/**
 * How the platform was used in a period: its workstations, those offered to enterprises and society for
 * training (about a third each year, docs/domain.md §1), training person-times and student practice hours.
 */
public record PlatformUsage(int workstationsTotal, int workstationsOffered, long trainingPersonTimes,
                            long studentPracticeHours) {
}

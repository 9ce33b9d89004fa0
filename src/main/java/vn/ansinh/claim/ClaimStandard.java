package vn.ansinh.claim;

import java.time.LocalDate;

/**
 * The Ministry of Health data standard an encounter must follow, chosen by the encounter's admission date
 * (RULES.md section 8). The boundaries are the standards' own effective dates, fixed by the decisions that issued them.
 */
public enum ClaimStandard {

    /** Decision 4210/QD-BYT, encounters until 2024-06-30. */
    QD_4210(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 30)),
    /** Decision 130/QD-BYT as amended by 4750/QD-BYT, mandatory from 2024-07-01. */
    QD_4750(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)),
    /** Decision 3176/QD-BYT from 2025-01-01 (adds the blood group to the summary and the performed time to lines). */
    QD_3176(LocalDate.of(2025, 1, 1), null);

    private final LocalDate from;
    private final LocalDate to;

    ClaimStandard(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    public static ClaimStandard forEncounterOn(LocalDate admission) {
        for (ClaimStandard standard : values()) {
            if (!admission.isBefore(standard.from) && (standard.to == null || !admission.isAfter(standard.to))) {
                return standard;
            }
        }
        throw new IllegalArgumentException("No claim standard covers an encounter on " + admission);
    }

    public LocalDate from() {
        return from;
    }
}

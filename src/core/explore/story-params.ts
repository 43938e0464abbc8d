/** The thresholds of the stories (`stories.ts`). */

/**
 * Likeness that links two dated reports. Calibrated on the dev set of `eval/compare`: reports
 * of one event mostly score 0.15–0.55, reports of different events up to 0.13.
 */
export const LINK_MIN = 0.15;
/** … when one of them has no date (nothing else rules out two events far apart). */
export const UNDATED_MIN = 0.2;
/** Average likeness to a story's reports for a report left alone to join it. */
export const JOIN_MIN = 0.12;
/** Distinct keys a report left alone shares with a story's reports to join it. */
export const JOIN_KEYS = 3;
/** Reports further apart than this are different stories. */
export const MAX_DAYS = 21;
/** Keys held by more reports than this are too common to link by. */
export const MAX_DF = 200;

/** Extra weight of a shared name over a shared word: who a report is about says more. */
export const NAME_WEIGHT = 1.5;

/**
 * Where each part of the index's build ends on its progress bar (`partOf`): the keys read, the
 * dated links, the undated links (sorted, then visited); the reports left alone join after. The
 * links are the long loops (seconds each at 100k reports).
 */
export const BUILD_ENDS = [0.15, 0.6, 0.9] as const;

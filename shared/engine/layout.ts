/**
 * Two layouts of an initiative's figures, both in Float64Arrays.
 *
 * Full block (FIELD_COUNT * months + FIELD_COUNT numbers): field f of month t at
 * [base + f * months + t], then the horizon sum of field f at [base + FIELD_COUNT * months + f].
 * Filled only when someone reads an initiative's months (Series are built lazily); the portfolio's
 * months are added into one such block. An evaluation keeps each month's figures in locals.
 *
 * Lean block (what an evaluation keeps per initiative, LEAN_SERIES * months + LEAN_TAIL numbers):
 * inference, queries, value minus own cost and own cost per month (enough for pool allocation,
 * net, NPV, payback and monthly spend without rebuilding the months), the horizon sums of every
 * full field, and the figures unit costs need in the first active and last month. Small blocks keep a full recompute of thousands of initiatives
 * fast; they are immutable once filled, so an incremental recompute reuses them as they are.
 */
export const F_USERS = 0
export const F_QUERIES = 1
export const F_OUTCOMES = 2
export const F_INPUT_TOKENS = 3
export const F_INFERENCE = 4
export const F_BUILD = 5
export const F_INTEGRATION = 6
export const F_PLATFORM = 7
export const F_DATA = 8
export const F_EVALUATION = 9
export const F_COMPLIANCE = 10
export const F_VALUE = 11
/** Sum of every driver except shared pools. */
export const F_OWN_COST = 12
/** 1 where the month is unpriced, else 0 (its sum counts unpriced months). */
export const F_UNPRICED = 13
export const FIELD_COUNT = 14

/** Numbers per full block. */
export function fullStride(months: number): number {
  return FIELD_COUNT * months + FIELD_COUNT
}

/** Index of the horizon sum of field f in a full block starting at base. */
export function sumIndex(base: number, months: number, field: number): number {
  return base + FIELD_COUNT * months + field
}

/** Lean series, each `months` long. */
export const L_INFERENCE = 0
export const L_QUERIES = 1
/** value - own cost (every driver but shared pools). */
export const L_OWN_NET = 2
/** Own cost (every driver but shared pools). */
export const L_OWN_COST = 3
export const LEAN_SERIES = 4
/** Unit-cost inputs kept for one month: inference, own cost, queries, users, outcomes. */
export const U_INFERENCE = 0
export const U_OWN_COST = 1
export const U_QUERIES = 2
export const U_USERS = 3
export const U_OUTCOMES = 4
export const UNIT_FIELDS = 5
/** After the lean series: FIELD_COUNT sums, then unit inputs of the first and last month. */
export const LEAN_TAIL = FIELD_COUNT + 2 * UNIT_FIELDS

export function leanStride(months: number): number {
  return LEAN_SERIES * months + LEAN_TAIL
}

export function leanSumIndex(base: number, months: number, field: number): number {
  return base + LEAN_SERIES * months + field
}

/** Index of unit input u of the first (which = 0) or last (which = 1) month. */
export function leanUnitIndex(base: number, months: number, which: 0 | 1, u: number): number {
  return base + LEAN_SERIES * months + FIELD_COUNT + which * UNIT_FIELDS + u
}

/**
 * The layouts of an initiative's figures in Float64Arrays.
 *
 * Full block (FIELD_COUNT * months + FIELD_COUNT numbers): field f of month t at
 * [base + f * months + t], then the horizon sum of field f at [base + FIELD_COUNT * months + f].
 * Filled only when someone reads an initiative's months (Series are built lazily); the portfolio's
 * months are added into one such block. An evaluation keeps each month's figures in locals.
 *
 * Month block and tail: below. An evaluation keeps a tail per initiative and month blocks per
 * chunk of initiatives, so its memory does not grow with initiatives times months: a full
 * recompute of thousands of initiatives then allocates little, and the garbage collector, not
 * the arithmetic, was what made it slow.
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

/**
 * Month block (MONTH_SERIES * months numbers): series s of month t at [at + s * months + t].
 * What the steps after the initiatives read per month: the pools' bases (inference, queries), net
 * before shared cost (value - own cost) and own cost. An evaluation adds every initiative's
 * months into one block per chunk of initiatives (chunks.ts) and keeps none per initiative: an
 * initiative's own block is computed again, by the same code, when its figures are read.
 */
export const M_INFERENCE = 0
export const M_QUERIES = 1
/** value - own cost (every driver but shared pools). */
export const M_OWN_NET = 2
/** Own cost (every driver but shared pools). */
export const M_OWN_COST = 3
export const MONTH_SERIES = 4

export function monthBlockSize(months: number): number {
  return MONTH_SERIES * months
}

/**
 * Tail (TAIL_SIZE numbers, what an evaluation keeps per initiative): the horizon sums of every
 * full field, then the figures unit costs need in the first active and the last month.
 */
export const U_INFERENCE = 0
export const U_OWN_COST = 1
export const U_QUERIES = 2
export const U_USERS = 3
export const U_OUTCOMES = 4
/** 1 where the month is unpriced (its unit costs leave out an unknown price), else 0. */
export const U_UNPRICED = 5
export const UNIT_FIELDS = 6
export const TAIL_SIZE = FIELD_COUNT + 2 * UNIT_FIELDS

/** Index of unit input u of the first (which = 0) or last (which = 1) month in a tail at `at`. */
export function tailUnitIndex(at: number, which: 0 | 1, u: number): number {
  return at + FIELD_COUNT + which * UNIT_FIELDS + u
}

/**
 * Parts block (PART_SERIES * months numbers, series s of month t at [s * months + t]): what the
 * tornado's drivers scale, added up over initiatives (scenarios/tornado.ts): inference, value from
 * outcomes, cost per query (data per query * queries), build, and every fixed driver but build.
 */
export const P_INFERENCE = 0
export const P_OUTCOME_VALUE = 1
export const P_VOLUME_COST = 2
export const P_BUILD = 3
export const P_FIXED = 4
export const PART_SERIES = 5

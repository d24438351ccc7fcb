import { COST_DRIVERS, type Driver } from '../model/drivers'

/**
 * The layouts of an initiative's figures in Float64Arrays, derived from the declared drivers.
 *
 * Full block (FIELD_COUNT * months + FIELD_COUNT numbers): field f of month t at
 * [f * months + t], then the horizon sum of field f at [FIELD_COUNT * months + f]. The fields are
 * usage, value, own cost and the unpriced flag (FIELD), then one per driver an initiative's own
 * inputs cost (inference and every scheduled driver, in declaration order: driverField).
 * An initiative's months are computed into one (months/monthFigures.ts); the portfolio's months
 * are added into another.
 *
 * Month block and tail: below. An evaluation keeps a tail per initiative and month blocks per
 * chunk of initiatives, so its memory does not grow with initiatives times months.
 */
export const FIELD = {
  users: 0,
  queries: 1,
  outcomes: 2,
  /** Input tokens per query in force (after prompt growth); 0 before launch. */
  inputTokens: 3,
  value: 4,
  /** Sum of every driver except shared pools. */
  ownCost: 5,
  /** 1 where the month is unpriced, else 0 (its sum counts unpriced months). */
  unpriced: 6,
} as const
const DRIVER_FIELDS_FROM = 7

/** The drivers whose cost an initiative's own inputs give (every driver but the shared pools), in declaration order. */
export const OWN_DRIVERS: readonly Driver[] = COST_DRIVERS.filter((d) => d.cost.kind !== 'pools').map((d) => d.id)

export const FIELD_COUNT = DRIVER_FIELDS_FROM + OWN_DRIVERS.length

/** The full-block field of one of OWN_DRIVERS. */
export function driverField(driver: Driver): number {
  const k = OWN_DRIVERS.indexOf(driver)
  if (k < 0) throw new RangeError(`The driver "${driver}" has no month figures of its own`)
  return DRIVER_FIELDS_FROM + k
}

/** Numbers per full block. */
export function fullStride(months: number): number {
  return FIELD_COUNT * months + FIELD_COUNT
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
export const UNIT = {
  inference: 0,
  ownCost: 1,
  queries: 2,
  users: 3,
  outcomes: 4,
  /** 1 where the month is unpriced (its unit costs leave out an unknown price), else 0. */
  unpriced: 5,
} as const
export const UNIT_FIELDS = 6
export const TAIL_SIZE = FIELD_COUNT + 2 * UNIT_FIELDS

/** Index of the unit inputs of the first (which = 0) or last (which = 1) month in a tail at `at`. */
export function tailUnitIndex(at: number, which: 0 | 1): number {
  return at + FIELD_COUNT + which * UNIT_FIELDS
}

/**
 * Parts block (PART_SERIES * months numbers, series s of month t at [s * months + t]): what the
 * tornado's linear bars scale, added up over initiatives (scenarios/tornadoSlopes.ts): inference,
 * value from outcomes, cost per query (every per-query term of a scheduled driver), then one series
 * per tornado bar of the scheduled drivers (TORNADO_PARTS), each the sum of its drivers' costs.
 */
export const P_INFERENCE = 0
export const P_OUTCOME_VALUE = 1
export const P_VOLUME_COST = 2
const BAR_PARTS_FROM = 3

/** The tornado bars of scheduled drivers, in the order their first driver is declared. */
export const TORNADO_PARTS: readonly string[] = [
  ...new Set(COST_DRIVERS.flatMap((d) => (d.cost.kind === 'schedule' && d.tornado ? [d.tornado.bar.key] : []))),
]
export const PART_SERIES = BAR_PARTS_FROM + TORNADO_PARTS.length

/** The parts series of a tornado bar of scheduled drivers. */
export function barPart(bar: string): number {
  const k = TORNADO_PARTS.indexOf(bar)
  if (k < 0) throw new RangeError(`No scheduled driver belongs to the tornado bar "${bar}"`)
  return BAR_PARTS_FROM + k
}

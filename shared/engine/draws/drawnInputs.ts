import { rampTargetUsers, type Initiative } from '../../model/initiative'
import type { CostInput } from '../../model/drivers'
import { PER_TOKEN_PRICE_ARRAYS, type InitiativeInputs, type PriceTable } from '../compiled'
import { costInputPosition } from '../driverPlan'

/**
 * One draw's values applied to a case's compiled inputs (the baseline's, or a scenario's with its
 * levers): the compiled scalars are the entered numbers (levers act through month factors, which
 * stay), so a drawn input replaces its scalar, and the levers then act on the drawn number just as
 * on the entered one. Target users follow the model's rule (no target: users at launch), adoption
 * multiplies both user counts, and a drawn cache hit rate leaves room for the cache write rate.
 */

/** The compiled fields a usage or value input lands on (they share the model's names). */
type ScalarField =
  | 'usersAtLaunch'
  | 'targetUsers'
  | 'userGrowthPerYear'
  | 'queriesPerUserPerMonth'
  | 'inputTokensPerQuery'
  | 'outputTokensPerQuery'
  | 'promptGrowthPerYear'
  | 'cacheHitRate'
  | 'cacheWriteRate'
  | 'batchShare'
  | 'outcomesPerQuery'
  | 'valuePerOutcome'
  | 'fixedMonthlyValue'

/** The entered number of a dotted input path of an initiative. */
export function enteredValue(init: Initiative, key: string): number {
  const dot = key.indexOf('.')
  const section = key.slice(0, dot) as 'usage' | 'value' | 'costs'
  const value = (init[section] as unknown as Record<string, unknown>)[key.slice(dot + 1)]
  if (typeof value !== 'number') throw new RangeError(`"${key}" is not a numeric input`)
  return value
}

/** The case's inputs with drawn values (by dotted path) and an adoption multiplier applied. */
export function drawnInputs(
  inp: InitiativeInputs,
  entered: Initiative,
  drawn: ReadonlyMap<string, number>,
  adoption: number,
): InitiativeInputs {
  const out: InitiativeInputs = { ...inp }
  let costInputs: number[] | null = null
  for (const [key, value] of drawn) {
    const name = key.slice(key.indexOf('.') + 1)
    if (key.startsWith('costs.')) (costInputs ??= [...inp.costInputs])[costInputPosition(name as CostInput)] = value
    else out[name as ScalarField] = value
  }
  if (costInputs) out.costInputs = costInputs
  const usersAtLaunch = drawn.get('usage.usersAtLaunch') ?? entered.usage.usersAtLaunch
  const targetUsers = drawn.get('usage.targetUsers') ?? entered.usage.targetUsers
  out.usersAtLaunch = usersAtLaunch * adoption
  out.targetUsers = rampTargetUsers({ usersAtLaunch, targetUsers }) * adoption
  out.cacheHitRate = Math.min(out.cacheHitRate, Math.max(0, 1 - out.cacheWriteRate))
  return out
}

/**
 * The price table with each model row times its provider's path for this draw (`paths` at
 * [factor * months + t], `factorOfRow` the path of each row or -1): prices a year from now are the
 * factor times today's, compounding monthly in between (f^(t/12)).
 */
export function drawnPriceTable(
  table: PriceTable,
  factorOfRow: Int32Array,
  paths: Float64Array,
  into: PriceTable | null,
): PriceTable {
  const H = table.months
  const out: PriceTable = into ?? {
    ...table,
    ...Object.fromEntries(PER_TOKEN_PRICE_ARRAYS.map((name) => [name, new Float64Array(table[name].length)])),
  }
  for (const name of PER_TOKEN_PRICE_ARRAYS) {
    const from = table[name]
    const to = out[name]
    for (let k = 0; k < factorOfRow.length; k++) {
      const f = factorOfRow[k] ?? -1
      for (let t = 0; t < H; t++)
        to[k * H + t] = f < 0 ? (from[k * H + t] ?? 0) : (from[k * H + t] ?? 0) * (paths[f * H + t] ?? 1)
    }
  }
  return out
}

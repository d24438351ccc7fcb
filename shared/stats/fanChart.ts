import { percentileOfSorted } from './summaries'

/**
 * A fan chart's bands: for each month, percentiles (type 7) across draws of a draws × months
 * table (draw-major: values[draw * months + month], as the engine writes one draw at a time).
 * One scratch column is sorted per month: no allocation per month.
 */

export const FAN_PROBABILITIES = [0.1, 0.25, 0.5, 0.75, 0.9] as const

export interface FanChart {
  probabilities: readonly number[]
  /** bands[i][month] is the probabilities[i]-percentile of that month. */
  bands: Float64Array[]
  /** How many draws it was computed from (the first k for a progressive estimate). */
  draws: number
}

/** The fan chart from the first `draws` rows of `values` (all rows by default). */
export function fanChart(
  values: Float64Array,
  months: number,
  draws: number = values.length / months,
  probabilities: readonly number[] = FAN_PROBABILITIES,
): FanChart {
  if (!Number.isInteger(draws) || draws < 1 || draws * months > values.length) {
    throw new RangeError(`fanChart needs 1 ≤ draws ≤ rows of the table (got ${draws})`)
  }
  const bands = probabilities.map(() => new Float64Array(months))
  const column = new Float64Array(draws)
  for (let month = 0; month < months; month++) {
    for (let draw = 0; draw < draws; draw++) column[draw] = values[draw * months + month]!
    column.sort()
    for (let i = 0; i < probabilities.length; i++) bands[i]![month] = percentileOfSorted(column, probabilities[i]!)
  }
  return { probabilities, bands, draws }
}

import type { MonthSums, PoolRates } from './allocation'
import { NonFiniteNumberError } from '../model/finiteNumber'
import type { Totals } from './types'

const BEYOND = 'an input is beyond what can be computed'

/**
 * Refuses an evaluation any of whose figures is NaN or infinite. Every initiative's months flow
 * into the portfolio's month sums, totals and pool costs (and NaN or an overflow anywhere survives
 * a sum), so checking those covers every figure without a pass over each initiative.
 */
export function checkFiniteFigures(totals: Totals, sums: MonthSums, rates: PoolRates): void {
  const horizon: [string, number][] = [
    ['total cost', totals.cost],
    ['value', totals.value],
    ['net', totals.net],
    ['NPV', totals.npv],
  ]
  for (const [what, value] of horizon) {
    if (!Number.isFinite(value)) {
      throw new NonFiniteNumberError(`The portfolio's ${what} is ${String(value)}, not a finite number: ${BEYOND}`)
    }
  }
  const monthly: [string, Float64Array][] = [
    ['inference cost', sums.inference],
    ['queries', sums.queries],
    ['own cost', sums.ownCost],
    ['net', sums.ownNet],
    ['shared cost', rates.cost],
  ]
  for (const [what, values] of monthly) {
    const at = values.findIndex((v) => !Number.isFinite(v))
    if (at >= 0) {
      throw new NonFiniteNumberError(
        `The portfolio's ${what} in month ${at} of the horizon is ${String(values[at])}, not a finite number: ${BEYOND}`,
      )
    }
  }
}

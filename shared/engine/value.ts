import type { InitiativeInputs } from './compiled'
import { F_OUTCOMES, F_VALUE, sumIndex } from './layout'

/**
 * value(t) = f(m) * (outcomes(t) * valuePerOutcome + fixedMonthlyValue) for m = t - launch >= 0,
 * with realisation f(m) = min((m + 1) / monthsToFullValue, 1), or 1 when monthsToFullValue = 0.
 * Writes into a zeroed block (see layout.ts).
 */
export function fillValue(inp: InitiativeInputs, months: number, buf: Float64Array, base: number): void {
  const L = inp.launchMonth
  const M = inp.monthsToFullValue
  const vf = inp.adjust?.valueFactor
  const oO = base + F_OUTCOMES * months
  const oV = base + F_VALUE * months
  let sum = 0
  for (let t = Math.max(0, L); t < months; t++) {
    const m = t - L
    const realised = M > 0 && m + 1 < M ? (m + 1) / M : 1
    let v = realised * ((buf[oO + t] ?? 0) * inp.valuePerOutcome + inp.fixedMonthlyValue)
    if (vf) v *= vf[t] ?? 1
    buf[oV + t] = v
    sum += v
  }
  buf[sumIndex(base, months, F_VALUE)] = sum
}

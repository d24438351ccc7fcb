import type { InitiativeInputs } from '../compiled'
import type { MonthFigures } from './monthFigures'

/**
 * Value in month t from launch (docs/cost-model.md, section 5): f(m) * (outcomes * valuePerOutcome +
 * fixedMonthlyValue), with realisation f(m) = min((m + 1) / monthsToFullValue, 1), or 1 when
 * monthsToFullValue is 0; a scenario's value factor multiplies it month by month. Value from
 * outcomes alone is kept too (a tornado part). Writes both into `out` (0 before launch) and
 * returns the month's value; the pass that adds up own cost calls it (initiativeMonths.ts).
 */
export function valueInMonth(inp: InitiativeInputs, out: MonthFigures, t: number): number {
  const sinceLaunch = t - inp.launchMonth
  if (sinceLaunch < 0) return 0
  const monthsToFull = inp.monthsToFullValue
  const realised = monthsToFull > 0 && sinceLaunch + 1 < monthsToFull ? (sinceLaunch + 1) / monthsToFull : 1
  const fromOutcomes = (out.outcomes[t] ?? 0) * inp.valuePerOutcome
  let monthValue = realised * (fromOutcomes + inp.fixedMonthlyValue)
  let monthOutcomeValue = realised * fromOutcomes
  const valueFactor = inp.adjust?.valueFactor
  if (valueFactor) {
    const factor = valueFactor[t] ?? 1
    monthValue *= factor
    monthOutcomeValue *= factor
  }
  out.value[t] = monthValue
  out.outcomeValue[t] = monthOutcomeValue
  return monthValue
}

import type { InitiativeInputs } from '../compiled'
import { FIELD } from '../layout'
import type { MonthFigures } from './monthFigures'

/**
 * Value from launch (docs/cost-model.md, section 5): f(m) * (outcomes * valuePerOutcome +
 * fixedMonthlyValue), with realisation f(m) = min((m + 1) / monthsToFullValue, 1), or 1 when
 * monthsToFullValue is 0; a scenario's value factor multiplies it month by month. Value from
 * outcomes alone is kept too (a tornado part).
 */
export function fillValue(inp: InitiativeInputs, out: MonthFigures): void {
  const { outcomes, value, outcomeValue } = out
  const monthsToFull = inp.monthsToFullValue
  const valueFactor = inp.adjust?.valueFactor
  let valueSum = 0
  for (let t = Math.max(0, inp.launchMonth); t < out.months; t++) {
    const sinceLaunch = t - inp.launchMonth
    const realised = monthsToFull > 0 && sinceLaunch + 1 < monthsToFull ? (sinceLaunch + 1) / monthsToFull : 1
    const fromOutcomes = (outcomes[t] ?? 0) * inp.valuePerOutcome
    let monthValue = realised * (fromOutcomes + inp.fixedMonthlyValue)
    let monthOutcomeValue = realised * fromOutcomes
    if (valueFactor) {
      const factor = valueFactor[t] ?? 1
      monthValue *= factor
      monthOutcomeValue *= factor
    }
    value[t] = monthValue
    outcomeValue[t] = monthOutcomeValue
    valueSum += monthValue
  }
  out.setSum(FIELD.value, valueSum)
}

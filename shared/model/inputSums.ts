import type { Initiative } from './initiative'

/**
 * The inputs whose sum over a portfolio's initiatives is a figure in its own right: people, effort
 * and money (once, a month or a year). Rates, shares, months and amounts per query or per FTE are
 * left out, since a sum of growth rates or ramp lengths means nothing. Each is named by its dotted
 * path, the API's field and the cost grid's column id, so the total row finds a sum under its column.
 */
export const ADDITIVE_INPUTS: readonly (readonly [field: string, read: (i: Initiative) => number])[] = [
  ['usage.usersAtLaunch', (i) => i.usage.usersAtLaunch],
  ['usage.targetUsers', (i) => i.usage.targetUsers],
  ['costs.buildFteMonths', (i) => i.costs.buildFteMonths],
  ['costs.integrationFte', (i) => i.costs.integrationFte],
  ['costs.platformPerMonth', (i) => i.costs.platformPerMonth],
  ['costs.dataOneOff', (i) => i.costs.dataOneOff],
  ['costs.dataPerMonth', (i) => i.costs.dataPerMonth],
  ['costs.evalSetup', (i) => i.costs.evalSetup],
  ['costs.evalPerMonth', (i) => i.costs.evalPerMonth],
  ['costs.complianceOneOff', (i) => i.costs.complianceOneOff],
  ['costs.complianceYearly', (i) => i.costs.complianceYearly],
  ['value.fixedMonthlyValue', (i) => i.value.fixedMonthlyValue],
]

/** Each additive input summed over the initiatives (in their order), by field; 0 for no initiatives. */
export function inputSums(initiatives: readonly Initiative[]): ReadonlyMap<string, number> {
  return new Map(ADDITIVE_INPUTS.map(([field, read]) => [field, initiatives.reduce((sum, i) => sum + read(i), 0)]))
}

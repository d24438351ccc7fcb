import type { InitiativeInputs } from './compiled'
import { DRIVER_PLANS, amountValue } from './driverPlan'

/**
 * The cost of an initiative that falls before month 0 (docs/cost-model.md, section 4): the build
 * months before it (its months L - B … L - 1, or month L alone without build months) and the
 * one-offs of month L - 1, with L the launch month and B the build months. It is sunk: outside
 * the horizon's cost, NPV, ROI and payback, and reported beside them. Scenario levers act within
 * the horizon only, so this is as entered.
 */
export function costBeforeHorizon(inp: InitiativeInputs): number {
  const launch = inp.launchMonth
  const costs = inp.costInputs
  let before = 0
  for (const driver of DRIVER_PLANS) {
    for (const term of driver.terms) {
      if (term.when === 'overBuild') {
        const total = amountValue(term.total, costs)
        const buildMonths = costs[term.months] ?? 0
        before +=
          buildMonths > 0
            ? (total / buildMonths) * Math.max(0, buildMonths - Math.max(0, launch))
            : launch < 0
              ? total
              : 0
      } else if (term.when === 'monthBeforeLaunch' && launch <= 0) before += amountValue(term.amount, costs)
    }
  }
  return before
}

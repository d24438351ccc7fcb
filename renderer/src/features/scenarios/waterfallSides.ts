import type { ComparisonColumn } from '../../../../shared/jobs/comparisonJob'
import { caseKey, type WaterfallChoice } from '../../../../shared/jobs/waterfallJob'

/**
 * A sensible first comparison for an initiative: with a scenario (the preferred one, else the
 * first compared), the baseline against it in the last month; otherwise the baseline from the
 * initiative's first active month to the last.
 */
export function defaultWaterfallChoice(
  cases: readonly ComparisonColumn[],
  months: number,
  firstActiveMonth: number,
  preferredCase = 'baseline',
): WaterfallChoice {
  const last = Math.max(1, months) - 1
  const scenario = cases.find((c) => c.id !== null && caseKey(c) === preferredCase) ?? cases[1]
  if (scenario) return { kind: 'cases', fromCase: 'baseline', toCase: caseKey(scenario), month: last }
  return {
    kind: 'months',
    caseKey: 'baseline',
    fromMonth: Math.min(Math.max(0, firstActiveMonth), last),
    toMonth: last,
  }
}

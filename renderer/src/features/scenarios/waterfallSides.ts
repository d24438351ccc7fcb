import {
  unitCostWaterfall,
  type ScenarioRun,
  type WaterfallResult,
  type WaterfallSide,
} from '../../../../shared/engine/scenarios'
import { caseKey } from './scenarioCases'

/** What the "why did the unit cost move" waterfall compares: one case between two months, or two cases in one month. */
export type WaterfallChoice =
  | { kind: 'months'; caseKey: string; fromMonth: number; toMonth: number }
  | { kind: 'cases'; fromCase: string; toCase: string; month: number }

/**
 * A sensible first comparison for an initiative: with a scenario (the preferred one, else the
 * first compared), the baseline against it in the last month; otherwise the baseline from the initiative's first active month to the last.
 */
export function defaultWaterfallChoice(
  runs: readonly ScenarioRun[],
  initiativeId: string,
  preferredCase = 'baseline',
): WaterfallChoice {
  const base = runs[0]
  const last = (base?.result.months ?? 1) - 1
  const scenario = runs.find((r) => r.id !== null && caseKey(r) === preferredCase) ?? runs[1]
  if (scenario) return { kind: 'cases', fromCase: 'baseline', toCase: caseKey(scenario), month: last }
  const first = base?.result.byId.get(initiativeId)?.firstActiveMonth ?? 0
  return { kind: 'months', caseKey: 'baseline', fromMonth: Math.min(Math.max(0, first), last), toMonth: last }
}

function side(
  runs: readonly ScenarioRun[],
  key: string,
  month: number,
  monthLabels: readonly string[],
): WaterfallSide | null {
  const run = runs.find((r) => caseKey(r) === key)
  if (!run) return null
  return {
    compiled: run.compiled,
    result: run.result,
    month,
    label: `${run.name}, ${monthLabels[month] ?? `month ${month}`}`,
  }
}

/** The engine's waterfall for the choice; a message (not a throw) when a case has gone or a month has no queries. */
export function waterfallFor(
  runs: readonly ScenarioRun[],
  initiativeId: string,
  choice: WaterfallChoice,
  monthLabels: readonly string[],
  currency: string,
): WaterfallResult {
  const [from, to] =
    choice.kind === 'months'
      ? [
          side(runs, choice.caseKey, choice.fromMonth, monthLabels),
          side(runs, choice.caseKey, choice.toMonth, monthLabels),
        ]
      : [side(runs, choice.fromCase, choice.month, monthLabels), side(runs, choice.toCase, choice.month, monthLabels)]
  if (!from || !to) return { ok: false, message: 'Pick cases that are in the comparison.' }
  return unitCostWaterfall(initiativeId, from, to, currency)
}

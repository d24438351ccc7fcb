import { compilePortfolio } from '../engine'
import {
  runBaseline,
  runScenario,
  unitCostWaterfall,
  type ScenarioRun,
  type WaterfallResult,
  type WaterfallSide,
} from '../engine/scenarios'
import type { Portfolio } from '../model'

/** What the "why did the unit cost move" waterfall compares: one case between two months, or two cases in one month. */
export type WaterfallChoice =
  | { kind: 'months'; caseKey: string; fromMonth: number; toMonth: number }
  | { kind: 'cases'; fromCase: string; toCase: string; month: number }

export interface WaterfallJobParams {
  portfolio: Portfolio
  initiativeId: string
  choice: WaterfallChoice
  /** The horizon's month labels, for the sides' names. */
  monthLabels: readonly string[]
  currency: string
}

/** A case's key in pickers and choices: its scenario id, or 'baseline'. */
export function caseKey(run: { id: string | null }): string {
  return run.id ?? 'baseline'
}

/** The keys of the cases a choice reads. */
function choiceCases(choice: WaterfallChoice): string[] {
  return choice.kind === 'months' ? [choice.caseKey] : [choice.fromCase, choice.toCase]
}

function side(run: ScenarioRun | undefined, month: number, monthLabels: readonly string[]): WaterfallSide | null {
  if (!run) return null
  return {
    compiled: run.compiled,
    result: run.result,
    month,
    label: `${run.name}, ${monthLabels[month] ?? `month ${month}`}`,
  }
}

/**
 * The engine's waterfall of one initiative for the choice, evaluating only the cases it reads; a
 * message (not a throw) when a case is gone or a month has no queries.
 */
export function waterfallJob({
  portfolio,
  initiativeId,
  choice,
  monthLabels,
  currency,
}: WaterfallJobParams): WaterfallResult {
  const base = compilePortfolio(portfolio)
  const baseline = runBaseline(portfolio, base)
  const runs = new Map<string, ScenarioRun>([['baseline', baseline]])
  for (const key of choiceCases(choice)) {
    const scenario = portfolio.scenarios?.find((s) => s.id === key)
    if (scenario && !runs.has(key)) runs.set(key, runScenario(portfolio, base, scenario, baseline))
  }
  const [from, to] =
    choice.kind === 'months'
      ? [
          side(runs.get(choice.caseKey), choice.fromMonth, monthLabels),
          side(runs.get(choice.caseKey), choice.toMonth, monthLabels),
        ]
      : [
          side(runs.get(choice.fromCase), choice.month, monthLabels),
          side(runs.get(choice.toCase), choice.month, monthLabels),
        ]
  if (!from || !to) return { ok: false, message: 'Pick cases that are in the comparison.' }
  return unitCostWaterfall(initiativeId, from, to, currency)
}

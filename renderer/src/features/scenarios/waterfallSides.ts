import {
  dominantEffect,
  unitCostWaterfall,
  type ScenarioRun,
  type WaterfallResult,
  type WaterfallSide,
  type WaterfallSplit,
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

/**
 * Parts that are floating-point noise (|x| at most 1e-9 of the cost per query, e.g. 3e-16 for a
 * fixed cost that did not change) are shown as zero, and the sentence is made again by the
 * engine's dominantEffect from the cleaned parts, so it never names an effect of $0.0000000000000003.
 * The cleaned parts still add up to the change within 1e-9 of the cost per query.
 */
export function withoutNoise(result: WaterfallResult, currency: string): WaterfallResult {
  if (!result.ok) return result
  const clean = (split: WaterfallSplit): WaterfallSplit => {
    const tolerance = 1e-9 * Math.max(Math.abs(split.start), Math.abs(split.end))
    return { ...split, parts: split.parts.map((p) => (Math.abs(p.amount) <= tolerance ? { ...p, amount: 0 } : p)) }
  }
  const full = clean(result.full)
  return { ...result, inference: clean(result.inference), full, sentence: dominantEffect(full.parts, currency) }
}

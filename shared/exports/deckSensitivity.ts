import { formatMonthIndex } from '../display/month'
import { tornado, unitCostWaterfall, type Tornado, type WaterfallResult } from '../engine/scenarios'
import type { InitiativeResult } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import type { DeckRun } from './deckData'

/** The sensitivity slides: the engine's tornado of the portfolio's NPV and its unit-cost waterfall. */

/** The scenarios view's first setting: each driver moved 20% down and up. */
export const DECK_TORNADO_PERCENT = 0.2

/** The portfolio's NPV sensitivity in `run`, drivers that move it at all, largest swing first, at most `limit`. */
export function portfolioTornado(run: DeckRun, limit = 10): Tornado {
  const full = tornado(run.compiled, DECK_TORNADO_PERCENT, null, run.result)
  return { ...full, bars: full.bars.filter((b) => b.swing > 0).slice(0, limit) }
}

export interface DeckWaterfall {
  initiativeId: string
  initiativeName: string
  fromMonth: number
  toMonth: number
  fromLabel: string
  toLabel: string
  /**
   * The months whose cost per query leaves out a model price that is unknown (lower bounds): the
   * labels of the first and/or last month; empty when both are priced.
   */
  unpricedLabels: string[]
  result: WaterfallResult & { ok: true }
}

/** An initiative's first month with queries and the horizon's last month; null without queries at both. */
function ends(r: InitiativeResult, months: number): { first: number; last: number } | null {
  const last = months - 1
  const q = r.series.queries
  if (!((q[last] ?? 0) > 0)) return null
  const first = q.findIndex((x) => x > 0)
  return first >= 0 && first < last ? { first, last } : null
}

/** The waterfall of one initiative between the two months; null when the engine cannot split it. */
function initiativeWaterfall(
  portfolio: Portfolio,
  run: DeckRun,
  r: InitiativeResult,
  { first, last }: { first: number; last: number },
): DeckWaterfall | null {
  const { result } = run
  const label = (t: number): string => formatMonthIndex(portfolio.settings.startMonth, t)
  const split = unitCostWaterfall(
    r.id,
    { compiled: run.compiled, result, month: first, label: `${run.name}, ${label(first)}` },
    { compiled: run.compiled, result, month: last, label: `${run.name}, ${label(last)}` },
    portfolio.settings.currency,
  )
  if (!split.ok) return null
  return {
    initiativeId: r.id,
    initiativeName: portfolio.initiatives.find((i) => i.id === r.id)?.name ?? r.id,
    fromMonth: first,
    toMonth: last,
    fromLabel: label(first),
    toLabel: label(last),
    unpricedLabels: [first, last].filter((t) => (r.series.unpriced[t] ?? 0) > 0).map(label),
    result: split,
  }
}

/**
 * Why the unit cost moved over the horizon: the fully loaded cost per query of the initiative with
 * the largest horizon spend that has queries at both ends, from its first month with queries to
 * the horizon's last month, split by the engine. Initiatives priced at both ends come first: an
 * unknown price counted as 0 would show as a price effect that is not one. Null when no initiative
 * has queries twice.
 */
export function horizonWaterfall(portfolio: Portfolio, run: DeckRun): DeckWaterfall | null {
  const candidates = [...run.result.initiatives]
    .sort((a, b) => b.totals.cost - a.totals.cost)
    .flatMap((r) => {
      const span = ends(r, run.result.months)
      if (!span) return []
      const priced = !r.series.unpriced[span.first] && !r.series.unpriced[span.last]
      return [{ r, span, priced }]
    })
  for (const c of [...candidates.filter((c) => c.priced), ...candidates.filter((c) => !c.priced)]) {
    const w = initiativeWaterfall(portfolio, run, c.r, c.span)
    if (w) return w
  }
  return null
}

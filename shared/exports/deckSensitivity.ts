import { formatMonthIndex } from '../display/month'
import { tornado, unitCostWaterfall, type Tornado, type WaterfallResult } from '../engine/scenarios'
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
  result: WaterfallResult & { ok: true }
}

/**
 * Why the unit cost moved over the horizon: the fully loaded cost per query of the initiative with
 * the largest horizon spend that has queries at both ends, from its first month with queries to
 * the horizon's last month, split by the engine. Null when no initiative has queries twice.
 */
export function horizonWaterfall(portfolio: Portfolio, run: DeckRun): DeckWaterfall | null {
  const { result } = run
  const last = result.months - 1
  const candidates = [...result.initiatives].sort((a, b) => b.totals.cost - a.totals.cost)
  for (const r of candidates) {
    const q = r.series.queries
    let first = -1
    for (let t = 0; t < last; t++) {
      if ((q[t] ?? 0) > 0) {
        first = t
        break
      }
    }
    if (first < 0 || !((q[last] ?? 0) > 0)) continue
    const label = (t: number): string => formatMonthIndex(portfolio.settings.startMonth, t)
    const split = unitCostWaterfall(
      r.id,
      { compiled: run.compiled, result, month: first, label: `${run.name}, ${label(first)}` },
      { compiled: run.compiled, result, month: last, label: `${run.name}, ${label(last)}` },
      portfolio.settings.currency,
    )
    if (!split.ok) continue
    return {
      initiativeId: r.id,
      initiativeName: portfolio.initiatives.find((i) => i.id === r.id)?.name ?? r.id,
      fromMonth: first,
      toMonth: last,
      fromLabel: label(first),
      toLabel: label(last),
      result: split,
    }
  }
  return null
}

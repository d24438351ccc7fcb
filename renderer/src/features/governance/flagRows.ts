import type { PortfolioResult } from '../../../../shared/engine'
import { governanceFlags, type FlagKind, type GovernanceFlag } from '../../../../shared/decisions'
import { daysBetween, monthsBetween } from '../../../../shared/engine/calendar'
import type { Initiative, Portfolio } from '../../../../shared/model'

/** A figure beside a flag; the view formats it by kind. */
export type FlagFigure =
  | { label: string; kind: 'money'; value: number }
  | { label: string; kind: 'days' | 'months'; value: number }
  | { label: string; kind: 'date'; value: string }

export interface FlagRow {
  initiativeId: string
  name: string
  kind: FlagKind
  message: string
  figures: FlagFigure[]
}

/** Every initiative's investment-discipline flags (shared/decisions), by id; initiatives without a result have none. */
export function flagsById(
  portfolio: Portfolio,
  results: PortfolioResult,
  today: string,
): ReadonlyMap<string, readonly GovernanceFlag[]> {
  const out = new Map<string, readonly GovernanceFlag[]>()
  for (const init of portfolio.initiatives) {
    const r = results.byId.get(init.id)
    out.set(init.id, r ? governanceFlags(init, r.totals, portfolio.settings, today) : [])
  }
  return out
}

/** The figures that explain one flag, read from the same inputs the rule read. */
function flagFigures(
  kind: FlagKind,
  init: Initiative,
  horizonCost: number,
  portfolio: Portfolio,
  today: string,
): FlagFigure[] {
  const g = init.governance
  switch (kind) {
    case 'missing_framing':
      return [
        { label: 'Horizon cost', kind: 'money', value: horizonCost },
        { label: 'Threshold', kind: 'money', value: portfolio.settings.investmentThreshold },
      ]
    case 'strategic_without_narrative':
      return [{ label: 'Horizon cost', kind: 'money', value: horizonCost }]
    case 'review_overdue':
      return g.reviewDate === null
        ? []
        : [
            { label: 'Due', kind: 'date', value: g.reviewDate },
            { label: 'Overdue', kind: 'days', value: daysBetween(g.reviewDate, today) },
          ]
    case 'strategic_past_horizon':
      return [
        {
          label: 'Live',
          kind: 'months',
          value: monthsBetween(portfolio.settings.startMonth, today) - init.usage.launchMonth,
        },
        { label: 'Horizon', kind: 'months', value: g.timeHorizonMonths },
      ]
  }
}

/** The governance list: one row per flag, in the portfolio's order of initiatives, then the rules' order. */
export function flagRows(portfolio: Portfolio, results: PortfolioResult, today: string): FlagRow[] {
  const flags = flagsById(portfolio, results, today)
  return portfolio.initiatives.flatMap((init) =>
    (flags.get(init.id) ?? []).map((f) => ({
      initiativeId: init.id,
      name: init.name,
      kind: f.kind,
      message: f.message,
      figures: flagFigures(f.kind, init, results.byId.get(init.id)?.totals.cost ?? 0, portfolio, today),
    })),
  )
}

/**
 * The suggested portfolio as table rows: each initiative with what the constraint counts for it,
 * its NPV, the recommendation, its lock and whether the suggestion funds it. Figures are read
 * from the engine's result and the shared reallocation; nothing is re-optimised here.
 */
import { constrainedSpend, type MatrixPoint, type Reallocation } from '../../../../shared/decisions'
import { ACTION_LABELS, type Action } from '../../../../shared/decisions/recommendations'
import type { Constraint } from '../../../../shared/decisions/reallocation'
import type { PortfolioResult } from '../../../../shared/engine/types'
import type { Portfolio } from '../../../../shared/model'
import { DEFAULT_STRATEGY } from '../../../../shared/model/strategyDefaults'

export type Lock = 'in' | 'out' | null

export interface ReallocationRow {
  id: string
  name: string
  action: Action | null
  actionLabel: string
  /** Horizon spend, or the peak calendar-year spend: what the constraint counts. */
  constrainedSpend: number
  npv: number
  lock: Lock
  funded: boolean
  /** How the suggestion treats it: funded first (Prove value), left out (Pull back), or by the optimiser. */
  treatment: 'first' | 'left_out' | null
}

export const CONSTRAINT_LABELS: Record<Constraint, string> = {
  horizon: 'Horizon spend',
  peakYear: 'Peak-year spend',
}

/** Funded first, then cut; within each, the largest NPV first. */
export function reallocationRows(
  portfolio: Portfolio,
  result: PortfolioResult,
  points: readonly MatrixPoint[],
  reallocation: Reallocation,
  constraint: Constraint,
): ReallocationRow[] {
  const funded = new Set(reallocation.funded)
  const first = new Set(reallocation.proveValue.funded)
  const leftOut = new Set(reallocation.excludedIds)
  const pointById = new Map(points.map((p) => [p.id, p]))
  const rows = portfolio.initiatives.map((init): ReallocationRow => {
    const r = result.byId.get(init.id)
    const action = pointById.get(init.id)?.recommendation.action ?? null
    return {
      id: init.id,
      name: init.name,
      action,
      actionLabel: action === null ? '—' : ACTION_LABELS[action],
      constrainedSpend: constrainedSpend(r, portfolio, constraint),
      npv: r?.totals.npv ?? 0,
      lock: (init.strategy ?? DEFAULT_STRATEGY).lock,
      funded: funded.has(init.id),
      treatment: first.has(init.id) ? 'first' : leftOut.has(init.id) ? 'left_out' : null,
    }
  })
  return rows.sort((a, b) => Number(b.funded) - Number(a.funded) || b.npv - a.npv)
}

/** Sum of what the constraint counts over the funded rows (budget and reserve alike). */
export function fundedSpend(rows: readonly ReallocationRow[]): number {
  return rows.reduce((s, r) => (r.funded ? s + r.constrainedSpend : s), 0)
}

import { monthsBetween } from '../../../../shared/decisions'
import type { PortfolioResult, Series } from '../../../../shared/engine'
import type { DecisionEntry, Portfolio, Stage } from '../../../../shared/model'
import { daysBetween } from './dates'

/** Cost, usage and outcomes summed over a run of months of the horizon. */
export interface WindowFigures {
  /** First month index and the number of months summed (the window clipped to the horizon). */
  from: number
  months: number
  cost: number
  queries: number
  outcomes: number
  value: number
  /** Fully loaded cost per outcome; null without outcomes. */
  costPerOutcome: number | null
}

export interface ReviewRow {
  id: string
  name: string
  owner: string
  stage: Stage
  reviewDate: string | null
  /** Days from today to the review date (negative when overdue); null without a review date. */
  daysToReview: number | null
  overdue: boolean
  lastDecision: DecisionEntry | null
  /** The 12 months before this month, and this month and the 11 after, clipped to the horizon; null when outside it. */
  last12: WindowFigures | null
  next12: WindowFigures | null
  horizon: WindowFigures
}

/** Sums months [from, from + length) of a series, clipped to the horizon; null when no month is inside it. */
export function windowFigures(series: Series, from: number, length: number): WindowFigures | null {
  const start = Math.max(0, from)
  const end = Math.min(series.months, from + length)
  if (end <= start) return null
  let cost = 0
  let queries = 0
  let outcomes = 0
  let value = 0
  for (let t = start; t < end; t++) {
    cost += series.totalCost[t] ?? 0
    queries += series.queries[t] ?? 0
    outcomes += series.outcomes[t] ?? 0
    value += series.value[t] ?? 0
  }
  return {
    from: start,
    months: end - start,
    cost,
    queries,
    outcomes,
    value,
    costPerOutcome: outcomes > 0 ? cost / outcomes : null,
  }
}

/** The latest decision by date; of two on one date, the one logged later. */
export function lastDecision(decisions: readonly DecisionEntry[] | undefined): DecisionEntry | null {
  let last: DecisionEntry | null = null
  for (const d of decisions ?? []) if (last === null || d.date >= last.date) last = d
  return last
}

/**
 * The business-review list: every initiative with its review date, soonest first (overdue ones first of
 * all, since they are the earliest), those without a review date last; ties by name. Figures come from
 * the engine's monthly series; "this month" is today's month counted from the portfolio's start month.
 */
export function reviewRows(portfolio: Portfolio, results: PortfolioResult, today: string): ReviewRow[] {
  const now = monthsBetween(portfolio.settings.startMonth, today)
  const rows: ReviewRow[] = []
  for (const init of portfolio.initiatives) {
    const r = results.byId.get(init.id)
    if (!r) continue
    const due = init.governance.reviewDate
    rows.push({
      id: init.id,
      name: init.name,
      owner: init.governance.owner,
      stage: init.governance.stage,
      reviewDate: due,
      daysToReview: due === null ? null : daysBetween(today, due),
      overdue: due !== null && due < today,
      lastDecision: lastDecision(init.decisions),
      last12: windowFigures(r.series, now - 12, 12),
      next12: windowFigures(r.series, now, 12),
      horizon: windowFigures(r.series, 0, r.series.months) ?? emptyWindow(),
    })
  }
  return rows.sort((a, b) => {
    if (a.reviewDate !== b.reviewDate) {
      if (a.reviewDate === null) return 1
      if (b.reviewDate === null) return -1
      return a.reviewDate < b.reviewDate ? -1 : 1
    }
    return a.name.localeCompare(b.name)
  })
}

function emptyWindow(): WindowFigures {
  return { from: 0, months: 0, cost: 0, queries: 0, outcomes: 0, value: 0, costPerOutcome: null }
}

export const REVIEW_FILTERS = {
  all: 'All initiatives',
  overdue: 'Overdue',
  soon: 'Due within 90 days',
  unplanned: 'No review planned',
} as const
export type ReviewFilter = keyof typeof REVIEW_FILTERS

/** The rows a filter keeps, in the same order. "Due within 90 days" counts today and excludes overdue reviews. */
export function filterReviews(rows: readonly ReviewRow[], filter: ReviewFilter): ReviewRow[] {
  switch (filter) {
    case 'all':
      return [...rows]
    case 'overdue':
      return rows.filter((r) => r.overdue)
    case 'soon':
      return rows.filter((r) => r.daysToReview !== null && r.daysToReview >= 0 && r.daysToReview <= 90)
    case 'unplanned':
      return rows.filter((r) => r.reviewDate === null)
  }
}

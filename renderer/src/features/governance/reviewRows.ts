import { reviewWindows, type ReviewWindows } from '../../../../shared/decisions'
import { daysBetween, monthsBetween } from '../../../../shared/engine/calendar'
import type { PortfolioResult } from '../../../../shared/engine'
import type { DecisionEntry, Portfolio, Stage } from '../../../../shared/model'

/** An initiative's review line; its figures are the windows around today's month (last12, next12, horizon). */
export interface ReviewRow extends ReviewWindows {
  id: string
  name: string
  owner: string
  stage: Stage
  reviewDate: string | null
  /** Days from today to the review date (negative when overdue); null without a review date. */
  daysToReview: number | null
  overdue: boolean
  lastDecision: DecisionEntry | null
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
 * the engine's monthly series summed by shared/decisions (reviewWindows); "this month" is today's month counted from the portfolio's start month.
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
      ...reviewWindows(r.series, now),
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

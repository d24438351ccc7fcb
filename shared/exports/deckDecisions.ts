import {
  ACTIONS,
  ACTION_LABELS,
  FLAG_LABELS,
  recommendationCounts,
  UNJUDGED_ACTIONS,
  type Action,
  type MatrixPoint,
} from '../decisions'
import type { Portfolio } from '../model/portfolio'

/**
 * The deck's decision slides, read from the decision matrix the app computes (shared/decisions):
 * recommendations, their reasons and governance flags exactly as the matrix view shows them.
 */

/** An initiative's name cut at a word to at most `maxChars` characters, for a bubble label. */
export function shortName(name: string, maxChars = 24): string {
  const clean = name.replace(/\s+/g, ' ').trim()
  if (clean.length <= maxChars) return clean
  const cut = clean.slice(0, maxChars - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space >= maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

export interface ActionCount {
  action: Action
  label: string
  count: number
}

/**
 * The matrix's legend: every recommendation a bubble can carry, in reading order, with the app's
 * count (recommendationCounts), zero included so the colours read the same on every deck.
 */
export function matrixLegend(points: readonly MatrixPoint[]): ActionCount[] {
  const counts = new Map(recommendationCounts(points).map((c) => [c.action, c.count]))
  return ACTIONS.filter((a) => !UNJUDGED_ACTIONS.includes(a)).map((action) => ({
    action,
    label: ACTION_LABELS[action],
    count: counts.get(action) ?? 0,
  }))
}

export interface RecommendationRow {
  /** Rank by horizon spend, largest first; the matrix labels bubbles with it when names do not fit. */
  number: number
  id: string
  name: string
  action: Action
  actionLabel: string
  spend: number
  npv: number
  roi: number | null
  /** The sentence on why the recommendation differs from the bubble's quadrant; null when it does not. */
  quadrantNote: string | null
  /** The recommendation's reasons, as the app words them. */
  reasons: string[]
  /** The governance flags' names. */
  flags: string[]
}

/** One row per initiative, largest horizon spend first (ties by name), numbered. */
export function recommendationRows(points: readonly MatrixPoint[]): RecommendationRow[] {
  return [...points]
    .sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name))
    .map((p, i) => ({
      number: i + 1,
      id: p.id,
      name: p.name,
      action: p.recommendation.action,
      actionLabel: ACTION_LABELS[p.recommendation.action],
      spend: p.spend,
      npv: p.money.npv,
      roi: p.money.roi,
      quadrantNote: p.recommendation.quadrantNote,
      reasons: p.recommendation.reasons,
      flags: p.flags.map((f) => FLAG_LABELS[f.kind]),
    }))
}

interface DecisionDueRow {
  reviewDate: string
  overdue: boolean
  name: string
  owner: string
  stage: string
  /** What the app recommends deciding. */
  actionLabel: string
  horizonCost: number
  npv: number
}

export interface DecisionsDue {
  /** Reviews overdue or due within `withinDays` of today, soonest first. */
  rows: DecisionDueRow[]
  /** Reviews further out. */
  later: number
  /** Initiatives without a review date. */
  unplanned: number
}

/** Days from YYYY-MM-DD `from` to `to` (UTC calendar days). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * The business reviews the board should expect: overdue ones and those due within `withinDays` of
 * `today`, soonest first (ties by name), with the app's recommendation and its horizon spend and NPV (the matrix point's).
 */
export function decisionsDue(
  portfolio: Portfolio,
  points: readonly MatrixPoint[],
  today: string,
  withinDays = 365,
): DecisionsDue {
  const pointOf = new Map(points.map((p) => [p.id, p]))
  const dated = portfolio.initiatives.filter((i) => i.governance.reviewDate !== null)
  const rows = dated
    .filter((i) => daysBetween(today, i.governance.reviewDate ?? today) <= withinDays)
    .map((i) => {
      const point = pointOf.get(i.id)
      const reviewDate = i.governance.reviewDate ?? ''
      return {
        reviewDate,
        overdue: reviewDate < today,
        name: i.name,
        owner: i.governance.owner,
        stage: i.governance.stage.charAt(0).toUpperCase() + i.governance.stage.slice(1),
        actionLabel: point ? ACTION_LABELS[point.recommendation.action] : '—',
        horizonCost: point?.spend ?? 0,
        npv: point?.money.npv ?? 0,
      }
    })
    .sort((a, b) =>
      a.reviewDate === b.reviewDate ? a.name.localeCompare(b.name) : a.reviewDate < b.reviewDate ? -1 : 1,
    )
  return {
    rows,
    later: dated.length - rows.length,
    unplanned: portfolio.initiatives.length - dated.length,
  }
}

/** The row's "why" in one text: the sentence on the quadrant first, then the reasons. */
export function whyText(row: RecommendationRow): string {
  return [row.quadrantNote, row.reasons.join('; ')].filter((t) => t !== null && t !== '').join(' ')
}

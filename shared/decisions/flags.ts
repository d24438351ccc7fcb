import type { Initiative } from '../model/initiative'
import type { PortfolioSettings } from '../model/settings'
import { monthsBetween } from '../engine/calendar'
import type { Totals } from '../engine/types'
import { formatDate } from '../display/dates'
import { formatMoney } from '../display/numberFormat'

export type FlagKind = 'missing_framing' | 'strategic_without_narrative' | 'review_overdue' | 'strategic_past_horizon'

/** Each flag's name, as the governance view and the deck show it. */
export const FLAG_LABELS: Record<FlagKind, string> = {
  missing_framing: 'Missing ROI framing',
  strategic_without_narrative: 'Strategic without narrative',
  review_overdue: 'Review overdue',
  strategic_past_horizon: 'Strategic past its horizon',
}

export interface GovernanceFlag {
  kind: FlagKind
  message: string
}

const blank = (s: string): boolean => s.trim() === ''

/**
 * Investment discipline (docs/decisions.md). `today` is passed in (YYYY-MM-DD) so the rules stay pure.
 * - missing_framing: horizon cost above the investment threshold without a hypothesis, a success
 *   metric with a baseline, a measurement plan, or a review date;
 * - strategic_without_narrative: a strategic initiative without a narrative or a review date;
 * - review_overdue: the review date is in the past;
 * - strategic_past_horizon: a strategic initiative past its time horizon (counted from launch) with no measured value.
 */
export function governanceFlags(
  init: Initiative,
  totals: Totals,
  settings: PortfolioSettings,
  today: string,
): GovernanceFlag[] {
  const g = init.governance
  const flags: GovernanceFlag[] = []
  const wholeMoney = (x: number): string => formatMoney(Math.round(x), settings.currency)
  if (totals.cost > settings.investmentThreshold) {
    const missing = [
      blank(g.hypothesis) && 'a hypothesis',
      (blank(g.successMetric) || blank(g.baseline)) && 'a success metric with a baseline',
      blank(g.measurementPlan) && 'a measurement plan',
      g.reviewDate === null && 'a review date',
    ].filter((m): m is string => typeof m === 'string')
    if (missing.length > 0) {
      flags.push({
        kind: 'missing_framing',
        message: `Horizon cost ${wholeMoney(totals.cost)} is above the investment threshold ${wholeMoney(settings.investmentThreshold)} without ${missing.join(', ')}`,
      })
    }
  }
  if (g.valueType === 'strategic' && (blank(g.strategicNarrative) || g.reviewDate === null)) {
    const missing = [blank(g.strategicNarrative) && 'a narrative', g.reviewDate === null && 'a review date'].filter(
      Boolean,
    )
    flags.push({ kind: 'strategic_without_narrative', message: `Strategic initiative without ${missing.join(' or ')}` })
  }
  if (g.reviewDate !== null && g.reviewDate < today) {
    flags.push({ kind: 'review_overdue', message: `Review was due on ${formatDate(g.reviewDate)}` })
  }
  const monthsLive = monthsBetween(settings.startMonth, today) - init.usage.launchMonth
  const measured = init.strategy?.measuredValue ?? null
  if (g.valueType === 'strategic' && monthsLive > g.timeHorizonMonths && (measured === null || measured <= 0)) {
    flags.push({
      kind: 'strategic_past_horizon',
      message: `Strategic for ${monthsLive} months, past its ${g.timeHorizonMonths}-month horizon, with no measured value: strategic shouldn't mean we'll figure out the ROI later forever`,
    })
  }
  return flags
}

import { useMemo } from 'react'
import { useAppStore } from '../../store'
import { formatDate } from '../../../../shared/display/dates'
import { KpiCard } from '../overview/KpiCard'
import '../overview/views.css'
import { FlagList } from './FlagList'
import { flagRows } from './flagRows'
import { ReviewList } from './ReviewList'
import { filterReviews, reviewRows } from './reviewRows'
import { useToday } from '../../app/useToday'
import './governance.css'

/** Investment discipline and business reviews: what is flagged, what is due, and what was decided. */
export function GovernanceView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const today = useToday()
  const flags = useMemo(
    () => (portfolio && results ? flagRows(portfolio, results, today) : []),
    [portfolio, results, today],
  )
  const reviews = useMemo(
    () => (portfolio && results ? reviewRows(portfolio, results, today) : []),
    [portfolio, results, today],
  )

  if (!portfolio || !results) return <div className="view view__empty">Loading the portfolio…</div>
  const flagged = new Set(flags.map((f) => f.initiativeId)).size
  const overdue = filterReviews(reviews, 'overdue').length
  const soon = filterReviews(reviews, 'soon').length
  const unplanned = filterReviews(reviews, 'unplanned').length

  return (
    <section className="view" data-view="governance" aria-label="Governance and reviews">
      <div className="view__header">
        <div>
          <h1 className="view__title">Governance</h1>
          <div className="view__subtitle">{`Investment discipline and business reviews as of ${formatDate(today)}`}</div>
        </div>
      </div>
      <div className="kpi-strip">
        <KpiCard
          label="Flags"
          value={String(flags.length)}
          note={`on ${flagged} of ${portfolio.initiatives.length} initiatives`}
          tone={flags.length > 0 ? 'warn' : 'good'}
        />
        <KpiCard label="Reviews overdue" value={String(overdue)} tone={overdue > 0 ? 'bad' : 'good'} />
        <KpiCard label="Reviews due in 90 days" value={String(soon)} />
        <KpiCard label="No review planned" value={String(unplanned)} tone={unplanned > 0 ? 'warn' : 'neutral'} />
      </div>
      {portfolio.initiatives.length === 0 ? (
        <div className="view__empty">The portfolio has no initiatives yet; add one in the cost model.</div>
      ) : (
        <>
          <FlagList rows={flags} currency={portfolio.settings.currency} />
          <ReviewList
            rows={reviews}
            initiatives={portfolio.initiatives}
            currency={portfolio.settings.currency}
            startMonth={portfolio.settings.startMonth}
          />
        </>
      )}
    </section>
  )
}

import { Fragment, useState } from 'react'
import type { Initiative } from '../../../../shared/model'
import { formatMonthIndex, formatMoney, formatNumber, formatUnitMoney } from '../../format'
import { useAppStore } from '../../store'
import { STAGE_LABELS } from '../initiativeDetail/framingFields'
import { formatDate } from '../../../../shared/display/dates'
import { DecisionDialog } from './DecisionDialog'
import { DECISION_LABELS } from './decisionDraft'
import type { WindowTotals } from '../../../../shared/decisions'
import { filterReviews, REVIEW_FILTERS, type ReviewFilter, type ReviewRow } from './reviewRows'

const PERIODS = [
  { key: 'last12', label: 'Last 12 mo' },
  { key: 'next12', label: 'Next 12 mo' },
  { key: 'horizon', label: 'Horizon' },
] as const

function dueText(r: ReviewRow): string {
  if (r.daysToReview === null) return 'Not planned'
  const n = Math.abs(r.daysToReview)
  if (r.daysToReview < 0) return `Overdue by ${formatNumber(n, 0)} day${n === 1 ? '' : 's'}`
  return r.daysToReview === 0 ? 'Due today' : `In ${formatNumber(n, 0)} day${n === 1 ? '' : 's'}`
}

function spanText(w: WindowTotals, startMonth: string): string {
  return w.months === 0
    ? ''
    : `${formatMonthIndex(startMonth, w.from)} – ${formatMonthIndex(startMonth, w.from + w.months - 1)}`
}

/** What a window cut by the horizon covers, in words: "only Jan 2027 – Nov 2027", "none in the horizon". */
function coveredText(w: WindowTotals, startMonth: string): string {
  if (w.months === 0) return 'none in the horizon'
  return `only ${spanText(w, startMonth)}`
}

/**
 * Business reviews: every initiative by review due date, with cost, usage and outcomes of the last and next
 * 12 months and of the horizon side by side, its last decision, and a button to log the next one.
 */
export function ReviewList({
  rows,
  initiatives,
  currency,
  startMonth,
}: {
  rows: readonly ReviewRow[]
  initiatives: readonly Initiative[]
  currency: string
  startMonth: string
}) {
  const navigate = useAppStore((s) => s.navigate)
  const [logFor, setLogFor] = useState<string | null>(null)
  const [filter, setFilter] = useState<ReviewFilter>('all')
  const shown = filterReviews(rows, filter)
  const logInitiative = initiatives.find((i) => i.id === logFor)
  const money = (v: number) => formatMoney(v, currency)

  return (
    <section className="panel" aria-label="Business reviews">
      <div className="view__header">
        <h2 className="panel__title">Business reviews · by due date</h2>
        <select
          className="input"
          aria-label="Show reviews"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value as ReviewFilter)}
        >
          {(Object.keys(REVIEW_FILTERS) as ReviewFilter[]).map((f) => (
            <option key={f} value={f}>
              {REVIEW_FILTERS[f]}
            </option>
          ))}
        </select>
      </div>
      <div className="gov-scroll">
        <table className="table gov-table gov-reviews" data-testid="review-list">
          <thead>
            <tr>
              <th>Review due</th>
              <th>Initiative</th>
              <th>Period</th>
              <th className="num">Cost</th>
              <th className="num">Queries</th>
              <th className="num">Outcomes</th>
              <th className="num">Cost / outcome</th>
              <th className="num">Value</th>
            </tr>
          </thead>
          {shown.map((r, index) => (
            <tbody
              key={r.id}
              className={`gov-review${r.overdue ? ' gov-review--overdue' : ''}${index % 2 === 1 ? ' gov-review--alt' : ''}`}
              data-review={r.id}
            >
              {PERIODS.map((p, i) => {
                const w = r[p.key]
                return (
                  <tr key={p.key} data-period={p.key}>
                    {i === 0 ? (
                      <>
                        <td rowSpan={3} className="gov-review__due">
                          <div className="gov-review__date">
                            {r.reviewDate === null ? '—' : formatDate(r.reviewDate)}
                          </div>
                          <div className={r.overdue ? 'gov-overdue' : 'gov-muted'}>{dueText(r)}</div>
                          <button type="button" className="btn gov-review__log" onClick={() => setLogFor(r.id)}>
                            Log decision
                          </button>
                        </td>
                        <td rowSpan={3} className="gov-review__who">
                          <button type="button" className="link-button" onClick={() => navigate('initiative', r.id)}>
                            {r.name}
                          </button>
                          <div className="gov-muted">{`${STAGE_LABELS[r.stage]}${r.owner ? ` · ${r.owner}` : ''}`}</div>
                          <div className="gov-muted" data-last-decision>
                            {r.lastDecision
                              ? `Last: ${DECISION_LABELS[r.lastDecision.decision]} on ${formatDate(r.lastDecision.date)}`
                              : 'No decision logged'}
                          </div>
                        </td>
                      </>
                    ) : null}
                    <td className="gov-muted" title={w ? spanText(w, startMonth) : undefined}>
                      {p.label}
                      {/* A window cut by the horizon says which months its figures cover. */}
                      {w && p.key !== 'horizon' && w.months < 12 ? (
                        <div className="gov-muted">{coveredText(w, startMonth)}</div>
                      ) : null}
                    </td>
                    {w ? (
                      <Fragment>
                        <td className="num" data-figure="cost">
                          {money(w.cost)}
                        </td>
                        <td className="num">{formatNumber(w.queries, 0)}</td>
                        <td className="num">{formatNumber(w.outcomes, 0)}</td>
                        <td className="num">
                          {w.costPerOutcome === null ? '—' : formatUnitMoney(w.costPerOutcome, currency)}
                        </td>
                        <td className="num">{money(w.value)}</td>
                      </Fragment>
                    ) : (
                      <td colSpan={5} className="gov-muted gov-review__outside">
                        Outside the horizon
                      </td>
                    )}
                  </tr>
                )
              })}
            </tbody>
          ))}
        </table>
        {shown.length === 0 ? <p className="view__subtitle">No initiative matches.</p> : null}
      </div>
      {logInitiative ? <DecisionDialog initiative={logInitiative} onClose={() => setLogFor(null)} /> : null}
    </section>
  )
}

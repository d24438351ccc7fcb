import { useMemo } from 'react'
import type { InitiativeResult } from '../../../../shared/engine'
import type { DecisionEntry, Initiative } from '../../../../shared/model'
import { EChart } from '../../charts/EChart'
import { DECISION_LABELS } from '../governance/decisionDraft'
import { DECISION_COLORS, decisionMarks, decisionTimelineOption } from '../governance/decisionTimelineOption'
import { DecisionForm } from '../governance/DecisionForm'
import '../governance/governance.css'
import { formatDate } from '../../../../shared/display/dates'
import { STAGE_LABELS } from './framingFields'

interface Props {
  initiative: Initiative
  result: InitiativeResult
  labels: string[]
  startMonth: string
  currency: string
}

function consequences(d: DecisionEntry): string {
  return [
    `by ${d.by}`,
    d.nextReviewDate ? `next review ${formatDate(d.nextReviewDate)}` : '',
    d.stage ? `stage → ${STAGE_LABELS[d.stage]}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
}

/** The initiative's decision log: its decisions on the horizon's months, the entries newest first, and the form to log one. */
export function DecisionLog({ initiative, result, labels, startMonth, currency }: Props) {
  const decisions = initiative.decisions
  const reviewDate = initiative.governance.reviewDate
  const option = useMemo(
    () =>
      decisionTimelineOption({
        labels,
        series: result.series,
        decisions: decisions ?? [],
        startMonth,
        reviewDate,
        currency,
      }),
    [labels, result.series, decisions, startMonth, reviewDate, currency],
  )
  const newestFirst = [...(decisions ?? [])].reverse()
  const onChart = decisionMarks(decisions ?? [], startMonth, labels.length).reduce((n, m) => n + m.count, 0)
  const offChart = newestFirst.length - onChart

  return (
    <section className="panel decision-log" aria-label="Decision log">
      <h2 className="panel__title">{`Decision log · ${newestFirst.length} decision${newestFirst.length === 1 ? '' : 's'}`}</h2>
      <EChart
        title="Decisions on the timeline"
        option={option}
        height={240}
        footer={
          offChart > 0
            ? `${offChart} decision${offChart === 1 ? '' : 's'} dated outside the horizon ${offChart === 1 ? 'is' : 'are'} listed below, not drawn.`
            : undefined
        }
      />
      {newestFirst.length === 0 ? (
        <p className="view__subtitle">No decision logged yet.</p>
      ) : (
        <ol className="decision-log__entries" data-testid="decision-log">
          {newestFirst.map((d) => (
            <li key={d.id} className="decision-log__entry" data-decision={d.id}>
              <span>{formatDate(d.date)}</span>
              <span>
                <span className="decision-chip" style={{ background: DECISION_COLORS[d.decision] }}>
                  {DECISION_LABELS[d.decision]}
                </span>
              </span>
              <span className="decision-log__rationale">{d.rationale}</span>
              <span />
              <span />
              <span className="view__subtitle">{consequences(d)}</span>
            </li>
          ))}
        </ol>
      )}
      <h3 className="panel__title">Log a decision</h3>
      <DecisionForm key={initiative.id} initiative={initiative} />
    </section>
  )
}

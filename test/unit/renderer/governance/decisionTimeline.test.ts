import { describe, expect, it } from 'vitest'
import type { DecisionEntry, DecisionKind } from '../../../../shared/model'
import { computePortfolio } from '../../../../shared/engine'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import {
  DECISION_COLORS,
  decisionMarks,
  decisionTimelineOption,
} from '../../../../renderer/src/features/governance/decisionTimelineOption'

const d = (id: string, date: string, decision: DecisionKind): DecisionEntry => ({
  id,
  date,
  decision,
  rationale: 'r',
  by: 'b',
  nextReviewDate: null,
  stage: null,
})

describe('decision marks on the timeline', () => {
  it('places decisions on their month, joins a month’s decisions in date order, leaves out those outside the horizon', () => {
    // Horizon 2027-01 .. 2027-12 (12 months).
    const marks = decisionMarks(
      [
        d('a', '2027-03-20', 'pivot'),
        d('b', '2027-03-02', 'optimise'),
        d('c', '2026-12-31', 'scale'),
        d('e', '2028-01-01', 'sunset'),
        d('f', '2027-12-31', 'sunset'),
      ],
      '2027-01',
      12,
    )
    expect(marks).toEqual([
      { month: 2, label: 'Optimise · Pivot', color: DECISION_COLORS.pivot, count: 2 },
      { month: 11, label: 'Sunset', color: DECISION_COLORS.sunset, count: 1 },
    ])
  })

  it('draws a mark line per decision month and one for the review inside the horizon', () => {
    const p = samplePortfolio()
    const r = computePortfolio(p).byId.get('sales-email')
    if (!r) throw new Error('sample lost sales-email')
    const labels = Array.from({ length: r.series.months }, (_, t) => `m${t}`)
    const option = decisionTimelineOption({
      labels,
      series: r.series,
      decisions: [d('a', '2027-04-10', 'scale')],
      startMonth: '2027-01',
      reviewDate: '2027-09-30',
      currency: 'USD',
    })
    const series = option.series as { markLine?: { data: { xAxis: string }[] } }[]
    expect(series[0]?.markLine?.data.map((m) => m.xAxis)).toEqual(['m3', 'm8'])
    const none = decisionTimelineOption({
      labels,
      series: r.series,
      decisions: [],
      startMonth: '2027-01',
      reviewDate: '2031-01-01',
      currency: 'USD',
    })
    expect((none.series as { markLine?: { data: unknown[] } }[])[0]?.markLine?.data).toEqual([])
  })
})

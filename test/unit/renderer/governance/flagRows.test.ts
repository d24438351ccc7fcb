import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../../shared/engine'
import { FLAG_LABELS, governanceFlags } from '../../../../shared/decisions'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { daysBetween } from '../../../../shared/engine/calendar'
import { flagRows, flagsById } from '../../../../renderer/src/features/governance/flagRows'

describe('daysBetween', () => {
  it('counts calendar days, across month ends and a leap day', () => {
    expect(daysBetween('2027-02-01', '2027-03-01')).toBe(28)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2027-03-01', '2027-02-01')).toBe(-28)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
  })
})

describe('the governance list', () => {
  it('has one row per flag, the same flags the rules give, with the figures behind each', () => {
    const p = samplePortfolio()
    const rnd = p.initiatives.find((i) => i.id === 'rnd-agent')
    const sales = p.initiatives.find((i) => i.id === 'sales-email')
    if (!rnd || !sales) throw new Error('sample changed')
    rnd.governance.strategicNarrative = ''
    rnd.governance.reviewDate = '2026-06-30'
    rnd.governance.timeHorizonMonths = 12
    if (rnd.strategy) rnd.strategy.measuredValue = null
    sales.governance.reviewDate = '2026-06-01'
    const results = computePortfolio(p)
    const today = '2028-01-20'
    const rows = flagRows(p, results, today)

    const expected = p.initiatives.flatMap((i) =>
      governanceFlags(i, results.byId.get(i.id)?.totals ?? results.totals, p.settings, today).map((f) => [
        i.id,
        f.kind,
      ]),
    )
    expect(rows.map((r) => [r.initiativeId, r.kind])).toEqual(expected)
    expect(
      flagsById(p, results, today)
        .get('rnd-agent')
        ?.map((f) => f.kind),
    ).toEqual(rows.filter((r) => r.initiativeId === 'rnd-agent').map((r) => r.kind))

    // Sales email: review 2026-06-01, today 2028-01-20 -> 30 (June) + 31 + 31 + 30 + 31 + 30 + 31 (to 2027-01-01)
    // = 214, + 365 (2027) = 579, + 19 = 598 days overdue.
    const overdue = rows.find((r) => r.initiativeId === 'sales-email' && r.kind === 'review_overdue')
    expect(overdue?.figures).toEqual([
      { label: 'Due', kind: 'date', value: '2026-06-01' },
      { label: 'Overdue', kind: 'days', value: 598 },
    ])
    // R&D agent launches at month 9 (2026-10); 2028-01 is month 24 -> 15 months live, past its 12.
    const past = rows.find((r) => r.initiativeId === 'rnd-agent' && r.kind === 'strategic_past_horizon')
    expect(past?.figures).toEqual([
      { label: 'Live', kind: 'months', value: 15 },
      { label: 'Horizon', kind: 'months', value: 12 },
    ])
    expect(rows.find((r) => r.kind === 'strategic_without_narrative')?.message).toBe(
      'Strategic initiative without a narrative',
    )
    const framing = rows.find((r) => r.initiativeId === 'hr-policy' && r.kind === 'missing_framing')
    expect(framing?.figures).toEqual([
      { label: 'Horizon cost', kind: 'money', value: results.byId.get('hr-policy')?.totals.cost },
      { label: 'Threshold', kind: 'money', value: 250_000 },
    ])
    expect(FLAG_LABELS[framing?.kind ?? 'missing_framing']).toBe('Missing ROI framing')
  })

  it('is empty for a portfolio whose initiatives are all framed and reviewed in time', () => {
    const p = samplePortfolio()
    const hr = p.initiatives.find((i) => i.id === 'hr-policy')
    if (!hr) throw new Error('sample changed')
    hr.governance.hypothesis = 'h'
    hr.governance.successMetric = 'm'
    hr.governance.baseline = 'b'
    hr.governance.measurementPlan = 'p'
    hr.governance.reviewDate = '2027-09-01'
    expect(flagRows(p, computePortfolio(p), '2026-12-01')).toEqual([])
  })
})

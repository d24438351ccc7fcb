import { describe, expect, it } from 'vitest'
import { renderComparison } from '../../../electron/cli/commands/compare'
import type { Comparison, KpiRow } from '../../../shared/engine/scenarios'

const row = (key: string, unit: KpiRow['unit'], base: number, other: number): KpiRow => ({
  key,
  label: key,
  unit,
  values: [base, other],
  deltas: [
    { amount: 0, percent: 0 },
    { amount: other - base, percent: (other - base) / Math.abs(base) },
  ],
  unpriced: [false, false],
})

describe('compare as a text table', () => {
  it('shows amounts with a percent change, ratios in percentage points and payback in months', () => {
    const comparison: Comparison = {
      columns: [
        { id: null, name: 'Baseline' },
        { id: 's', name: 'Cheaper' },
      ],
      portfolio: {
        id: null,
        name: 'P',
        rows: [row('NPV', 'money', 200_000, 250_000), row('ROI', 'ratio', 1.736, 1.848), row('Payback', 'month', 7, 5)],
      },
      initiatives: [],
    }
    const lines = renderComparison(comparison).split('\n')
    expect(lines.find((l) => l.startsWith('NPV'))).toMatch(/200,000\s+250,000 \(\+25\.0%\)$/)
    // 184.8% - 173.6% = 11.2 percentage points; the relative change (6.5%) would mislead.
    expect(lines.find((l) => l.startsWith('ROI'))).toMatch(/173\.6%\s+184\.8% \(\+11\.2 pp\)$/)
    expect(lines.find((l) => l.startsWith('Payback'))).toMatch(/7\s+5 \(-2 mo\)$/)
  })

  it('marks a figure that leaves out an unknown price with * and says what it means', () => {
    const unit = {
      ...row('first.fullPerQuery', 'unitMoney', 0.5, 0.4),
      label: 'First active month: full cost per query',
    }
    const comparison: Comparison = {
      columns: [
        { id: null, name: 'Baseline' },
        { id: 's', name: 'Cheaper' },
      ],
      portfolio: { id: null, name: 'P', rows: [{ ...unit, unpriced: [true, false] }] },
      initiatives: [],
    }
    const text = renderComparison(comparison)
    expect(text.split('\n').find((l) => l.startsWith('First active month'))).toMatch(/0\.5000\*\s+0\.4000 \(-20\.0%\)$/)
    expect(text).toContain(
      '* leaves out a model price that is unknown (counted as 0): costs are lower bounds, net, NPV and ROI upper bounds.',
    )
    expect(renderComparison({ ...comparison, portfolio: { ...comparison.portfolio, rows: [unit] } })).not.toContain('*')
  })
})

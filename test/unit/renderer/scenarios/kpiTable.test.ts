import { describe, expect, it } from 'vitest'
import {
  deltaTone,
  formatDelta,
  formatDeltaAmount,
  formatDeltaPercent,
  formatKpi,
  isNoise,
  kpiSections,
} from '../../../../renderer/src/features/scenarios/kpiTable'
import { compareScenarios, delta, type ComparisonEntity, type KpiRow } from '../../../../shared/engine/scenarios'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'

const row = (key: string, label: string, values: (number | null)[], unit: KpiRow['unit'] = 'money'): KpiRow => ({
  key,
  label,
  unit,
  values,
  deltas: values.map((v) => delta(values[0] ?? null, v)),
  unpriced: values.map(() => false),
})

describe('kpiSections', () => {
  const entity: ComparisonEntity = {
    id: null,
    name: 'P',
    rows: [
      row('cost.inference', 'Horizon cost: Model inference', [0, 0]),
      row('cost.build', 'Horizon cost: Engineering build', [100, 130]),
      row('npv', 'NPV', [50, 20]),
      row('first.fullPerQuery', 'First active month: full cost per query', [0.5, 0.4], 'unitMoney'),
      row('last.fullPerQuery', 'Last month: full cost per query', [0.3, 0.2], 'unitMoney'),
      row('spend.2027', 'Spend 2027', [10, 12]),
      row('overBudget.2027', 'Over budget 2027', [0, 2]),
    ],
  }

  it('groups the engine rows under titles, drops drivers that cost nothing anywhere, shortens labels', () => {
    const sections = kpiSections(entity)
    expect(sections.map((s) => s.title)).toEqual([
      'Horizon cost by driver',
      'Horizon totals',
      'Unit costs, first active month',
      'Unit costs, last month of the horizon',
      'Spend vs budget',
    ])
    expect(sections[0]?.rows.map((r) => r.shortLabel)).toEqual(['Engineering build'])
    expect(sections[2]?.rows.map((r) => r.shortLabel)).toEqual(['Full cost per query'])
    expect(sections[4]?.rows.map((r) => r.key)).toEqual(['spend.2027', 'overBudget.2027'])
  })

  it('keeps every engine row of the sample comparison except all-zero drivers, values untouched', () => {
    const c = compareScenarios(samplePortfolio(), ['scenario-prices-halve'])
    const shown = kpiSections(c.portfolio).flatMap((s) => s.rows)
    const expected = c.portfolio.rows.filter((r) => !(r.key.startsWith('cost.') && r.values.every((v) => !v)))
    expect(shown.map((r) => r.key)).toEqual(expected.map((r) => r.key))
    expect(shown.map((r) => r.values)).toEqual(expected.map((r) => r.values))
  })
})

describe('formats', () => {
  it('formats each unit', () => {
    expect(formatKpi(1234.4, 'money', 'USD', '2027-01')).toBe('$1,234')
    expect(formatKpi(0.0032, 'unitMoney', 'USD', '2027-01')).toBe('$0.0032')
    expect(formatKpi(0.256, 'ratio', 'USD', '2027-01')).toBe('25.6%')
    expect(formatKpi(5, 'month', 'USD', '2027-01')).toBe('Jun 2027')
    expect(formatKpi(null, 'money', 'USD', '2027-01')).toBe('—')
  })

  it('formats changes with a sign, in the unit and as a percentage of the baseline', () => {
    expect(formatDeltaAmount(delta(12_000, 10_800), 'money', 'USD')).toBe('−$1,200')
    expect(formatDeltaPercent(delta(12_000, 10_800))).toBe('−10%')
    expect(formatDeltaAmount(delta(0.004, 0.005), 'unitMoney', 'USD')).toBe('+$0.001')
    expect(formatDeltaPercent(delta(0.004, 0.005))).toBe('+25%')
    expect(formatDeltaAmount(delta(0.2, 0.245), 'ratio', 'USD')).toBe('+4.5 pts')
    expect(formatDeltaAmount(delta(7, 9), 'month', 'USD')).toBe('+2 mo')
    expect(formatDeltaAmount(delta(null, 9), 'month', 'USD')).toBe('—')
    expect(formatDeltaPercent(delta(0, 5))).toBe('—')
    expect(formatDeltaPercent(delta(10_000, 10_003))).toBe('+0.03%')
    expect(formatDeltaPercent(delta(100_000, 100_001))).toBe('+<0.01%')
    expect(formatDeltaAmount(delta(-0.454, -0.4536), 'ratio', 'USD')).toBe('+0.04 pts')
  })

  it('shows a change as amount and percent, a payback change in months only, and no change as such', () => {
    expect(formatDelta(delta(200, 150), 'money', 'USD')).toBe('−$50 · −25%')
    expect(formatDelta(delta(5, 17), 'month', 'USD')).toBe('+12 mo')
    expect(formatDelta(delta(5, 5), 'month', 'USD')).toBe('no change')
  })

  it('reads floating-point noise (under a billionth of the baseline) as no change', () => {
    const noise = delta(3_852_000, 3_852_000 - 4.7e-10)
    expect(isNoise(noise)).toBe(true)
    expect(formatDeltaAmount(noise, 'money', 'USD')).toBe('±0')
    expect(formatDeltaPercent(noise)).toBe('±0%')
    expect(deltaTone('cost', noise)).toBe('same')
    expect(isNoise(delta(1, 1.001))).toBe(false)
  })

  it('colours a rise of value, net, NPV and ROI good, of costs and payback month bad', () => {
    expect(deltaTone('npv', delta(1, 2))).toBe('good')
    expect(deltaTone('roi', delta(1, 0.5))).toBe('bad')
    expect(deltaTone('cost', delta(1, 2))).toBe('bad')
    expect(deltaTone('paybackMonth', delta(5, 3))).toBe('good')
    expect(deltaTone('last.fullPerQuery', delta(0.2, 0.1))).toBe('good')
    expect(deltaTone('npv', delta(null, 1))).toBe('same')
  })
})

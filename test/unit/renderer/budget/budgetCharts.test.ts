import { describe, expect, it } from 'vitest'
import { frontierOption } from '../../../../renderer/src/features/budget/charts/frontierOption'
import { legendLines, spendOption } from '../../../../renderer/src/features/budget/charts/spendOption'
import type { BudgetYear, SpendRow } from '../../../../renderer/src/features/budget/spendTables'
import { DRIVER_COLORS } from '../../../../renderer/src/charts/palette'

const years: BudgetYear[] = [
  { year: 2027, months: 6, label: '2027 (6 mo)', spend: 60_000, budget: 50_000, available: 37_500 },
  { year: 2028, months: 12, label: '2028', spend: 90_000, budget: 100_000, available: 75_000 },
]
const rows: SpendRow[] = [
  { key: 'inference', label: 'Model inference', years: [40_000, 50_000], total: 90_000 },
  { key: 'build', label: 'Engineering build', years: [20_000, 40_000], total: 60_000 },
]

type Series = {
  type: string
  name: string
  data: unknown
  stack?: string
  color?: string
  markLine?: { data: unknown }
}
const seriesOf = (option: unknown) => (option as { series: Series[] }).series

describe('spend chart', () => {
  it('stacks one bar series per row in the driver colours, with the budget and the budget less reserve as lines', () => {
    const series = seriesOf(spendOption(years, rows, 'USD'))
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', 'Model inference'],
      ['bar', 'Engineering build'],
      ['line', 'Budget'],
      ['line', 'Budget less reserve'],
    ])
    expect(series[0]?.color).toBe(DRIVER_COLORS.inference)
    expect(series[0]?.stack).toBe(series[1]?.stack)
    expect(series[2]?.data).toEqual([50_000, 100_000])
    expect(series[3]?.data).toEqual([37_500, 75_000])
    expect((spendOption(years, rows, 'USD') as { xAxis: { data: string[] } }).xAxis.data).toEqual([
      '2027 (6 mo)',
      '2028',
    ])
  })

  it('draws no budget lines without a budget', () => {
    const none = years.map((y) => ({ ...y, budget: null, available: null }))
    expect(seriesOf(spendOption(none, rows, 'USD')).map((s) => s.type)).toEqual(['bar', 'bar'])
  })
})

describe('spend chart legend room', () => {
  it('packs entries into lines of the card width', () => {
    // Each entry takes 29 px plus 6.5 px a character: 'abcd' is 55 px, so six fit in 380 px, a seventh wraps.
    expect(legendLines([])).toBe(0)
    expect(legendLines(Array.from({ length: 6 }, () => 'abcd'))).toBe(1)
    expect(legendLines(Array.from({ length: 7 }, () => 'abcd'))).toBe(2)
    // An entry wider than the card still takes one line of its own.
    expect(legendLines(['x'.repeat(80), 'y'])).toBe(2)
  })
})

describe('efficient frontier chart', () => {
  it('draws the frontier as (budget, best value) points and marks the budget after the reserve', () => {
    const option = frontierOption({
      points: [
        { budget: 0, value: 0 },
        { budget: 1_000, value: 5_000 },
        { budget: 2_000, value: 7_000 },
      ],
      available: 2_500,
      suggested: { spend: 2_000, value: 7_000 },
      objectiveLabel: 'Best NPV',
      constraintLabel: 'Horizon spend',
      currency: 'USD',
    })
    const [line] = seriesOf(option)
    expect(line?.data).toEqual([
      [0, 0],
      [1_000, 5_000],
      [2_000, 7_000],
    ])
    expect(line?.markLine?.data).toEqual([{ xAxis: 2_500 }])
    // The axis reaches the mark even when the budget is beyond the last frontier point.
    expect((option as { xAxis: { max: number } }).xAxis.max).toBeGreaterThanOrEqual(2_500)
  })
})

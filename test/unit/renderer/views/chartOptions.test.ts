import { describe, expect, it } from 'vitest'
import { DRIVERS, type Series } from '../../../../shared/engine'
import { costByDriverOption } from '../../../../renderer/src/charts/options/costByDriverOption'
import { cumulativeNetOption } from '../../../../renderer/src/charts/options/cumulativeNetOption'
import { horizonMonthLabels } from '../../../../renderer/src/charts/options/monthAxis'
import { unitCostOption } from '../../../../renderer/src/charts/options/unitCostOption'
import { unitCostSeries } from '../../../../renderer/src/features/initiativeDetail/selectors'

/** A three-month series written by hand: inference and build only, no queries in month 0. */
function handSeries(): Series {
  const z = () => new Float64Array(3)
  const cost = Object.fromEntries(DRIVERS.map((d) => [d, z()])) as Series['cost']
  cost.inference = Float64Array.from([0, 50, 80])
  cost.build = Float64Array.from([300, 0, 0])
  return {
    months: 3,
    users: Float64Array.from([0, 10, 20]),
    queries: Float64Array.from([0, 1000, 2000]),
    outcomes: Float64Array.from([0, 100, 0]),
    inputTokensPerQuery: z(),
    cost,
    totalCost: Float64Array.from([300, 50, 80]),
    value: Float64Array.from([0, 200, 400]),
    net: Float64Array.from([-300, 150, 320]),
    cumulativeNet: Float64Array.from([-300, -150, 170]),
    unpriced: new Uint8Array(3),
  }
}

type SeriesItem = {
  name?: string
  type?: string
  stack?: string
  data?: unknown[]
  markLine?: { data?: unknown[] }
  markPoint?: { data?: unknown[] }
}
const seriesOf = (o: { series?: unknown }): SeriesItem[] => (Array.isArray(o.series) ? (o.series as SeriesItem[]) : [])

describe('calendar month labels', () => {
  it('start at settings.startMonth and cross the year', () => {
    expect(horizonMonthLabels('2026-11', 4)).toEqual(['Nov 2026', 'Dec 2026', 'Jan 2027', 'Feb 2027'])
  })
})

describe('cost by driver chart', () => {
  it('stacks only drivers that cost something, and draws value as a line', () => {
    const o = costByDriverOption({
      labels: ['a', 'b', 'c'],
      series: handSeries(),
      currency: 'USD',
      withValue: true,
      shape: 'bar',
    })
    const s = seriesOf(o)
    expect(s.map((x) => x.name)).toEqual(['Model inference', 'Engineering build', 'Value'])
    expect(s[0]?.stack).toBe('cost')
    expect(s[0]?.data).toEqual([0, 50, 80])
    expect(s[2]?.type).toBe('line')
    expect(s[2]?.data).toEqual([0, 200, 400])
  })
})

describe('cumulative net chart', () => {
  it('marks the payback month by its calendar label and value', () => {
    const labels = horizonMonthLabels('2027-01', 3)
    const o = cumulativeNetOption(labels, handSeries().cumulativeNet, 2, 'USD')
    const s = seriesOf(o)[0]
    expect(s?.markLine?.data).toContainEqual(expect.objectContaining({ xAxis: 'Mar 2027' }))
    expect(s?.markPoint?.data).toEqual([{ name: 'Payback', coord: ['Mar 2027', 170] }])
  })

  it('draws only the zero line when there is no payback in the horizon', () => {
    const o = cumulativeNetOption(['a', 'b', 'c'], handSeries().cumulativeNet, null, 'USD')
    const s = seriesOf(o)[0]
    expect(s?.markLine?.data).toEqual([{ yAxis: 0 }])
    expect(s?.markPoint).toBeUndefined()
  })
})

describe('unit cost over time', () => {
  it('reads the engine unit costs month by month, leaving months without volume as gaps', () => {
    // Month 1: inference 50 / 1000 queries = 0.05; full 50 / 1000 = 0.05. Month 2: 80 / 2000 = 0.04.
    expect(unitCostSeries(handSeries(), 'query')).toEqual({ inference: [null, 0.05, 0.04], full: [null, 0.05, 0.04] })
    // Per user: 50 / 10 = 5, 80 / 20 = 4.
    expect(unitCostSeries(handSeries(), 'user').inference).toEqual([null, 5, 4])
    // Per outcome: month 2 has no outcomes -> null, not Infinity.
    expect(unitCostSeries(handSeries(), 'outcome').full).toEqual([null, 0.5, null])
  })
})

describe('unit cost chart', () => {
  it('shades each run of unpriced months, on one line only', () => {
    const labels = ['Jan', 'Feb', 'Mar', 'Apr', 'May']
    const line = { data: [1, 1, 1, 1, 1], color: '#000', dashed: false }
    const option = unitCostOption(
      labels,
      [
        { name: 'A', ...line },
        { name: 'B', ...line },
      ],
      'USD',
      [1, 1, 0, 1, 0],
    )
    const series = option.series as { markArea?: { data: unknown } }[]
    expect(series[0]?.markArea?.data).toEqual([
      [{ xAxis: 'Jan' }, { xAxis: 'Feb' }],
      [{ xAxis: 'Apr' }, { xAxis: 'Apr' }],
    ])
    expect(series[1]?.markArea).toBeUndefined()
    const priced = unitCostOption(labels, [{ name: 'A', ...line }], 'USD', [0, 0, 0, 0, 0])
    expect((priced.series as { markArea?: unknown }[])[0]?.markArea).toBeUndefined()
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  driverStackOption,
  legendOnTop,
  tornadoOption,
  waterfallAxis,
  waterfallOption,
  waterfallSteps,
} from '../../../../renderer/src/features/scenarios/chartOptions'
import type { Tornado, WaterfallSplit } from '../../../../shared/engine/scenarios'
import { DRIVERS, type Driver } from '../../../../shared/model/drivers'

const split = (start: number, amounts: number[]): WaterfallSplit => {
  const keys = ['price', 'mix', 'inputTokens', 'outputTokens', 'cache', 'batch', 'fixedCosts', 'volume'] as const
  const change = amounts.reduce((a, b) => a + b, 0)
  return {
    start,
    end: start + change,
    change,
    parts: amounts.map((amount, i) => ({ key: keys[i % keys.length] ?? 'price', label: `part ${i}`, amount })),
  }
}

describe('waterfall', () => {
  it('floats each part from the running total (hand-worked)', () => {
    const s = waterfallSteps(split(1, [0.5, -0.25, -0.125]))
    expect(s.base).toEqual([1, 1.25, 1.125])
    expect(s.up).toEqual([0.5, null, null])
    expect(s.down).toEqual([null, 0.25, 0.125])
    expect(s.low).toBe(1)
    expect(s.high).toBe(1.5)
  })

  it('property: every step spans exactly from one running total to the next', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 8 }),
        (start, amounts) => {
          const s = waterfallSteps(split(start, amounts))
          let running = start
          amounts.forEach((a, i) => {
            const next = running + a
            const size = s.up[i] ?? s.down[i] ?? 0
            expect(s.base[i]).toBe(Math.min(running, next))
            expect(size).toBe(Math.abs(a))
            running = next
          })
        },
      ),
    )
  })

  it('zooms the axis onto small steps on round ticks, from zero otherwise', () => {
    const axis = waterfallAxis(0.188, 0.1923)
    expect(axis?.min).toBeCloseTo(0.186, 12)
    expect(axis?.max).toBeCloseTo(0.196, 12)
    expect(waterfallAxis(0.2, 1)).toBeNull()
    expect(waterfallAxis(0, 1)).toBeNull()
    expect(waterfallAxis(1, 1)).toBeNull()
  })

  it('leaves parts of zero out of the chart and draws start and end as totals', () => {
    const option = waterfallOption(split(1, [0.5, 0, -0.25]), 'USD')
    const x = option.xAxis as { data: string[] }
    expect(x.data).toEqual(['Start', 'Prices', 'Prompt size', 'End'])
    const series = option.series as { name: string; data: (number | null)[] }[]
    expect(series.find((s) => s.name === 'Cost per query')?.data).toEqual([1, null, null, 1.25])
  })
})

describe('legendOnTop', () => {
  it('wraps long names into rows and moves the plot down to clear them', () => {
    expect(legendOnTop(['Baseline'], 470).top).toBe(32)
    expect(legendOnTop(['x'.repeat(50), 'y'.repeat(50), 'z'.repeat(50)], 470).top).toBe(72)
    expect(legendOnTop([], 470).top).toBe(12)
  })
})

describe('tornadoOption', () => {
  it('draws each driver as its NPV change from the centre, in the engine order (largest swing first)', () => {
    const t: Tornado = {
      target: null,
      percent: 0.2,
      center: 100,
      bars: [
        { key: 'users', label: 'Users', low: 60, high: 140, swing: 80 },
        { key: 'prices', label: 'Model prices', low: 110, high: 90, swing: 20 },
      ],
    }
    const option = tornadoOption(t, 'USD')
    expect((option.yAxis as { data: string[] }).data).toEqual(['Users', 'Model prices'])
    const series = option.series as { name: string; data: number[] }[]
    expect(series.map((s) => s.name)).toEqual(['Driver −20%', 'Driver +20%'])
    expect(series[0]?.data).toEqual([-40, 10])
    expect(series[1]?.data).toEqual([40, -10])
  })
})

describe('driverStackOption', () => {
  it('stacks each case by driver and leaves out drivers that cost nothing in every case', () => {
    const zero = Object.fromEntries(DRIVERS.map((d) => [d, 0])) as Record<Driver, number>
    const option = driverStackOption(
      [
        { name: 'Baseline', byDriver: { ...zero, inference: 10, build: 5 } },
        { name: 'S', byDriver: { ...zero, inference: 4, build: 5, shared: null } },
      ],
      'USD',
    )
    const series = option.series as { name: string; data: number[]; stack: string }[]
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Model inference', [10, 4]],
      ['Engineering build', [5, 5]],
    ])
    expect(new Set(series.map((s) => s.stack)).size).toBe(1)
  })
})

import { describe, expect, it } from 'vitest'
import type { ScatterSeriesOption } from 'echarts/charts'
import {
  bubbleSize,
  matrixOption,
  quadrantAreas,
  xRange,
  type MatrixOptionInput,
} from '../../../../renderer/src/features/decisionMatrix/matrixOption'
import { draggedValue } from '../../../../renderer/src/features/decisionMatrix/thresholdDrag'
import { initiative, point } from './points'

const THRESHOLDS = { scaleEconomics: 0, strategic: 50 }

function input(overrides: Partial<MatrixOptionInput> = {}): MatrixOptionInput {
  return {
    points: [point('a', 20, 80, 400, 'Alpha'), point('b', -30, 20, 100, 'Beta'), point('c', null, 40, 50, 'Gamma')],
    initiatives: [
      initiative('a', 'scaling', 'revenue'),
      initiative('b', 'pilot', 'revenue'),
      initiative('c', 'pilot', 'strategic'),
    ],
    thresholds: THRESHOLDS,
    colourBy: 'stage',
    currency: 'USD',
    startMonth: '2027-01',
    moves: null,
    baselineById: null,
    scheme: 'light',
    width: 600,
    height: 520,
    ...overrides,
  }
}

const seriesOf = (o: ReturnType<typeof matrixOption>) => o.option.series as ScatterSeriesOption[]

describe('x axis range', () => {
  it('covers the points and the threshold in steps of 25 with room, within -100..100', () => {
    // lowest 5 - 8 = -3 -> -25; highest 74 + 8 = 82 -> 100
    expect(xRange([5, 74], 0)).toEqual([-25, 100])
    // threshold 30 above every point: 30 + 8 = 38 -> 50
    expect(xRange([-60, 10], 30)).toEqual([-75, 50])
    expect(xRange([-99, 99], 0)).toEqual([-100, 100])
    // exactly on a step after padding: 17 + 8 = 25 stays 25
    expect(xRange([17], 0)).toEqual([-25, 25])
  })
})

describe('a dragged threshold', () => {
  it('is saved as a whole score point within its axis', () => {
    expect(draggedValue(39.6, 'y')).toBe(40)
    expect(draggedValue(-3.4, 'y')).toBe(0)
    expect(draggedValue(100.2, 'y')).toBe(100)
    expect(draggedValue(-120, 'x')).toBe(-100)
    expect(draggedValue(-12.5, 'x')).toBe(-12)
  })
})

describe('bubble size', () => {
  it('grows with the square root of spend so the area follows spend', () => {
    expect(bubbleSize(400, 400)).toBe(46)
    expect(bubbleSize(100, 400)).toBe(10 + 36 * 0.5)
    expect(bubbleSize(0, 400)).toBe(10)
    expect(bubbleSize(50, 0)).toBe(10)
  })
})

describe('quadrants', () => {
  it('split the plot at the thresholds, each labelled in its outer corner', () => {
    const areas = quadrantAreas({ scaleEconomics: 10, strategic: 60 }, [-50, 100])
    expect(areas).toEqual([
      { quadrant: 'double_down', from: [10, 60], to: [100, 100], position: 'insideTopRight' },
      { quadrant: 'fix', from: [-50, 60], to: [10, 100], position: 'insideTopLeft' },
      { quadrant: 'harvest', from: [10, 0], to: [100, 60], position: 'insideBottomRight' },
      { quadrant: 'pull_back', from: [-50, 0], to: [10, 60], position: 'insideBottomLeft' },
    ])
  })
})

describe('matrix option', () => {
  it('draws the threshold lines, one series per stage present, and leaves unplaced initiatives out', () => {
    const chart = matrixOption(input())
    const series = seriesOf(chart)
    expect(series.map((s) => s.name)).toEqual(['quadrants', 'Pilot', 'Scaling'])
    expect(series[0]?.markLine?.data).toEqual([{ xAxis: 0 }, { yAxis: 50 }])
    const pilot = series[1]?.data as { name: string; value: number[] }[]
    expect(pilot.map((d) => d.name)).toEqual(['Beta'])
    expect(pilot[0]?.value).toEqual([-30, 20, 100])
    expect(chart.pointAt(2, 0)?.id).toBe('a')
    expect(chart.pointAt(1, 0)?.id).toBe('b')
    expect(chart.pointAt(0, 0)).toBeUndefined()
  })

  it('colours by value type when asked', () => {
    const series = seriesOf(matrixOption(input({ colourBy: 'valueType' })))
    expect(series.map((s) => s.name)).toEqual(['quadrants', 'Revenue'])
  })

  it('adds an arrow from the baseline position to the scenario position for each move, above the bubbles', () => {
    const moves = [
      {
        id: 'a',
        name: 'Alpha',
        from: [10, 80] as [number, number],
        to: [20, 80] as [number, number],
        quadrantFrom: null,
        quadrantTo: null,
      },
    ]
    const series = seriesOf(matrixOption(input({ moves })))
    const arrows = series.at(-1)
    expect(arrows?.name).toBe('Move from the baseline')
    expect(arrows?.markLine?.data).toEqual([[{ coord: [10, 80] }, { coord: [20, 80] }]])
    expect(arrows?.z).toBeGreaterThan(2)
    expect(seriesOf(matrixOption(input({ moves: [] }))).map((s) => s.name)).not.toContain('Move from the baseline')
  })

  it('the tooltip names the initiative with both parts of scale economics, and escapes the name', () => {
    const chart = matrixOption(input({ points: [point('a', 20, 80, 400, '<b>Alpha</b>')] }))
    const formatter = (chart.option.tooltip as { formatter: (p: unknown) => string }).formatter
    const html = formatter({ seriesIndex: 1, dataIndex: 0 })
    expect(html).toContain('&lt;b&gt;Alpha&lt;/b&gt;')
    expect(html).toContain('value +42%/yr vs running cost −5%/yr')
    expect(html).toContain('Strategic importance 80')
  })
})

import { describe, expect, it } from 'vitest'
import { SERIES_COLORS, seriesLine } from '../../../../renderer/src/charts/palette'
import { caseLinesOption, npvByInitiativeOption } from '../../../../renderer/src/features/scenarios/chartOptions'

type Line = { name: string; color?: string; lineStyle?: { width?: number; type?: string; color?: string } }
type Bar = { name: string; color?: string }

/** How far apart two colours are (red-mean weighted RGB distance, 0 to about 765). */
function distance(a: string, b: string): number {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
  const [r1, g1, b1] = rgb(a)
  const [r2, g2, b2] = rgb(b)
  const rm = (r1 + r2) / 2
  return Math.sqrt((2 + rm / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - rm) / 256) * (b1 - b2) ** 2)
}

describe('charts of many series', () => {
  it('the twelve series colours are all clearly apart', () => {
    expect(new Set(SERIES_COLORS).size).toBe(12)
    for (const [i, a] of SERIES_COLORS.entries())
      for (const b of SERIES_COLORS.slice(i + 1)) expect(distance(a, b), `${a} ${b}`).toBeGreaterThan(60)
  })

  it('gives 30 scenario lines 30 different looks: twelve colours, then dashed, then dotted', () => {
    const cases = Array.from({ length: 30 }, (_, i) => ({ name: `Case ${String(i)}`, data: [i, i + 1] }))
    const series = caseLinesOption(['Jan 2027', 'Feb 2027'], cases, String).series as Line[]
    const looks = series.map((s) => `${s.lineStyle?.color ?? ''} ${s.lineStyle?.type ?? ''}`)
    expect(new Set(looks).size).toBe(30)
    // The legend shows the colour the line is drawn in.
    for (const s of series) expect(s.color).toBe(s.lineStyle?.color)
    expect(series[0]?.lineStyle?.width).toBe(3)
    expect(series[12]?.lineStyle).toMatchObject({ color: SERIES_COLORS[0], type: 'dashed' })
    expect(seriesLine(24)).toEqual({ color: SERIES_COLORS[0], type: 'dotted' })
  })

  it('gives up to twelve cases of NPV bars twelve different colours', () => {
    const cases = Array.from({ length: 12 }, (_, i) => ({ name: `Case ${String(i)}`, npv: [i] }))
    const series = npvByInitiativeOption(['A'], cases, 'USD').series as Bar[]
    expect(new Set(series.map((s) => s.color)).size).toBe(12)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_LABELS,
  planLabels,
  type LabelCandidate,
} from '../../../../renderer/src/features/decisionMatrix/labelPlacement'

// 500 x 400 pixels showing x 0..100 and y 0..100: 5 px per x point, 4 px per y point.
const PLOT = { width: 500, height: 400, xRange: [0, 100] as const, yRange: [0, 100] as const }
const c = (id: string, x: number, y: number, spend: number, name = id.repeat(10), size = 10): LabelCandidate => ({
  id,
  name,
  x,
  y,
  size,
  spend,
})

describe('bubble name labels', () => {
  it('shows every label when nothing is near', () => {
    const plans = planLabels([c('a', 10, 10, 1), c('b', 10, 90, 2)], PLOT)
    expect(plans.get('a')).toEqual({ show: true, side: 'right' })
    expect(plans.get('b')).toEqual({ show: true, side: 'right' })
  })

  it('puts a label on the left when the right would run off the chart', () => {
    // at x 95 (475 px) a 63 px label on the right would end past 500 px
    expect(planLabels([c('a', 95, 50, 1)], PLOT).get('a')).toEqual({ show: true, side: 'left' })
  })

  it('a label that would cover a neighbour goes to the other side', () => {
    // b at 190 px: its right label (199..262 px) would cover a's centre at 200 px, so it goes left.
    const plans = planLabels([c('a', 40, 50, 1), c('b', 38, 50, 5)], PLOT)
    expect(plans.get('b')).toEqual({ show: true, side: 'left' })
    expect(plans.get('a')).toEqual({ show: true, side: 'right' })
  })

  it('the larger spend chooses first; a label with no free side is hidden', () => {
    const plans = planLabels(
      [c('small', 40, 50, 1, 'Small'), c('large', 40, 50, 5, 'Large'), c('middle', 40, 50, 3, 'Middle')],
      PLOT,
    )
    expect(plans.get('large')).toEqual({ show: true, side: 'right' })
    expect(plans.get('middle')).toEqual({ show: true, side: 'left' })
    expect(plans.get('small')).toEqual({ show: false, side: 'right' })
  })

  it('only the largest bubbles are considered for a label', () => {
    const many = Array.from({ length: MAX_LABELS + 5 }, (_, i) => c(`i${String(i)}`, 0, 0, i, 'x'))
    // Spread them so none overlaps: one per 1% of the width and 1% of the height.
    const spread = many.map((k, i) => ({ ...k, x: i, y: i }))
    const plans = planLabels(spread, { ...PLOT, width: 50_000, height: 40_000 })
    const shown = spread.filter((k) => plans.get(k.id)?.show).map((k) => k.spend)
    expect(shown).toHaveLength(MAX_LABELS)
    expect(Math.min(...shown)).toBe(5)
  })

  it('property: labels shown never overlap each other', () => {
    const candidate = fc.record({
      x: fc.integer({ min: 0, max: 100 }),
      y: fc.integer({ min: 0, max: 100 }),
      spend: fc.integer({ min: 0, max: 1000 }),
      len: fc.integer({ min: 1, max: 30 }),
    })
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 25 }), (raw) => {
        const list = raw.map((r, i) => c(`i${String(i)}`, r.x, r.y, r.spend, 'x'.repeat(r.len)))
        const plans = planLabels(list, PLOT)
        const boxes = list
          .filter((k) => plans.get(k.id)?.show)
          .map((k) => {
            const w = k.name.length * 6.3
            const cx = k.x * 5
            const cy = 400 - k.y * 4
            const left = plans.get(k.id)?.side === 'right' ? cx + k.size / 2 + 4 : cx - k.size / 2 - 4 - w
            return { left, right: left + w, top: cy - 7, bottom: cy + 7 }
          })
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!
            const b = boxes[j]!
            expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false)
          }
        // Every shown label stays inside the plot.
        for (const b of boxes) expect(b.left >= 0 && b.right <= 500).toBe(true)
      }),
    )
  })
})

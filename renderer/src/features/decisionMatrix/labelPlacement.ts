/**
 * Which bubbles get a name label, and on which side. ECharts' own hideOverlap did not hide
 * overlapping labels of this chart on the canvas renderer (it did in SVG), so the choice is made
 * here, deterministically: larger spend first, a label is shown unless its box would overlap a
 * label already shown. Hidden names still show on hover and in the tooltip.
 */

export interface LabelCandidate {
  id: string
  name: string
  x: number
  y: number
  /** Bubble diameter in pixels. */
  size: number
  spend: number
}

export interface LabelPlan {
  show: boolean
  side: 'left' | 'right'
}

export interface PlotSize {
  /** Plot area in pixels and the score ranges it shows. */
  width: number
  height: number
  xRange: readonly [number, number]
  yRange: readonly [number, number]
}

/** Average glyph width of the 11px label font, in pixels (a generous estimate errs towards hiding). */
const CHAR_WIDTH = 6.3
/** Only the largest bubbles are considered for a label: with hundreds, names would be noise (and slow to place). */
export const MAX_LABELS = 60
const LINE_HEIGHT = 14

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/** The middle of a bubble's box: a label may touch a neighbour's rim, not cover its centre. */
const core = (b: Box): Box => {
  const dx = (b.right - b.left) * 0.2
  const dy = (b.bottom - b.top) * 0.2
  return { left: b.left + dx, right: b.right - dx, top: b.top + dy, bottom: b.bottom - dy }
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

export function planLabels(candidates: readonly LabelCandidate[], plot: PlotSize): Map<string, LabelPlan> {
  const [x0, x1] = plot.xRange
  const [y0, y1] = plot.yRange
  const px = (x: number) => ((x - x0) / (x1 - x0)) * plot.width
  const py = (y: number) => plot.height - ((y - y0) / (y1 - y0)) * plot.height
  const shown: Box[] = []
  // Bubbles themselves are obstacles too: a label must not cover another bubble.
  const bubbles = candidates.map((c) => ({
    id: c.id,
    box: core({
      left: px(c.x) - c.size / 2,
      right: px(c.x) + c.size / 2,
      top: py(c.y) - c.size / 2,
      bottom: py(c.y) + c.size / 2,
    }),
  }))
  const plans = new Map<string, LabelPlan>()
  const order = [...candidates].sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name))
  for (const [rank, c] of order.entries()) {
    if (rank >= MAX_LABELS) {
      plans.set(c.id, { show: false, side: 'right' })
      continue
    }
    const width = c.name.length * CHAR_WIDTH
    const cx = px(c.x)
    const cy = py(c.y)
    const boxOn = (side: 'left' | 'right'): Box => {
      const left = side === 'right' ? cx + c.size / 2 + 4 : cx - c.size / 2 - 4 - width
      return { left, right: left + width, top: cy - LINE_HEIGHT / 2, bottom: cy + LINE_HEIGHT / 2 }
    }
    const fits = (b: Box) =>
      b.left >= 0 &&
      b.right <= plot.width &&
      !shown.some((s) => overlaps(s, b)) &&
      !bubbles.some((o) => o.id !== c.id && overlaps(o.box, b))
    // Right of the bubble reads best; the left when the right is taken or runs off the chart.
    const side = (['right', 'left'] as const).find((s) => fits(boxOn(s)))
    if (side) shown.push(boxOn(side))
    plans.set(c.id, { show: side !== undefined, side: side ?? 'right' })
  }
  return plans
}

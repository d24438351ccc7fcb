/**
 * Places a label beside every bubble of the matrix so that no label overlaps another label, a
 * bubble or a fixed obstacle (the quadrant names), and all stay inside the plot. Deterministic and
 * greedy: labels are placed in the order given (largest spend first), first each beside its bubble
 * where there is room, then the rest at the first free spot of rings of candidate positions further
 * out, nearest first, with a leader line. Returns null when some label finds no spot, so the caller can try shorter labels.
 */

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface Bubble {
  id: string
  cx: number
  cy: number
  r: number
}

export interface LabelRequest {
  id: string
  w: number
  h: number
}

export interface PlacedLabel {
  id: string
  box: Rect
  /** True when the label sits away from its bubble and needs a line to it. */
  leader: boolean
}

/** Space between a label and what it must not touch (inches). */
const GAP = 0.03
/** How far each ring of candidates lies beyond the previous. */
const RING_STEP = 0.18
const RINGS = 16

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w + GAP && b.x < a.x + a.w + GAP && a.y < b.y + b.h + GAP && b.y < a.y + a.h + GAP

/** Whether a box comes within the gap of a bubble. */
export function circleTouches(box: Rect, b: Bubble): boolean {
  const nx = Math.min(Math.max(b.cx, box.x), box.x + box.w)
  const ny = Math.min(Math.max(b.cy, box.y), box.y + box.h)
  return (nx - b.cx) ** 2 + (ny - b.cy) ** 2 < (b.r + GAP) ** 2
}

const inside = (box: Rect, area: Rect): boolean =>
  box.x >= area.x && box.y >= area.y && box.x + box.w <= area.x + area.w && box.y + box.h <= area.y + area.h

/** Directions around a bubble, right and left first (labels read best beside their bubble). */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
]

/** Further out, the directions between those too. */
const ALL_DIRECTIONS: readonly [number, number][] = [
  ...DIRECTIONS,
  ...Array.from({ length: 8 }, (_, i): [number, number] => {
    const angle = ((2 * i + 1) * Math.PI) / 8
    return [Math.cos(angle), Math.sin(angle)]
  }),
]

/** The label's box when it sits `distance` beyond the bubble's rim in direction (dx, dy). */
function candidate(b: Bubble, label: LabelRequest, [dx, dy]: [number, number], distance: number): Rect {
  const length = Math.hypot(dx, dy)
  const ux = dx / length
  const uy = dy / length
  // Twice the gap: a label clear of its own bubble by more than the rounding of the checks below.
  const reach = b.r + 2 * GAP + distance
  const ax = b.cx + ux * reach
  const ay = b.cy + uy * reach
  // The box's edge or corner nearest the bubble touches the anchor point.
  const x = ux > 0.3 ? ax : ux < -0.3 ? ax - label.w : ax - label.w / 2
  const y = uy > 0.3 ? ay : uy < -0.3 ? ay - label.h : ay - label.h / 2
  return { x, y, w: label.w, h: label.h }
}

/**
 * `bubbles` are every bubble drawn (labels keep clear of all of them); `anchors` the bubbles the
 * labels belong to, by the labels' ids (one per group of bubbles drawn on top of each other).
 */
export function placeLabels(
  bubbles: readonly Bubble[],
  labels: readonly LabelRequest[],
  area: Rect,
  obstacles: readonly Rect[],
  anchors: readonly Bubble[] = bubbles,
): PlacedLabel[] | null {
  const byId = new Map(anchors.map((b) => [b.id, b]))
  const placed: PlacedLabel[] = []
  const free = (box: Rect): boolean =>
    inside(box, area) &&
    !obstacles.some((o) => overlaps(box, o)) &&
    !placed.some((p) => overlaps(box, p.box)) &&
    !bubbles.some((b) => circleTouches(box, b))
  /** The first free spot in rings `from` to `to`, nearest first. */
  const spotFor = (label: LabelRequest, bubble: Bubble, from: number, to: number): PlacedLabel | null => {
    for (let ring = from; ring < to; ring++) {
      for (const direction of ring === 0 ? DIRECTIONS : ALL_DIRECTIONS) {
        const box = candidate(bubble, label, direction, ring * RING_STEP)
        if (free(box)) return { id: label.id, box, leader: ring > 0 }
      }
    }
    return null
  }
  // Every label beside its bubble where it can be, before any is moved away on a leader line: a
  // label placed far out first would take the place a later bubble needed next to it.
  const later: { label: LabelRequest; bubble: Bubble }[] = []
  for (const label of labels) {
    const bubble = byId.get(label.id)
    if (!bubble) continue
    const spot = spotFor(label, bubble, 0, 1)
    if (spot) placed.push(spot)
    else later.push({ label, bubble })
  }
  for (const { label, bubble } of later) {
    const spot = spotFor(label, bubble, 1, RINGS)
    if (!spot) return null
    placed.push(spot)
  }
  return placed
}

import { moneyText, percentText, QUADRANT_LABELS, type MatrixPoint } from '../../../../shared/decisions'
import type { Move } from './matrixRuns'

/** One initiative's NPV under the baseline and under the scenario. */
export interface NpvMove {
  id: string
  name: string
  from: number
  to: number
}

/** Changes smaller than this (in money) are rounding, not a move. */
const MIN_NPV_CHANGE = 0.5
/** Initiatives named in the sentence; the rest are counted. */
const NAMED = 3

/** Initiatives whose NPV changes under the scenario, the largest change first (then by name). */
export function npvMoves(baseline: readonly MatrixPoint[], chosen: readonly MatrixPoint[]): NpvMove[] {
  const byId = new Map(chosen.map((p) => [p.id, p]))
  const moves: NpvMove[] = []
  for (const b of baseline) {
    const c = byId.get(b.id)
    if (c && Math.abs(c.money.npv - b.money.npv) >= MIN_NPV_CHANGE)
      moves.push({ id: b.id, name: b.name, from: b.money.npv, to: c.money.npv })
  }
  return moves.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.name.localeCompare(b.name))
}

const signed = (x: number, currency: string) => `${x > 0 ? '+' : ''}${moneyText(x, currency)}`

/**
 * The line under the chart when a scenario is chosen: who moves, who changes quadrant, and where the
 * scenario's money moves — the matrix places initiatives by scale economics and strategy, so a
 * scenario can cut NPV sharply while every bubble stays in its quadrant.
 */
export function movesText(
  caseName: string,
  moves: readonly Move[],
  npv: { baseline: readonly MatrixPoint[]; chosen: readonly MatrixPoint[] },
  currency: string,
): string {
  const switched = moves.filter((m) => m.quadrantFrom !== m.quadrantTo)
  const label = (q: Move['quadrantFrom']) => (q ? QUADRANT_LABELS[q] : '–')
  const position =
    `Under “${caseName}”: ${String(moves.length)} initiative${moves.length === 1 ? ' moves' : 's move'}` +
    (switched.length > 0
      ? `; ${String(switched.length)} change${switched.length === 1 ? 's' : ''} quadrant: ${switched
          .map((m) => `${m.name} (${label(m.quadrantFrom)} → ${label(m.quadrantTo)})`)
          .join(', ')}.`
      : '; none changes quadrant.')
  const changes = npvMoves(npv.baseline, npv.chosen)
  if (changes.length === 0) return `${position} NPV unchanged.`
  const total = (points: readonly MatrixPoint[]) => points.reduce((s, p) => s + p.money.npv, 0)
  const from = total(npv.baseline)
  const to = total(npv.chosen)
  const share = from > 0 ? ` (${percentText((to - from) / from)})` : ''
  const named = changes
    .slice(0, NAMED)
    .map((m) => `${m.name} ${signed(m.to - m.from, currency)}`)
    .join(', ')
  const more = changes.length > NAMED ? ` and ${String(changes.length - NAMED)} more` : ''
  return `${position} NPV ${moneyText(from, currency)} → ${moneyText(to, currency)}${share}, most in ${named}${more}.`
}

import type { DrawColumns, InitiativeSlots } from '../../engine/draws'
import { RANGEABLE_INPUTS, MAX_FACTOR, type Distribution, type Portfolio } from '../../model'
import type { RangedInput, SharedFactor } from '../../stats'

/** One column of the draws, as the results name it. */
export interface ColumnLabel {
  /** The stream key: the factor's key, or `initiative:<id>/<input>`. */
  key: string
  /** The initiative's name and the input, or the factor's label. */
  label: string
}

/** What to sample (shared/stats) and where each column lands in the engine (shared/engine/draws). */
export interface SimulationPlan {
  factors: SharedFactor[]
  inputs: RangedInput[]
  columns: DrawColumns
  labels: ColumnLabel[]
}

const BOUNDS = new Map(
  RANGEABLE_INPUTS.map((r) => [r.key, { min: r.rule.minValue ?? -Infinity, max: r.rule.maxValue ?? Infinity }]),
)

/**
 * A normal is truncated to the input's bounds (users cannot be negative, a share stays within 0–100 %)
 * so a draw never leaves them; other kinds state their own bounds, which validation kept inside.
 */
function withinBounds(d: Distribution, min: number, max: number): Distribution {
  if (d.kind !== 'normal') return d
  const low = Math.max(d.low ?? -Infinity, min)
  const high = Math.min(d.high ?? Infinity, max)
  return {
    ...d,
    ...(Number.isFinite(low) ? { low } : {}),
    ...(Number.isFinite(high) ? { high } : {}),
  }
}

/** The stream key of an initiative's ranged input: stable across edits elsewhere (docs/uncertainty.md §2). */
function inputKey(initiativeId: string, input: string): string {
  return `initiative:${initiativeId}/${input}`
}

/** The plan of a portfolio's ranges and shared factors; columns: factors first, then inputs, in order. */
export function simulationPlan(portfolio: Portfolio): SimulationPlan {
  const declared = portfolio.uncertainty?.factors ?? []
  const factors: SharedFactor[] = declared.map((f) => ({
    key: f.key,
    distribution: f.moves ? withinBounds(f.distribution, 0, MAX_FACTOR) : f.distribution,
  }))
  const labels: ColumnLabel[] = declared.map((f) => ({ key: f.key, label: f.label || f.key }))
  const inputs: RangedInput[] = []
  const initiatives: InitiativeSlots[] = []
  portfolio.initiatives.forEach((init, index) => {
    const slots = RANGEABLE_INPUTS.flatMap(({ key }) => {
      const range = init.ranges?.[key]
      if (!range) return []
      const bounds = BOUNDS.get(key) ?? { min: -Infinity, max: Infinity }
      const column = factors.length + inputs.length
      inputs.push({
        key: inputKey(init.id, key),
        distribution: withinBounds(range.distribution, bounds.min, bounds.max),
        link: range.follows,
      })
      labels.push({ key: inputKey(init.id, key), label: `${init.name}: ${key}` })
      return [{ key, column, ...bounds }]
    })
    if (slots.length > 0) initiatives.push({ index, inputs: slots })
  })
  const columns: DrawColumns = {
    width: factors.length + inputs.length,
    initiatives,
    factors: declared.flatMap((f, column) => (f.moves ? [{ column, moves: f.moves }] : [])),
  }
  return { factors, inputs, columns, labels }
}

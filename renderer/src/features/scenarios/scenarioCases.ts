import type { ComparisonJobResult } from '../../../../shared/jobs/comparisonJob'
import type { Scenario } from '../../../../shared/model/scenario'

/**
 * The scenario ids compared: every scenario when the choice is null (the default, so a new
 * scenario joins at once), else the chosen ones that still exist, in the list's order.
 */
export function comparedIds(scenarios: readonly Scenario[], chosen: readonly string[] | null): string[] {
  if (chosen === null) return scenarios.map((s) => s.id)
  const set = new Set(chosen)
  return scenarios.filter((s) => set.has(s.id)).map((s) => s.id)
}

/** Toggles one scenario in the comparison; turns "every scenario" into an explicit list first. */
export function toggleCompared(scenarios: readonly Scenario[], chosen: readonly string[] | null, id: string): string[] {
  const now = comparedIds(scenarios, chosen)
  return now.includes(id) ? now.filter((x) => x !== id) : comparedIds(scenarios, [...now, id])
}

/** One case's line of the entity in focus: a value per month, null where the month has none. */
export interface CaseLineData {
  name: string
  totalCost: number[]
  costPerOutcome: (number | null)[]
}

/** The comparison's monthly lines, case by case, read from its typed arrays. */
export function caseLines(result: ComparisonJobResult): CaseLineData[] {
  const { months } = result
  return result.columns.map((column, c) => {
    const at = (values: Float64Array) => values.subarray(c * months, (c + 1) * months)
    return {
      name: column.name,
      totalCost: Array.from(at(result.totalCost)),
      costPerOutcome: Array.from(at(result.costPerOutcome), (v) => (Number.isNaN(v) ? null : v)),
    }
  })
}

/** Indexes of the initiatives with the largest baseline |NPV| (all when there are `max` or fewer), in list order. */
export function largestNpvInitiatives(result: ComparisonJobResult, max: number): number[] {
  const npv = result.initiativeIds.map((_, i) => ({ i, size: Math.abs(result.npv[i] ?? 0) }))
  if (npv.length <= max) return npv.map((x) => x.i)
  return npv
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .slice(0, max)
    .map((x) => x.i)
    .sort((a, b) => a - b)
}

/** Each case's NPV of the initiatives at `indexes`. */
export function npvColumns(result: ComparisonJobResult, indexes: readonly number[]): { name: string; npv: number[] }[] {
  const count = result.initiativeIds.length
  return result.columns.map((column, c) => ({
    name: column.name,
    npv: indexes.map((i) => result.npv[c * count + i] ?? 0),
  }))
}

import type { MonthSums } from './allocation'
import type { InitiativeInputs, PriceTable } from './compiled'
import { fillInitiativeMonths } from './initiativeMonths'
import { fullStride, leanStride } from './layout'

/**
 * Everything of one initiative that does not depend on the others, in a lean block of `lean`
 * from `base` (layout.ts), plus what it takes to rebuild the full months on demand.
 * Immutable once built, so an incremental recompute reuses it for unchanged initiatives.
 */
export interface DriverData {
  id: string
  launchMonth: number
  months: number
  lean: Float64Array
  base: number
  /** Ids of models whose unknown prices made some month unpriced. */
  unpricedModels: readonly string[]
  inputs: InitiativeInputs
  table: PriceTable
}

/** A zeroed buffer for `count` lean blocks. */
export function leanBuffer(count: number, months: number): Float64Array {
  return new Float64Array(count * leanStride(months))
}

/** A buffer for one full block, to pass to evaluateDrivers as scratch. */
export function scratchBlock(months: number): Float64Array {
  return new Float64Array(fullStride(months))
}

/**
 * Computes every driver of one initiative into `full` (a full block at 0, overwritten) and
 * returns the unpriced mix-entry mask: the months of a Series, rebuilt on demand with the same
 * code and numbers as the evaluation.
 */
export function fillFullBlock(inp: InitiativeInputs, table: PriceTable, full: Float64Array): number {
  return fillInitiativeMonths(inp, table, full, null, 0)
}

/** Evaluates one initiative's drivers into its lean block in `lean` (zeroed) at `base`, adding its inference, queries and own net per month into `basis`. */
export function evaluateDrivers(
  inp: InitiativeInputs,
  table: PriceTable,
  lean: Float64Array,
  base: number,
  basis: MonthSums | null = null,
): DriverData {
  const mask = fillInitiativeMonths(inp, table, null, lean, base, basis)
  return {
    id: inp.id,
    launchMonth: inp.launchMonth,
    months: table.months,
    lean,
    base,
    unpricedModels: modelsOf(inp, mask),
    inputs: inp,
    table,
  }
}

/** Shared by every initiative with no unpriced model (most): one array less per initiative and evaluation. */
const NO_MODELS: readonly string[] = Object.freeze([])

function modelsOf(inp: InitiativeInputs, mask: number): readonly string[] {
  if (mask === 0) return NO_MODELS
  const ids: string[] = []
  inp.mixModelIds.forEach((id, j) => {
    if ((mask & (1 << j)) !== 0 && !ids.includes(id)) ids.push(id)
  })
  return ids
}

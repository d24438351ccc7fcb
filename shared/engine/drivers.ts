import type { InitiativeInputs, PriceTable } from './compiled'
import { fillFixedCosts } from './fixedCosts'
import { fillInference } from './inference'
import {
  FIELD_COUNT,
  F_BUILD,
  F_COMPLIANCE,
  F_DATA,
  F_EVALUATION,
  F_INFERENCE,
  F_INTEGRATION,
  F_OUTCOMES,
  F_OWN_COST,
  F_PLATFORM,
  F_QUERIES,
  F_USERS,
  F_VALUE,
  L_INFERENCE,
  L_OWN_NET,
  L_QUERIES,
  U_INFERENCE,
  U_OUTCOMES,
  U_OWN_COST,
  U_QUERIES,
  U_USERS,
  fullStride,
  leanStride,
  leanSumIndex,
  leanUnitIndex,
  sumIndex,
} from './layout'
import { fillUsage } from './usage'
import { fillValue } from './value'

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
  unpricedModels: string[]
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
 * returns the unpriced mix-entry mask. Shared by the evaluation and the lazy Series. With
 * `lean` (zeroed), also writes the lean series at `base` in the same pass over the months.
 */
export function fillFullBlock(
  inp: InitiativeInputs,
  table: PriceTable,
  full: Float64Array,
  lean: Float64Array | null = null,
  base = 0,
): number {
  const H = table.months
  full.fill(0)
  fillUsage(inp, H, full, 0)
  const mask = fillInference(inp, table, full, 0)
  const first = fillFixedCosts(inp, H, full, 0)
  fillValue(inp, H, full, 0)
  const oInf = base + L_INFERENCE * H
  const oQ = base + L_QUERIES * H
  const oNet = base + L_OWN_NET * H
  let sum = 0
  for (let t = first; t < H; t++) {
    const inference = full[F_INFERENCE * H + t] ?? 0
    const c =
      inference +
      (full[F_BUILD * H + t] ?? 0) +
      (full[F_INTEGRATION * H + t] ?? 0) +
      (full[F_PLATFORM * H + t] ?? 0) +
      (full[F_DATA * H + t] ?? 0) +
      (full[F_EVALUATION * H + t] ?? 0) +
      (full[F_COMPLIANCE * H + t] ?? 0)
    full[F_OWN_COST * H + t] = c
    sum += c
    if (lean) {
      // Nothing happens before `first`, so the zeroed lean block is already right there.
      lean[oInf + t] = inference
      lean[oQ + t] = full[F_QUERIES * H + t] ?? 0
      lean[oNet + t] = (full[F_VALUE * H + t] ?? 0) - c
    }
  }
  full[sumIndex(0, H, F_OWN_COST)] = sum
  return mask
}

/** Evaluates one initiative's drivers (using `scratch`) and keeps its lean block in `lean` at `base`. */
export function evaluateDrivers(
  inp: InitiativeInputs,
  table: PriceTable,
  scratch: Float64Array,
  lean: Float64Array,
  base: number,
): DriverData {
  const H = table.months
  const mask = fillFullBlock(inp, table, scratch, lean, base)
  for (let f = 0; f < FIELD_COUNT; f++) lean[leanSumIndex(base, H, f)] = scratch[sumIndex(0, H, f)] ?? 0
  keepUnitInputs(scratch, H, Math.max(0, inp.launchMonth), lean, base, 0)
  keepUnitInputs(scratch, H, H - 1, lean, base, 1)
  return {
    id: inp.id,
    launchMonth: inp.launchMonth,
    months: H,
    lean,
    base,
    unpricedModels: modelsOf(inp, mask),
    inputs: inp,
    table,
  }
}

function keepUnitInputs(
  full: Float64Array,
  H: number,
  t: number,
  lean: Float64Array,
  base: number,
  which: 0 | 1,
): void {
  if (t < 0 || t >= H) return
  lean[leanUnitIndex(base, H, which, U_INFERENCE)] = full[F_INFERENCE * H + t] ?? 0
  lean[leanUnitIndex(base, H, which, U_OWN_COST)] = full[F_OWN_COST * H + t] ?? 0
  lean[leanUnitIndex(base, H, which, U_QUERIES)] = full[F_QUERIES * H + t] ?? 0
  lean[leanUnitIndex(base, H, which, U_USERS)] = full[F_USERS * H + t] ?? 0
  lean[leanUnitIndex(base, H, which, U_OUTCOMES)] = full[F_OUTCOMES * H + t] ?? 0
}

function modelsOf(inp: InitiativeInputs, mask: number): string[] {
  if (mask === 0) return []
  const ids: string[] = []
  inp.mixModelIds.forEach((id, j) => {
    if ((mask & (1 << j)) !== 0 && !ids.includes(id)) ids.push(id)
  })
  return ids
}

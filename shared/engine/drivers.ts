import type { InitiativeInputs, PriceTable } from './compiled'
import { addMonths, evaluateMonths } from './monthPass'
import { TAIL_SIZE, monthBlockSize } from './layout'

/**
 * What an evaluation keeps of one initiative before the pools are allocated: its tail (horizon
 * sums and unit inputs, in `tail` at `tailAt`: layout.ts) and what it takes to compute its months
 * again (its inputs and price table). Immutable once built, so a recompute reuses it for
 * initiatives that did not change.
 */
export interface DriverData {
  id: string
  launchMonth: number
  months: number
  tail: Float64Array
  tailAt: number
  /** Ids of models whose unknown prices made some month unpriced. */
  unpricedModels: readonly string[]
  inputs: InitiativeInputs
  table: PriceTable
}

/** A zeroed buffer for `count` tails. */
export function tailBuffer(count: number): Float64Array {
  return new Float64Array(count * TAIL_SIZE)
}

/**
 * Evaluates one initiative: its tail into `tail` at `tailAt`, and its months added into the month
 * block `sums` at `sumsAt` (its chunk's sums: chunks.ts).
 */
export function evaluateDrivers(
  inp: InitiativeInputs,
  table: PriceTable,
  tail: Float64Array,
  tailAt: number,
  sums: Float64Array,
  sumsAt: number,
): DriverData {
  const mask = evaluateMonths(inp, table, sums, sumsAt, tail, tailAt)
  return {
    id: inp.id,
    launchMonth: inp.launchMonth,
    months: table.months,
    tail,
    tailAt,
    unpricedModels: modelsOf(inp, mask),
    inputs: inp,
    table,
  }
}

/**
 * Adds one initiative's months into the month block `sums` at `sumsAt` again (the same numbers
 * its evaluation added): for a chunk re-added around an initiative that changed.
 */
export function addDriverMonths(d: Pick<DriverData, 'inputs' | 'table'>, sums: Float64Array, sumsAt: number): void {
  addMonths(d.inputs, d.table, sums, sumsAt)
}

let scratch = new Float64Array(0)

/**
 * One initiative's month block (layout.ts), computed again from its inputs. The block is scratch
 * that the next call overwrites: read it before calling again (results read it once, to fill a
 * totals row or a month array), so reading a thousand initiatives allocates nothing.
 */
export function driverMonths(d: Pick<DriverData, 'inputs' | 'table' | 'months'>): Float64Array {
  const size = monthBlockSize(d.months)
  if (scratch.length < size) scratch = new Float64Array(size)
  scratch.fill(0, 0, size)
  addDriverMonths(d, scratch, 0)
  return scratch
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

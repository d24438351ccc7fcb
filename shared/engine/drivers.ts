import type { InitiativeInputs, PriceTable } from './compiled'
import { addToMonthBlock, computeMonths, writeTail } from './initiativeMonths'
import { TAIL_SIZE, monthBlockSize } from './layout'
import { MonthFigures } from './months/monthFigures'

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
 * Evaluates one initiative with `figures` (a MonthFigures of the table's months, overwritten): its
 * tail into `tail` at `tailAt`, and its months added into the month block `sums` at `sumsAt` (its
 * chunk's sums: chunks.ts).
 */
export function evaluateDrivers(
  inp: InitiativeInputs,
  table: PriceTable,
  figures: MonthFigures,
  tail: Float64Array,
  tailAt: number,
  sums: Float64Array,
  sumsAt: number,
): DriverData {
  computeMonths(inp, table, figures)
  addToMonthBlock(figures, sums, sumsAt)
  writeTail(figures, tail, tailAt, inp.launchMonth)
  return {
    id: inp.id,
    launchMonth: inp.launchMonth,
    months: table.months,
    tail,
    tailAt,
    unpricedModels: modelsOf(inp, figures.unpricedEntries),
    inputs: inp,
    table,
  }
}

/**
 * Adds one initiative's months into the month block `sums` at `sumsAt` again (the same numbers
 * its evaluation added): for a chunk re-added around an initiative that changed.
 */
export function addDriverMonths(
  d: Pick<DriverData, 'inputs' | 'table'>,
  figures: MonthFigures,
  sums: Float64Array,
  sumsAt: number,
): void {
  computeMonths(d.inputs, d.table, figures)
  addToMonthBlock(figures, sums, sumsAt)
}

/**
 * Computes one initiative's month block (layout.ts) again from its inputs, for the reads that
 * need its months after an evaluation (its totals row, its Series, its spend). The reader owns
 * `figures` and `block` and reuses them from one initiative to the next.
 */
export class MonthBlockReader {
  readonly #figures: MonthFigures
  readonly #block: Float64Array

  constructor(months: number) {
    this.#figures = new MonthFigures(months)
    this.#block = new Float64Array(monthBlockSize(months))
  }

  /** The initiative's month block, valid until the next call. */
  read(d: Pick<DriverData, 'inputs' | 'table'>): Float64Array {
    this.#block.fill(0)
    addDriverMonths(d, this.#figures, this.#block, 0)
    return this.#block
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

import { monthSumsOf, type MonthSums } from './allocation'
import { addDriverMonths, tailBuffer, type DriverData } from './drivers'
import { TAIL_SIZE, monthBlockSize } from './layout'
import { MonthFigures } from './months/monthFigures'

/**
 * An evaluation adds its initiatives' months into one month block (layout.ts) per chunk of
 * CHUNK initiatives, in initiative order, and the portfolio's month sums are the chunks' blocks
 * added in chunk order. Keeping chunk sums instead of every initiative's months keeps an
 * evaluation's memory small, and still lets a recompute after an edit add up again only the chunk
 * that holds the edited initiative: the sums come out the same numbers as adding up everything.
 */
export const CHUNK = 32

/** The evaluation's drivers and its chunks' month sums (chunk c's block at c * monthBlockSize). */
export interface Chunked {
  drivers: readonly DriverData[]
  chunks: Float64Array
}

function chunkCount(initiatives: number): number {
  return Math.ceil(initiatives / CHUNK)
}

/** A zeroed buffer of month blocks for the chunks of `initiatives` initiatives. */
export function chunkBuffer(initiatives: number, months: number): Float64Array {
  return new Float64Array(chunkCount(initiatives) * monthBlockSize(months))
}

/**
 * Evaluates n initiatives chunk by chunk: `kept(i)` is an earlier evaluation's figures that stay
 * valid for initiative i (same inputs and prices), or null; `fresh(i, figures, tail, tailAt, sums,
 * sumsAt)` evaluates it (evaluateDrivers). A chunk whose initiatives are all kept at the indices they had in `earlier` takes
 * earlier's sums as they are; any other chunk adds up its initiatives' months, computing kept
 * initiatives' months again (the same numbers) rather than keeping them all.
 */
export function evaluateInChunks(
  n: number,
  months: number,
  kept: (i: number) => DriverData | null,
  fresh: (
    i: number,
    figures: MonthFigures,
    tail: Float64Array,
    tailAt: number,
    sums: Float64Array,
    sumsAt: number,
  ) => DriverData,
  earlier: Chunked | null,
): Chunked {
  const block = monthBlockSize(months)
  const chunks = chunkBuffer(n, months)
  const drivers = new Array<DriverData>(n)
  const keep = new Array<DriverData | null>(CHUNK)
  const earlierN = earlier?.drivers.length ?? 0
  const figures = new MonthFigures(months)
  // One buffer for every new tail, allocated when the first initiative needs one (a typed array
  // per chunk cost more to allocate than the chunk's tails).
  let tails: Float64Array | null = null
  for (let from = 0, at = 0; from < n; from += CHUNK, at += block) {
    const to = Math.min(n, from + CHUNK)
    let same = earlier !== null && Math.min(earlierN, from + CHUNK) === to
    for (let i = from; i < to; i++) {
      const k = kept(i)
      keep[i - from] = k
      if (k === null || k !== earlier?.drivers[i]) same = false
    }
    if (same && earlier) {
      chunks.set(earlier.chunks.subarray(at, at + block), at)
      for (let i = from; i < to; i++) drivers[i] = keep[i - from] as DriverData
      continue
    }
    for (let i = from; i < to; i++) {
      const k = keep[i - from] ?? null
      if (k) {
        addDriverMonths(k, figures, chunks, at)
        drivers[i] = k
      } else {
        tails ??= tailBuffer(n)
        drivers[i] = fresh(i, figures, tails, i * TAIL_SIZE, chunks, at)
      }
    }
  }
  return { drivers, chunks }
}

/** Adds the month block of `from` at `at` (`size` numbers) into `total`, a block at 0. */
export function addBlock(total: Float64Array, from: Float64Array, at: number, size: number): void {
  for (let k = 0; k < size; k++) total[k] = (total[k] ?? 0) + (from[at + k] ?? 0)
}

/** The portfolio's month sums: the chunks' blocks added in chunk order. */
export function sumChunks(chunks: Float64Array, months: number): MonthSums {
  const block = monthBlockSize(months)
  const total = new Float64Array(block)
  for (let at = 0; at < chunks.length; at += block) addBlock(total, chunks, at, block)
  return monthSumsOf(total, months)
}

import type { PriceBookModel } from '../model'
import { adjustments, initiativeInputs, type InitiativeInputs, type PriceTable } from './compiled'
import { fillInitiativeMonths } from './initiativeMonths'
import { FIELD_COUNT, MONTH_SERIES, PART_SERIES, TAIL_SIZE, fullStride } from './layout'
import { compilePriceTable } from './priceTable'

/*
 * One pass over an initiative's months (initiativeMonths.ts) per use, each writing its targets and
 * passing null for the others. The targets are separate arguments, not an object: objects of
 * several shapes made V8 drop the loop's optimised code (and it did not always optimise it again),
 * and reading them cost as much as a tenth of an evaluation.
 */

/** An evaluation's pass: months added into its chunk's month block, and the tail. */
export function evaluateMonths(
  inp: InitiativeInputs,
  table: PriceTable,
  months: Float64Array,
  monthsAt: number,
  tail: Float64Array,
  tailAt: number,
): number {
  settleMonthLoop()
  return fillInitiativeMonths(inp, table, null, months, monthsAt, tail, tailAt, null, null)
}

/** Adds the initiative's months into a month block (a chunk's sums, or a zeroed block of its own). */
export function addMonths(inp: InitiativeInputs, table: PriceTable, months: Float64Array, monthsAt: number): void {
  settleMonthLoop()
  fillInitiativeMonths(inp, table, null, months, monthsAt, null, 0, null, null)
}

/** Every field's months and sums into a full block at 0 (a Series); returns the unpriced-entry mask. */
export function fullMonths(inp: InitiativeInputs, table: PriceTable, full: Float64Array): number {
  settleMonthLoop()
  return fillInitiativeMonths(inp, table, full, null, 0, null, 0, null, null)
}

/** Adds every field but own cost into the portfolio's full block months (its Series). */
export function addSeriesMonths(inp: InitiativeInputs, table: PriceTable, addInto: Float64Array): void {
  settleMonthLoop()
  fillInitiativeMonths(inp, table, null, null, 0, null, 0, addInto, null)
}

/** Adds the parts a tornado scales into a parts block at 0. */
export function addParts(inp: InitiativeInputs, table: PriceTable, parts: Float64Array): void {
  settleMonthLoop()
  fillInitiativeMonths(inp, table, null, null, 0, null, 0, null, parts)
}

/** Months of the settling pass's inputs: enough for a ramp, a price cut and a yearly review. */
const H = 14
const month = (x: number) => new Float64Array(H).fill(x)

/** Two models: one with a long-context tier and a price cut, one with unknown prices. */
const BOOK: PriceBookModel[] = [
  {
    id: 'a',
    provider: 'p',
    name: 'A',
    prices: [
      {
        effectiveFrom: '2020-01-01',
        inputPerM: 1.5,
        cachedInputPerM: 0.15,
        cacheWritePerM: 1.875,
        outputPerM: 6.5,
        batchDiscount: 0.5,
        longContext: {
          thresholdTokens: 1500,
          inputPerM: 3.5,
          cachedInputPerM: 0.35,
          cacheWritePerM: 4.5,
          outputPerM: 9.5,
        },
        source: '',
      },
      {
        effectiveFrom: '2020-06-01',
        inputPerM: 0.75,
        cachedInputPerM: 0.075,
        cacheWritePerM: 0.9,
        outputPerM: 3.25,
        batchDiscount: 0.5,
        longContext: null,
        source: '',
      },
    ],
  },
  {
    id: 'b',
    provider: 'q',
    name: 'B',
    prices: [
      {
        effectiveFrom: '2020-01-01',
        inputPerM: null,
        cachedInputPerM: null,
        cacheWritePerM: 0.5,
        outputPerM: 2.5,
        batchDiscount: 0.25,
        longContext: null,
        source: '',
      },
    ],
  },
]

function inputs(adjusted: boolean): InitiativeInputs {
  return initiativeInputs({
    id: 'x',
    launchMonth: 2,
    usersAtLaunch: 10.5,
    targetUsers: 100.5,
    rampMonths: 3.5,
    userGrowthPerYear: 0.1,
    queriesPerUserPerMonth: 20.5,
    inputTokensPerQuery: 1000.5,
    outputTokensPerQuery: 200.5,
    promptGrowthPerYear: 0.5,
    cacheHitRate: 0.25,
    cacheWriteRate: 0.05,
    batchShare: 0.25,
    mixModels: Int32Array.from([0, 1, -1]),
    mixModelIds: ['a', 'b', 'c'],
    mixShares: Float64Array.from([0.5, 0.25, 0.25]),
    buildFteMonths: 2.5,
    costPerFteMonth: 1000.5,
    buildMonths: 2.5,
    integrationFte: 0.5,
    platformPerMonth: 10.5,
    dataOneOff: 10.5,
    dataPerMonth: 1.5,
    dataPerQuery: 0.001,
    evalSetup: 10.5,
    evalPerMonth: 1.5,
    complianceOneOff: 10.5,
    complianceYearly: 10.5,
    outcomesPerQuery: 0.5,
    valuePerOutcome: 2.5,
    monthsToFullValue: 3.5,
    fixedMonthlyValue: 10.5,
    adjust: adjusted
      ? adjustments({
          usersFactor: month(1.5),
          queriesPerUserFactor: month(1.5),
          inputTokensFactor: month(1.5),
          outputTokensFactor: month(1.5),
          cacheHitRate: month(0.5),
          cacheWriteRate: month(0.5),
          batchShare: month(0.5),
          mixShares: new Float64Array(3 * H).fill(1 / 3),
          outcomesFactor: month(1.5),
          valueFactor: month(1.5),
          costFactor: {
            inference: month(1.5),
            build: month(1.5),
            integration: month(1.5),
            platform: month(1.5),
            data: month(1.5),
            evaluation: month(1.5),
            compliance: month(1.5),
          },
        })
      : null,
  })
}

let settled = false

/**
 * Before the first real pass, runs the month loop a few times over small inputs that take every
 * path: scenario adjustments of every kind, a long-context tier, unknown prices, an unpriced model,
 * and every target. V8 then optimises the loop once, with feedback for every branch and fractional
 * numbers in every field. Without it, the first scenario, tornado or Series after the loop was
 * optimised took a branch V8 had not seen, which throws the optimised code away; Node 20's V8 then
 * sometimes never optimised the loop again (recomputes ran two to five times slower for the rest
 * of the process). The evaluation's own targets (month block and tail) are given in every call, as
 * an evaluation gives them: calls without them made the optimised loop slower. Compiling calls it
 * before building any inputs, so real inputs are built with the field kinds it settled (inputs
 * built before it had to be converted, which also slowed the loop).
 */
export function settleMonthLoop(): void {
  if (settled) return
  settled = true
  const table = compilePriceTable(BOOK, '2020-01', H)
  const full = new Float64Array(fullStride(H))
  const months = new Float64Array(MONTH_SERIES * H)
  const tail = new Float64Array(TAIL_SIZE)
  const addInto = new Float64Array(FIELD_COUNT * H)
  const parts = new Float64Array(PART_SERIES * H)
  for (let round = 0; round < 4; round++) {
    for (const inp of [inputs(false), inputs(true), initiativeInputs({ ...inputs(true), adjust: adjustments({}) })]) {
      fillInitiativeMonths(inp, table, null, months, 0, tail, 0, null, null)
      fillInitiativeMonths(inp, table, full, months, 0, tail, 0, addInto, parts)
    }
  }
}

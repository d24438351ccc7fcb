import type { InitiativeInputs, PriceTable } from './compiled'
import {
  FIELD,
  FIELD_COUNT,
  M_INFERENCE,
  M_OWN_COST,
  M_OWN_NET,
  M_QUERIES,
  OWN_DRIVERS,
  P_INFERENCE,
  P_OUTCOME_VALUE,
  P_VOLUME_COST,
  TORNADO_PARTS,
  UNIT,
  barPart,
  driverField,
  tailUnitIndex,
} from './layout'
import { COST_DRIVERS } from '../model/drivers'
import { fillInference } from './months/inference'
import type { MonthFigures } from './months/monthFigures'
import { fillScheduledCosts } from './months/schedule'
import { fillUsage } from './months/usage'
import { valueInMonth } from './months/value'

/**
 * Every figure of one initiative, month by month, into `out` (docs/cost-model.md): usage, inference,
 * every scheduled driver, then value and own cost (its drivers added in declaration order, so every
 * reader of own cost gets the same number) in one pass. A scenario's month-by-month adjustments
 * (InitiativeInputs.adjust) act inside each pass. The writers below read `out`.
 */
export function computeMonths(inp: InitiativeInputs, table: PriceTable, out: MonthFigures): void {
  out.clear()
  fillUsage(inp, out)
  fillInference(inp, table, out)
  fillScheduledCosts(inp, out)
  addUpMonths(inp, out)
}

/**
 * One pass over the months from the first with figures: value, own cost (its drivers added in
 * declaration order) and the horizon sums of both. Every figure is 0 before that month.
 */
function addUpMonths(inp: InitiativeInputs, out: MonthFigures): void {
  const { ownCost, costs, sums, block } = out
  const H = out.months
  const firstDriver = driverField('inference') * H
  const lastDriver = firstDriver + (costs.length - 1) * H
  let ownCostSum = 0
  let valueSum = 0
  for (let t = out.firstFigureMonth; t < H; t++) {
    let own = block[firstDriver + t] ?? 0
    for (let at = firstDriver + H + t; at <= lastDriver + t; at += H) own += block[at] ?? 0
    ownCost[t] = own
    ownCostSum += own
    valueSum += valueInMonth(inp, out, t)
  }
  sums[FIELD.ownCost] = ownCostSum
  sums[FIELD.value] = valueSum
}

/** Adds the months the steps after the initiatives read into a month block at `at` (layout.ts). */
export function addToMonthBlock(out: MonthFigures, block: Float64Array, at: number): void {
  const H = out.months
  const { queries, value, ownCost } = out
  const inference = out.inference
  const inferenceAt = at + M_INFERENCE * H
  const queriesAt = at + M_QUERIES * H
  const ownNetAt = at + M_OWN_NET * H
  const ownCostAt = at + M_OWN_COST * H
  // Every figure is 0 before out.firstFigureMonth: adding those months would add nothing.
  for (let t = out.firstFigureMonth; t < H; t++) {
    const own = ownCost[t] ?? 0
    block[inferenceAt + t] = (block[inferenceAt + t] ?? 0) + (inference[t] ?? 0)
    block[queriesAt + t] = (block[queriesAt + t] ?? 0) + (queries[t] ?? 0)
    block[ownNetAt + t] = (block[ownNetAt + t] ?? 0) + ((value[t] ?? 0) - own)
    block[ownCostAt + t] = (block[ownCostAt + t] ?? 0) + own
  }
}

/** The tail at `at` (layout.ts): the horizon sums, then the unit inputs of the first active and the last month. */
export function writeTail(out: MonthFigures, tail: Float64Array, at: number, launchMonth: number): void {
  tail.set(out.sums, at)
  const firstActive = Math.max(0, launchMonth)
  if (firstActive < out.months) writeUnitInputs(out, firstActive, tail, tailUnitIndex(at, 0))
  if (out.months > 0) writeUnitInputs(out, out.months - 1, tail, tailUnitIndex(at, 1))
}

function writeUnitInputs(out: MonthFigures, t: number, tail: Float64Array, at: number): void {
  tail[at + UNIT.inference] = out.inference[t] ?? 0
  tail[at + UNIT.ownCost] = out.ownCost[t] ?? 0
  tail[at + UNIT.queries] = out.queries[t] ?? 0
  tail[at + UNIT.users] = out.users[t] ?? 0
  tail[at + UNIT.outcomes] = out.outcomes[t] ?? 0
  tail[at + UNIT.unpriced] = out.unpriced[t] ?? 0
}

/** A full block (layout.ts) at 0: every field's months, then their horizon sums. */
export function writeFullBlock(out: MonthFigures, full: Float64Array): void {
  full.set(out.block, 0)
  full.set(out.sums, FIELD_COUNT * out.months)
}

/**
 * Adds every field but own cost into a full block's months (the portfolio's Series): input tokens
 * as queries * input tokens (the Series divides by queries), the unpriced flag as 1 where any is.
 */
export function addToSeriesBlock(out: MonthFigures, fields: Float64Array): void {
  const H = out.months
  for (let field = 0; field < FIELD_COUNT; field++) {
    if (field === FIELD.ownCost) continue
    const o = field * H
    for (let t = 0; t < H; t++) {
      const x = out.block[o + t] ?? 0
      if (field === FIELD.unpriced) {
        if (x > 0) fields[o + t] = 1
      } else if (field === FIELD.inputTokens) fields[o + t] = (fields[o + t] ?? 0) + (out.queries[t] ?? 0) * x
      else fields[o + t] = (fields[o + t] ?? 0) + x
    }
  }
}

/** Each tornado bar of scheduled drivers with the cost rows (MonthFigures.costs) it moves. */
const BAR_DRIVERS = TORNADO_PARTS.map((bar) => ({
  part: barPart(bar),
  rows: COST_DRIVERS.flatMap((d) =>
    d.cost.kind === 'schedule' && d.tornado?.bar.key === bar ? [OWN_DRIVERS.indexOf(d.id)] : [],
  ),
}))

function addSeries(parts: Float64Array, series: number, from: Float64Array): void {
  const at = series * from.length
  for (let t = 0; t < from.length; t++) parts[at + t] = (parts[at + t] ?? 0) + (from[t] ?? 0)
}

/** Adds the parts the tornado's linear bars scale into a parts block at 0 (layout.ts). */
export function addToParts(out: MonthFigures, parts: Float64Array): void {
  const H = out.months
  addSeries(parts, P_INFERENCE, out.inference)
  addSeries(parts, P_OUTCOME_VALUE, out.outcomeValue)
  addSeries(parts, P_VOLUME_COST, out.volumeCost)
  for (const { part, rows } of BAR_DRIVERS) {
    for (let t = 0; t < H; t++) {
      let barCost = 0
      for (const row of rows) barCost += out.costRow(row)[t] ?? 0
      parts[part * H + t] = (parts[part * H + t] ?? 0) + barCost
    }
  }
}

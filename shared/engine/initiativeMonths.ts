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
  tailUnitIndex,
} from './layout'
import { COST_DRIVERS } from '../model/drivers'
import { fillInference } from './months/inference'
import type { MonthFigures } from './months/monthFigures'
import { fillScheduledCosts } from './months/schedule'
import { fillUsage } from './months/usage'
import { fillValue } from './months/value'

/**
 * Every figure of one initiative, month by month, into `out` (docs/cost-model.md): usage, inference,
 * every scheduled driver, value, then own cost (its drivers added in declaration order, so every
 * reader of own cost gets the same number). A scenario's month-by-month adjustments
 * (InitiativeInputs.adjust) act inside each pass. The writers below read `out`.
 */
export function computeMonths(inp: InitiativeInputs, table: PriceTable, out: MonthFigures): void {
  out.clear()
  fillUsage(inp, out)
  fillInference(inp, table, out)
  fillScheduledCosts(inp, out)
  fillValue(inp, out)
  const own = out.ownCost
  out.costs.forEach((cost, k) => {
    if (k === 0) own.set(cost)
    else for (let t = 0; t < own.length; t++) own[t] = (own[t] ?? 0) + (cost[t] ?? 0)
  })
}

/** Adds the months the steps after the initiatives read into a month block at `at` (layout.ts). */
export function addToMonthBlock(out: MonthFigures, block: Float64Array, at: number): void {
  const H = out.months
  const { queries, value, ownCost } = out
  const inference = out.cost('inference')
  const inferenceAt = at + M_INFERENCE * H
  const queriesAt = at + M_QUERIES * H
  const ownNetAt = at + M_OWN_NET * H
  const ownCostAt = at + M_OWN_COST * H
  for (let t = 0; t < H; t++) {
    const own = ownCost[t] ?? 0
    block[inferenceAt + t] = (block[inferenceAt + t] ?? 0) + (inference[t] ?? 0)
    block[queriesAt + t] = (block[queriesAt + t] ?? 0) + (queries[t] ?? 0)
    block[ownNetAt + t] = (block[ownNetAt + t] ?? 0) + ((value[t] ?? 0) - own)
    block[ownCostAt + t] = (block[ownCostAt + t] ?? 0) + own
  }
}

/** The horizon sum of every full-block field into `to` at `at` (sums run in month order). */
function writeSums(out: MonthFigures, to: Float64Array, at: number): void {
  const H = out.months
  const block = out.block
  const fields = block.length / Math.max(1, H)
  for (let field = 0; field < fields; field++) {
    let sum = 0
    for (let t = field * H; t < (field + 1) * H; t++) sum += block[t] ?? 0
    to[at + field] = sum
  }
}

/** The tail at `at` (layout.ts): the horizon sums, then the unit inputs of the first active and the last month. */
export function writeTail(out: MonthFigures, tail: Float64Array, at: number, launchMonth: number): void {
  writeSums(out, tail, at)
  const firstActive = Math.max(0, launchMonth)
  if (firstActive < out.months) writeUnitInputs(out, firstActive, tail, tailUnitIndex(at, 0))
  if (out.months > 0) writeUnitInputs(out, out.months - 1, tail, tailUnitIndex(at, 1))
}

function writeUnitInputs(out: MonthFigures, t: number, tail: Float64Array, at: number): void {
  tail[at + UNIT.inference] = out.cost('inference')[t] ?? 0
  tail[at + UNIT.ownCost] = out.ownCost[t] ?? 0
  tail[at + UNIT.queries] = out.queries[t] ?? 0
  tail[at + UNIT.users] = out.users[t] ?? 0
  tail[at + UNIT.outcomes] = out.outcomes[t] ?? 0
  tail[at + UNIT.unpriced] = out.unpriced[t] ?? 0
}

/** A full block (layout.ts) at 0: every field's months, then their horizon sums. */
export function writeFullBlock(out: MonthFigures, full: Float64Array): void {
  full.set(out.block, 0)
  writeSums(out, full, FIELD_COUNT * out.months)
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

/** Each tornado bar of scheduled drivers with the driver costs it moves. */
const BAR_DRIVERS = TORNADO_PARTS.map((bar) => ({
  part: barPart(bar),
  drivers: COST_DRIVERS.filter((d) => d.cost.kind === 'schedule' && d.tornado?.bar.key === bar).map((d) => d.id),
}))

/** Adds the parts the tornado's linear bars scale into a parts block at 0 (layout.ts). */
export function addToParts(out: MonthFigures, parts: Float64Array): void {
  const H = out.months
  const add = (series: number, from: Float64Array) => {
    for (let t = 0; t < H; t++) parts[series * H + t] = (parts[series * H + t] ?? 0) + (from[t] ?? 0)
  }
  add(P_INFERENCE, out.cost('inference'))
  add(P_OUTCOME_VALUE, out.outcomeValue)
  add(P_VOLUME_COST, out.volumeCost)
  for (const { part, drivers } of BAR_DRIVERS) {
    const costs = drivers.map((d) => out.cost(d as (typeof OWN_DRIVERS)[number]))
    for (let t = 0; t < H; t++) {
      let barCost = 0
      for (const cost of costs) barCost += cost[t] ?? 0
      parts[part * H + t] = (parts[part * H + t] ?? 0) + barCost
    }
  }
}

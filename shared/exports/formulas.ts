import type { Driver } from '../engine/types'
import type { NumericInput } from './inputFields'
import { SCHEDULE_FORMULAS } from './scheduleFormulas'

/**
 * Spreadsheet formulas of the projection, as pure string builders (no leading '=').
 * Each mirrors one rule of the engine (docs/cost-model.md) so that a spreadsheet
 * recalculating from the Assumptions cells reproduces the engine's numbers.
 * References are passed in: assumption cells absolute ($C$12), month cells
 * column-relative (E$3), so one formula can be shared along a row of months.
 * A scenario lever is just another reference or expression: factors multiply in,
 * rates and mix shares replace the assumption's reference with a month cell.
 */

/** Prices per million tokens of one model in force in the formula's month. */
export interface PriceRefs {
  input: string
  cached: string
  cacheWrite: string
  output: string
}

export interface MixRefs {
  share: string
  batchDiscount: string
  base: PriceRefs
  /** Long-context tier; its threshold cell is blank in months without a tier. */
  tier: (PriceRefs & { threshold: string }) | null
  /** A scenario's price levers on this model for this initiative (an expression); absent = as entered. */
  priceFactor?: string
}

/** Multipliers a scenario applies (month cells or expressions over them); absent = as entered. */
export interface FactorRefs {
  users?: string
  queriesPerUser?: string
  inputTokens?: string
  outputTokens?: string
  outcomes?: string
  value?: string
}

/** The assumption cells of one initiative (absolute references, or a scenario's override). */
export type InputRefs = Record<NumericInput, string>

const times = (expr: string, factor: string | undefined): string => (factor ? `(${expr})*${factor}` : expr)

/** Calendar months from the date `since` to the date `monthDate` (the day of the month does not count). */
export function monthsBetweenFormula(since: string, monthDate: string): string {
  return `(YEAR(${monthDate})-YEAR(${since}))*12+MONTH(${monthDate})-MONTH(${since})`
}

/** Active users; `m` is the month's "months since launch" cell. */
export function usersFormula(m: string, r: InputRefs, f: FactorRefs = {}): string {
  // No target (0) keeps the users at launch, as the engine's rampTargetUsers.
  const target = `IF(${r.targetUsers}>0,${r.targetUsers},${r.usersAtLaunch})`
  const ramp = `${r.usersAtLaunch}+(${target}-${r.usersAtLaunch})*${m}/${r.rampMonths}`
  const grown = `${target}*(1+${r.userGrowthPerYear})^((${m}-${r.rampMonths})/12)`
  return times(`IF(${m}<0,0,IF(AND(${r.rampMonths}>0,${m}<${r.rampMonths}),${ramp},${grown}))`, f.users)
}

export function queriesFormula(users: string, r: InputRefs, f: FactorRefs = {}): string {
  return times(`${users}*${r.queriesPerUserPerMonth}`, f.queriesPerUser)
}

export function outcomesFormula(queries: string, r: InputRefs, f: FactorRefs = {}): string {
  return times(`${queries}*${r.outcomesPerQuery}`, f.outcomes)
}

export function inputTokensFormula(m: string, r: InputRefs, f: FactorRefs = {}): string {
  return times(`IF(${m}<0,0,${r.inputTokensPerQuery}*(1+${r.promptGrowthPerYear})^(${m}/12))`, f.inputTokens)
}

/** Cache and batch rates in force: the assumption, or a scenario's month cell replacing it. */
interface RateRefs {
  cacheHitRate: string
  cacheWriteRate: string
  batchShare: string
}

function perRequest(tokens: string, outTokens: string, rates: RateRefs, p: PriceRefs): string {
  const c = rates.cacheHitRate
  const w = rates.cacheWriteRate
  return `${tokens}*(MAX(0,1-${c}-${w})*${p.input}+${c}*${p.cached}+${w}*${p.cacheWrite})+${outTokens}*${p.output}`
}

/**
 * Inference(t) = Q * sum_k share_k * (1 - batchShare*batchDiscount_k) * [Tin*(...) + Tout*out_k] / 1e6;
 * the long-context tier's prices apply to the whole request when Tin exceeds its threshold; a
 * scenario's price levers multiply a model's prices (base and tier alike).
 */
function inferenceFormula(
  queries: string,
  tokens: string,
  r: InputRefs,
  rates: RateRefs,
  mix: readonly MixRefs[],
  f: FactorRefs = {},
): string {
  if (mix.length === 0) return '0'
  const outTokens = f.outputTokens ? `(${r.outputTokensPerQuery}*${f.outputTokens})` : r.outputTokensPerQuery
  const terms = mix.map((k) => {
    const base = perRequest(tokens, outTokens, rates, k.base)
    const price = k.tier
      ? `IF(AND(ISNUMBER(${k.tier.threshold}),${tokens}>${k.tier.threshold}),${perRequest(tokens, outTokens, rates, k.tier)},${base})`
      : base
    const scaled = k.priceFactor ? `(${price})*${k.priceFactor}` : `(${price})`
    return `${k.share}*(1-${rates.batchShare}*${k.batchDiscount})*${scaled}`
  })
  return `${queries}*(${terms.join('+')})/1000000`
}

/** Multiplies a formula by a scenario's month factor when there is one. */
export function withFactor(formula: string, factor: string | undefined): string {
  return times(formula, factor)
}

/** A pool's cost in the month of `monthDate`: from its start month on, times a scenario's factor. */
export function poolCostFormula(monthDate: string, monthlyCost: string, start: string, factor?: string): string {
  return times(`IF(${monthsBetweenFormula(start, monthDate)}>=0,${monthlyCost},0)`, factor)
}

/** How one pool's cost reaches one initiative in the formula's month. */
type PoolShare =
  | { rule: 'inference' | 'queries'; own: string; total: string }
  | { rule: 'even' }
  | { rule: 'fixed'; share: string; sum: string }

export interface PoolTerm {
  cost: string
  share: PoolShare
}

/** Sum over pools of pool cost x the initiative's share; an all-zero basis falls back to an equal split. */
function sharedFormula(pools: readonly PoolTerm[], count: string): string {
  if (pools.length === 0) return '0'
  return pools
    .map(({ cost, share }) => {
      switch (share.rule) {
        case 'inference':
        case 'queries':
          return `IF(${share.total}>0,${share.own}*(${cost}/${share.total}),${cost}/${count})`
        case 'even':
          return `${cost}/${count}`
        case 'fixed':
          return `${share.share}*(${cost}/${share.sum})`
      }
    })
    .join('+')
}

/** value = realisation f(m) x (outcomes x value per outcome + fixed monthly value). */
export function valueFormula(m: string, outcomes: string, r: InputRefs, f: FactorRefs = {}): string {
  const realisation = `IF(${r.monthsToFullValue}>0,MIN((${m}+1)/${r.monthsToFullValue},1),1)`
  const amount = f.value
    ? `(${outcomes}*${r.valuePerOutcome}+${r.fixedMonthlyValue})*${f.value}`
    : `(${outcomes}*${r.valuePerOutcome}+${r.fixedMonthlyValue})`
  return `IF(${m}<0,0,${realisation}*${amount})`
}

/** What a cost driver's formula reads in one initiative's month (cells of the same column). */
export interface DriverCells {
  /** Months since launch. */
  m: string
  queries: string
  inputTokensPerQuery: string
  inputs: InputRefs
  rates: RateRefs
  mix: readonly MixRefs[]
  factors: FactorRefs
  pools: readonly PoolTerm[]
  /** The number of initiatives (the even split). */
  count: string
}

/**
 * Each cost driver's monthly formula: inference and the shared pools have their own; every other
 * driver's is written from its declared schedule (scheduleFormulas.ts). Every projection sheet
 * builds its driver lines from here.
 */
export function driverFormula(driver: Driver, c: DriverCells): string {
  if (driver === 'inference')
    return inferenceFormula(c.queries, c.inputTokensPerQuery, c.inputs, c.rates, c.mix, c.factors)
  if (driver === 'shared') return sharedFormula(c.pools, c.count)
  const scheduled = SCHEDULE_FORMULAS.get(driver)
  if (!scheduled) throw new RangeError(`No formula for the cost driver "${driver}"`)
  return scheduled(c.m, c.queries, c.inputs)
}

export const sumFormula = (range: string): string => `SUM(${range})`
export const netFormula = (value: string, cost: string): string => `${value}-${cost}`

/** Sum of a line over the initiatives' rows whose key column equals this row's key (exact match). */
export function sumByKeyFormula(keys: string, key: string, values: string): string {
  return `SUMPRODUCT((${keys}=${key})*${values})`
}

/** Spreadsheet NPV discounts the first value once: the engine's end-of-month convention. */
export const npvFormula = (monthlyRate: string, netRange: string): string => `NPV(${monthlyRate},${netRange})`

export const monthlyRateFormula = (annual: string): string => `(1+${annual})^(1/12)-1`

/** ROI = (value - cost) / cost; blank when cost is zero (the engine's null). */
export const roiFormula = (value: string, cost: string): string => `IF(${cost}=0,"",(${value}-${cost})/${cost})`

/**
 * Payback: the date of the first month by which money has been spent (a month with a cost at or
 * before it) and recovered (cumulative net >= 0), among the months where `criteria` >= `from`
 * (months since launch >= 0, or month numbers >= the first launch); blank when none, or when
 * nothing is ever spent (the engine's null).
 */
export function paybackFormula(
  dates: string,
  cumulative: string,
  cost: string,
  criteria: string,
  from: string,
): string {
  const cond = `${cumulative},">=0",${criteria},">="&${from},${dates},">="&_xlfn.MINIFS(${dates},${cost},">0")`
  return `IF(COUNTIF(${cost},">0")=0,"",IF(COUNTIFS(${cond})=0,"",_xlfn.MINIFS(${dates},${cond})))`
}

export { costBeforeHorizonFormula } from './scheduleFormulas'

/** A unit cost in month number `month` of two rows; blank when the denominator is zero. */
export function unitCostFormula(numerator: string, denominator: string, month: string): string {
  return `IF(INDEX(${denominator},1,${month}+1)=0,"",INDEX(${numerator},1,${month}+1)/INDEX(${denominator},1,${month}+1))`
}

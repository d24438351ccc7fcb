import type { NumericInput } from './inputFields'

/**
 * Spreadsheet formulas of the projection, as pure string builders (no leading '=').
 * Each mirrors one rule of the engine (docs/cost-model.md) so that a spreadsheet
 * recalculating from the Assumptions cells reproduces the engine's numbers.
 * References are passed in: assumption cells absolute ($C$12), month cells
 * column-relative (E$3), so one formula can be shared along a row of months.
 * A scenario lever is just another reference: factors multiply in, rates replace
 * the assumption's reference with the lever's month cell.
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
}

/** Multipliers a scenario applies (month cells); absent = as entered. */
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

/** Months since launch in the formula's column. */
const sinceLaunch = (t: string, r: InputRefs): string => `(${t}-${r.launchMonth})`

const times = (expr: string, factor: string | undefined): string => (factor ? `(${expr})*${factor}` : expr)

export function usersFormula(t: string, r: InputRefs, f: FactorRefs = {}): string {
  const m = sinceLaunch(t, r)
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

export function inputTokensFormula(t: string, r: InputRefs, f: FactorRefs = {}): string {
  const m = sinceLaunch(t, r)
  return times(`IF(${m}<0,0,${r.inputTokensPerQuery}*(1+${r.promptGrowthPerYear})^(${m}/12))`, f.inputTokens)
}

/** Cache and batch rates in force: the assumption, or a scenario's month cell replacing it. */
export interface RateRefs {
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
 * the long-context tier's prices apply to the whole request when Tin exceeds its threshold.
 */
export function inferenceFormula(
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
    return `${k.share}*(1-${rates.batchShare}*${k.batchDiscount})*(${price})`
  })
  return `${queries}*(${terms.join('+')})/1000000`
}

export function buildFormula(t: string, r: InputRefs): string {
  const total = `${r.buildFteMonths}*${r.costPerFteMonth}`
  return `IF(${r.buildMonths}=0,IF(${t}=${r.launchMonth},${total},0),IF(AND(${t}>=${r.launchMonth}-${r.buildMonths},${t}<${r.launchMonth}),${total}/${r.buildMonths},0))`
}

export function integrationFormula(t: string, r: InputRefs): string {
  return `IF(${sinceLaunch(t, r)}>=0,${r.integrationFte}*${r.costPerFteMonth},0)`
}

export function platformFormula(t: string, r: InputRefs): string {
  return `IF(${sinceLaunch(t, r)}>=0,${r.platformPerMonth},0)`
}

export function dataFormula(t: string, queries: string, r: InputRefs): string {
  return `IF(${t}=${r.launchMonth}-1,${r.dataOneOff},0)+IF(${sinceLaunch(t, r)}>=0,${r.dataPerMonth},0)+${r.dataPerQuery}*${queries}`
}

export function evaluationFormula(t: string, r: InputRefs): string {
  return `IF(${t}=${r.launchMonth}-1,${r.evalSetup},0)+IF(${sinceLaunch(t, r)}>=0,${r.evalPerMonth},0)`
}

export function complianceFormula(t: string, r: InputRefs): string {
  const m = sinceLaunch(t, r)
  return `IF(${t}=${r.launchMonth}-1,${r.complianceOneOff},0)+IF(AND(${m}>0,MOD(${m},12)=0),${r.complianceYearly},0)`
}

/** Multiplies a driver's cost by a scenario's month factor when there is one. */
export function withCostFactor(formula: string, factor: string | undefined): string {
  return times(formula, factor)
}

/** A pool's cost in the formula's month: from its start month on. */
export function poolCostFormula(t: string, monthlyCost: string, startMonth: string, factor?: string): string {
  return times(`IF(${t}>=${startMonth},${monthlyCost},0)`, factor)
}

/** How one pool's cost reaches one initiative in the formula's month. */
export type PoolShare =
  | { rule: 'inference' | 'queries'; own: string; total: string }
  | { rule: 'even' }
  | { rule: 'fixed'; share: string; sum: string }

/** Sum over pools of pool cost x the initiative's share; an all-zero basis falls back to an equal split. */
export function sharedFormula(pools: readonly { cost: string; share: PoolShare }[], count: string): string {
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
export function valueFormula(t: string, outcomes: string, r: InputRefs, f: FactorRefs = {}): string {
  const m = sinceLaunch(t, r)
  const realisation = `IF(${r.monthsToFullValue}>0,MIN((${m}+1)/${r.monthsToFullValue},1),1)`
  const amount = f.value
    ? `(${outcomes}*${r.valuePerOutcome}+${r.fixedMonthlyValue})*${f.value}`
    : `(${outcomes}*${r.valuePerOutcome}+${r.fixedMonthlyValue})`
  return `IF(${m}<0,0,${realisation}*${amount})`
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

/** First month index >= from whose cumulative net is >= 0; blank when none (the engine's null). */
export function paybackFormula(monthIndexes: string, cumulative: string, cost: string, from: string): string {
  // Money is spent from the first month with a cost: payback is the first month from `from` and
  // from then whose cumulative net is >= 0; none when nothing is ever spent.
  const start = `MAX(${from},_xlfn.MINIFS(${monthIndexes},${cost},">0"))`
  const cond = `${monthIndexes},">="&${start}`
  return `IF(COUNTIF(${cost},">0")=0,"",IF(COUNTIFS(${cumulative},">=0",${cond})=0,"",_xlfn.MINIFS(${monthIndexes},${cumulative},">=0",${cond})))`
}

/**
 * Build and one-offs that fall before month 0 (the engine's costBeforeHorizon): build months
 * L - B … L - 1 before 0 (month L alone without build months), one-offs in month L - 1 < 0.
 */
export function costBeforeHorizonFormula(r: InputRefs): string {
  const total = `${r.buildFteMonths}*${r.costPerFteMonth}`
  const build = `IF(${r.buildMonths}=0,IF(${r.launchMonth}<0,${total},0),${total}/${r.buildMonths}*MAX(0,${r.buildMonths}-MAX(0,${r.launchMonth})))`
  return `${build}+IF(${r.launchMonth}<=0,${r.dataOneOff}+${r.evalSetup}+${r.complianceOneOff},0)`
}

/** A unit cost in month index `month` of two rows; blank when the denominator is zero. */
export function unitCostFormula(numerator: string, denominator: string, month: string): string {
  return `IF(INDEX(${denominator},1,${month}+1)=0,"",INDEX(${numerator},1,${month}+1)/INDEX(${denominator},1,${month}+1))`
}

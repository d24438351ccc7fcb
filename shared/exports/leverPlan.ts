import { additiveSeries, factorSeries, intensity } from '../engine/scenarios/timing'
import { inScope, targetsModel } from '../engine/scenarios/scope'
import type { Driver } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import type { Lever } from '../model/scenario'
import type { FactorRefs } from './formulas'
import type { EffectKind } from './leverFormulas'

/** What a lever acts on, as the workbook's formulas see it. */
type LeverRole =
  | { role: 'factor'; factor: keyof FactorRefs }
  | { role: 'cost'; driver: Exclude<Driver, 'inference' | 'shared'> }
  | { role: 'pools' }
  | { role: 'price' }
  | { role: 'rate'; rate: 'cacheHitRate' | 'batchShare'; mode: 'add' | 'set' }
  | { role: 'routing'; fromModelId: string | null; toModelId: string }
  | { role: 'ramp'; ramp: 'users' | 'value' }
  | { role: 'discount'; mode: 'add' | 'set' }

/** One lever of a scenario laid out for the workbook: its editable values and, for cached results, its series. */
export interface PlannedLever {
  lever: Lever
  /** 1-based position in the scenario's list, as the workbook numbers it. */
  number: number
  role: LeverRole
  /** The month row the lever's timing becomes; null for untimed levers (ramp, discount rate). */
  effect: EffectKind | null
  yearly: boolean
  /** 1 when the lever is on. */
  on: number
  /** The editable amount: the relative change, the points, the share moved, the target rate or the months. */
  amount: number
  /** Month numbers of the start and of the full effect (null when untimed; full is null for a yearly rate). */
  start: number | null
  full: number | null
  /** Whether the lever has a scope cell per initiative (discount-rate and pool levers act on the portfolio). */
  scoped: boolean
  /** Per initiative (portfolio order): 1 when the lever's scope covers it. */
  covers: Uint8Array
  /** Price levers: per price-book model, 1 when the lever changes its prices. */
  models: Uint8Array | null
  /** The effect row's values (the engine's timing series); null when untimed. */
  series: Float64Array | null
}

function roleOf(lever: Lever): LeverRole {
  switch (lever.kind) {
    case 'price':
      return { role: 'price' }
    case 'routing':
      return { role: 'routing', fromModelId: lever.fromModelId, toModelId: lever.toModelId }
    case 'rate':
      return { role: 'rate', rate: lever.rate, mode: lever.mode }
    case 'tokens':
      return { role: 'factor', factor: lever.tokens === 'input' ? 'inputTokens' : 'outputTokens' }
    case 'volume':
      return { role: 'factor', factor: lever.volume === 'users' ? 'users' : 'queriesPerUser' }
    case 'value':
      return { role: 'factor', factor: lever.value === 'outcomesPerQuery' ? 'outcomes' : 'value' }
    case 'cost':
      return lever.driver === 'shared' ? { role: 'pools' } : { role: 'cost', driver: lever.driver }
    case 'ramp':
      return { role: 'ramp', ramp: lever.ramp }
    case 'discountRate':
      return { role: 'discount', mode: lever.mode }
  }
}

function effectOf(role: LeverRole): EffectKind | null {
  switch (role.role) {
    case 'rate':
      return role.mode === 'add' ? 'points' : 'weight'
    case 'routing':
      return 'points'
    case 'ramp':
    case 'discount':
      return null
    default:
      return 'factor'
  }
}

function amountOf(lever: Lever): number {
  switch (lever.kind) {
    case 'routing':
      return lever.share
    case 'ramp':
      return lever.months
    default:
      return lever.amount
  }
}

/** The effect row's values, as the engine computes them (a lever switched off: no effect). */
function seriesOf(lever: Lever, effect: EffectKind, H: number): Float64Array {
  if (!('timing' in lever)) return new Float64Array(H)
  if (!lever.enabled) return new Float64Array(H).fill(effect === 'factor' ? 1 : 0)
  if (effect === 'weight') return intensity(lever.timing, H)
  if (lever.kind === 'routing') return intensity(lever.timing, H).map((w) => lever.share * w)
  if (effect === 'points') return additiveSeries(lever.timing, amountOf(lever), H)
  return factorSeries(lever.timing, amountOf(lever), H)
}

/** Every lever of a scenario (those switched off too: the workbook can switch them on), in list order. */
export function planLevers(portfolio: Portfolio, levers: readonly Lever[]): PlannedLever[] {
  const H = portfolio.settings.horizonMonths
  return levers.map((lever, index) => {
    const role = roleOf(lever)
    const effect = effectOf(role)
    const timing = 'timing' in lever ? lever.timing : null
    const scoped = role.role !== 'discount' && role.role !== 'pools'
    const covers = Uint8Array.from(portfolio.initiatives, (init) => (scoped && inScope(lever.scope, init) ? 1 : 0))
    return {
      lever,
      number: index + 1,
      role,
      effect,
      yearly: timing?.kind === 'yearly',
      on: lever.enabled ? 1 : 0,
      amount: amountOf(lever),
      start: timing === null ? null : timing.kind === 'from' ? timing.month : timing.fromMonth,
      full:
        timing === null
          ? null
          : timing.kind === 'from'
            ? timing.month
            : timing.kind === 'linear'
              ? timing.toMonth
              : null,
      scoped,
      covers,
      models:
        lever.kind === 'price'
          ? Uint8Array.from(portfolio.priceBook, (model) => (targetsModel(lever.target, model) ? 1 : 0))
          : null,
      series: effect === null ? null : seriesOf(lever, effect, H),
    }
  })
}

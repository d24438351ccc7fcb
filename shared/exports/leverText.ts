import { DRIVER_LABELS } from '../engine/types'
import { STAGE_LABELS, VALUE_TYPE_LABELS } from '../model/categories'
import type { Portfolio } from '../model/portfolio'
import { LEVER_LABELS, type Lever, type LeverScope } from '../model/scenario'
import type { PlannedLever } from './leverPlan'

/** A lever in words, for the levers sheet. */
export interface LeverText {
  /** "Model price change". */
  kind: string
  /** What it changes: "Prices of every model", "Traffic from every other model to GPT-4.1 mini". */
  changes: string
  /** What the amount means: "change", "change a year", "points", "share of traffic", "months added". */
  unit: string
  /** How the amount is shown. */
  format: 'percent' | 'integer'
  /** "From a month", "Linear", "Yearly rate", or "" for untimed levers. */
  timing: string
  /** The scope as the app stored it: "Whole portfolio", "Stage: Pilot, Scaling", "Initiatives: A, B". */
  scope: string
}

const list = (items: readonly string[]): string => items.join(', ')

function scopeText(scope: LeverScope, portfolio: Portfolio): string {
  switch (scope.kind) {
    case 'portfolio':
      return 'Whole portfolio'
    case 'stage':
      return `Stage: ${list(scope.stages.map((s) => STAGE_LABELS[s]))}`
    case 'valueType':
      return `Value type: ${list(scope.valueTypes.map((v) => VALUE_TYPE_LABELS[v]))}`
    case 'initiatives': {
      const names = new Map(portfolio.initiatives.map((i) => [i.id, i.name]))
      return `Initiatives: ${list(scope.ids.map((id) => names.get(id) ?? `${id} (not in the portfolio)`))}`
    }
  }
}

function changesOf(lever: Lever, model: (id: string) => string): string {
  switch (lever.kind) {
    case 'price': {
      const t = lever.target
      if (t.kind === 'all') return 'Prices of every model'
      return t.kind === 'provider' ? `Prices of ${t.provider} models` : `Prices of ${model(t.modelId)}`
    }
    case 'routing':
      return lever.fromModelId === null
        ? `Traffic from every other model to ${model(lever.toModelId)}`
        : `Traffic from ${model(lever.fromModelId)} to ${model(lever.toModelId)}`
    case 'rate': {
      const rate = lever.rate === 'cacheHitRate' ? 'Cache hit rate' : 'Batch share'
      return lever.mode === 'add' ? `${rate}: points added` : `${rate}: set to the amount`
    }
    case 'tokens':
      return lever.tokens === 'input' ? 'Input tokens per query' : 'Output tokens per query'
    case 'volume':
      return lever.volume === 'users' ? 'Active users' : 'Queries per user'
    case 'value':
      return lever.value === 'outcomesPerQuery' ? 'Outcomes per query' : 'Value per outcome (and fixed monthly value)'
    case 'cost':
      return `${DRIVER_LABELS[lever.driver]} cost`
    case 'ramp':
      return lever.ramp === 'users' ? 'Months of the users’ ramp' : 'Months to full value'
    case 'discountRate':
      return lever.mode === 'add' ? 'Annual discount rate: points added' : 'Annual discount rate: set to the amount'
  }
}

function unitOf(lever: Lever): { unit: string; format: 'percent' | 'integer' } {
  const yearly = 'timing' in lever && lever.timing.kind === 'yearly'
  switch (lever.kind) {
    case 'routing':
      return { unit: 'share of traffic moved', format: 'percent' }
    case 'rate':
    case 'discountRate':
      return lever.mode === 'set'
        ? { unit: 'rate', format: 'percent' }
        : { unit: yearly ? 'points a year' : 'points', format: 'percent' }
    case 'ramp':
      return { unit: 'months added', format: 'integer' }
    default:
      return { unit: yearly ? 'change a year' : 'change', format: 'percent' }
  }
}

const TIMING: Record<string, string> = { from: 'From a month', linear: 'Linear', yearly: 'Yearly rate' }

/** The words the levers sheet shows for a lever. */
export function leverText(planned: PlannedLever, portfolio: Portfolio): LeverText {
  const { lever } = planned
  const models = new Map(portfolio.priceBook.map((m) => [m.id, m.name]))
  const model = (id: string): string => models.get(id) ?? `${id} (not in the price book)`
  return {
    kind: LEVER_LABELS[lever.kind],
    changes: changesOf(lever, model),
    ...unitOf(lever),
    timing: 'timing' in lever ? (TIMING[lever.timing.kind] ?? '') : '',
    scope: planned.scoped ? scopeText(lever.scope, portfolio) : 'Whole portfolio (always)',
  }
}

import type { CostPool, Initiative, ModelPrice, Portfolio, PriceBookModel } from '../../../shared/model'
import { defaultCosts } from '../../../shared/model/drivers'

/** Builders for small hand-checkable portfolios: every figure not named is zero or neutral. */

export type InitiativePatch = {
  id?: string
  usage?: Partial<Initiative['usage']>
  costs?: Partial<Initiative['costs']>
  value?: Partial<Initiative['value']>
}

export function price(patch: Partial<ModelPrice> = {}): ModelPrice {
  return {
    effectiveFrom: '2020-01-01',
    inputPerM: 0,
    cachedInputPerM: 0,
    cacheWritePerM: 0,
    outputPerM: 0,
    batchDiscount: 0,
    longContext: null,
    source: 'test',
    ...patch,
  }
}

export function model(id: string, prices: ModelPrice[]): PriceBookModel {
  return { id, provider: 'Test', name: id, prices }
}

export function initiative(patch: InitiativePatch = {}): Initiative {
  return {
    id: patch.id ?? 'a',
    name: `Initiative ${patch.id ?? 'a'}`,
    governance: {
      owner: '',
      stage: 'pilot',
      valueType: 'cost_savings',
      hypothesis: '',
      successMetric: '',
      baseline: '',
      target: '',
      measurementPlan: '',
      reviewDate: null,
      timeHorizonMonths: 36,
      strategicNarrative: '',
    },
    usage: {
      launchMonth: 0,
      usersAtLaunch: 0,
      targetUsers: 0,
      rampMonths: 0,
      userGrowthPerYear: 0,
      queriesPerUserPerMonth: 0,
      inputTokensPerQuery: 0,
      outputTokensPerQuery: 0,
      promptGrowthPerYear: 0,
      cacheHitRate: 0,
      cacheWriteRate: 0,
      batchShare: 0,
      modelMix: [{ modelId: 'm1', share: 1 }],
      ...patch.usage,
    },
    costs: {
      ...defaultCosts(),
      buildFteMonths: 0,
      costPerFteMonth: 0,
      buildMonths: 0,
      integrationFte: 0,
      platformPerMonth: 0,
      dataOneOff: 0,
      dataPerMonth: 0,
      dataPerQuery: 0,
      evalSetup: 0,
      evalPerMonth: 0,
      complianceOneOff: 0,
      complianceYearly: 0,
      ...patch.costs,
    },
    value: {
      outcomesPerQuery: 0,
      valuePerOutcome: 0,
      monthsToFullValue: 0,
      fixedMonthlyValue: 0,
      outcomeName: 'outcome',
      ...patch.value,
    },
  }
}

export function pool(patch: Partial<CostPool> & { id: string }): CostPool {
  return { name: patch.id, monthlyCost: 0, startMonth: 0, allocation: 'even', fixedShares: {}, ...patch }
}

export function portfolio(patch: {
  months?: number
  startMonth?: string
  discountRateAnnual?: number
  priceBook?: PriceBookModel[]
  costPools?: CostPool[]
  initiatives?: Initiative[]
}): Portfolio {
  return {
    settings: {
      name: 'Test',
      currency: 'USD',
      startMonth: patch.startMonth ?? '2026-01',
      horizonMonths: patch.months ?? 12,
      discountRateAnnual: patch.discountRateAnnual ?? 0,
      investmentThreshold: 0,
      annualBudget: null,
      experimentationReserve: { kind: 'share', value: 0 },
    },
    priceBook: patch.priceBook ?? [model('m1', [price()])],
    costPools: patch.costPools ?? [],
    initiatives: patch.initiatives ?? [initiative()],
  }
}

/** A Float64Array as a plain array, for toEqual / toBeCloseTo comparisons. */
export function arr(a: ArrayLike<number>): number[] {
  return Array.from(a)
}

/** Asserts two number lists agree within a relative tolerance (default 1e-12). */
export function expectClose(actual: ArrayLike<number>, expected: readonly number[], rel = 1e-12): void {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} != ${expected.length}`)
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] ?? NaN
    const e = expected[i] ?? NaN
    const tol = rel * Math.max(1, Math.abs(e))
    if (!(Math.abs(a - e) <= tol)) throw new Error(`index ${i}: ${a} != ${e} (tolerance ${tol})`)
  }
}

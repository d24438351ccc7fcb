import type { CompiledPortfolio, InitiativeInputs, PortfolioResult, PriceTable } from '../../../shared/engine'
import { Scenario, type ScenarioInput } from '../../../shared/model/scenario'

/**
 * Two scenarios of the fixture portfolio whose levers cover every lever kind, mode, timing and
 * scope the app offers (shared/model/scenario.ts), stacked where order matters: two cache levers
 * on one initiative, two routing levers, two price levers on one model, two ramp levers, a set then
 * an add on the discount rate, and a lever switched off.
 */
export function fixtureScenarios(): Scenario[] {
  const all = { kind: 'portfolio' } as const
  const input: ScenarioInput[] = [
    {
      id: 'prices-routing-rates',
      name: 'Cheaper prices, routing & caching',
      description: 'Big model -50% from month 12, traffic moved to the small model, more cache hits and batch.',
      levers: [
        {
          id: 'big-cut',
          kind: 'price',
          scope: all,
          timing: { kind: 'from', month: 12 },
          target: { kind: 'model', modelId: 'big' },
          amount: -0.5,
        },
        {
          id: 'acme-yearly',
          kind: 'price',
          scope: { kind: 'stage', stages: ['mature', 'pilot'] },
          timing: { kind: 'yearly', fromMonth: 6 },
          target: { kind: 'provider', provider: 'Acme' },
          amount: -0.1,
        },
        {
          id: 'cache-set',
          kind: 'rate',
          scope: { kind: 'initiatives', ids: ['contracts', 'support'] },
          timing: { kind: 'linear', fromMonth: 0, toMonth: 6 },
          rate: 'cacheHitRate',
          mode: 'set',
          amount: 0.6,
        },
        {
          id: 'cache-add',
          kind: 'rate',
          scope: all,
          timing: { kind: 'from', month: 5 },
          rate: 'cacheHitRate',
          mode: 'add',
          amount: 0.35,
        },
        {
          id: 'batch-yearly',
          kind: 'rate',
          scope: all,
          timing: { kind: 'yearly', fromMonth: 0 },
          rate: 'batchShare',
          mode: 'add',
          amount: 0.1,
        },
        {
          id: 'route-all-small',
          kind: 'routing',
          scope: { kind: 'initiatives', ids: ['drafting'] },
          timing: { kind: 'linear', fromMonth: 16, toMonth: 20 },
          fromModelId: null,
          toModelId: 'small',
          share: 1,
        },
        {
          id: 'route-big-small',
          kind: 'routing',
          scope: { kind: 'valueType', valueTypes: ['cost_savings', 'strategic'] },
          timing: { kind: 'from', month: 8 },
          fromModelId: 'big',
          toModelId: 'small',
          share: 0.5,
        },
        {
          id: 'output-longer',
          kind: 'tokens',
          scope: { kind: 'stage', stages: ['scaling'] },
          timing: { kind: 'from', month: 3 },
          tokens: 'output',
          amount: 0.2,
        },
        {
          id: 'prompts-yearly',
          kind: 'tokens',
          scope: { kind: 'valueType', valueTypes: ['strategic'] },
          timing: { kind: 'yearly', fromMonth: 2 },
          tokens: 'input',
          amount: 0.2,
        },
      ],
    },
    {
      id: 'volumes-costs-value',
      name: 'Volumes, costs, value & discount',
      description: 'Fewer users, dearer build and compliance, value ramps, a higher discount rate.',
      levers: [
        {
          id: 'users-down',
          kind: 'volume',
          scope: { kind: 'initiatives', ids: ['support'] },
          timing: { kind: 'from', month: 6 },
          volume: 'users',
          amount: -0.2,
        },
        {
          id: 'qpu-off',
          kind: 'volume',
          enabled: false,
          scope: all,
          timing: { kind: 'from', month: 0 },
          volume: 'queriesPerUser',
          amount: 0.5,
        },
        {
          id: 'qpu-up',
          kind: 'volume',
          scope: all,
          timing: { kind: 'linear', fromMonth: 4, toMonth: 10 },
          volume: 'queriesPerUser',
          amount: 0.25,
        },
        {
          id: 'build-dearer',
          kind: 'cost',
          scope: { kind: 'valueType', valueTypes: ['cost_savings', 'revenue'] },
          timing: { kind: 'from', month: 0 },
          driver: 'build',
          amount: 0.3,
        },
        { id: 'data', kind: 'cost', scope: all, timing: { kind: 'from', month: 4 }, driver: 'data', amount: -0.2 },
        {
          id: 'compliance',
          kind: 'cost',
          scope: all,
          timing: { kind: 'yearly', fromMonth: 0 },
          driver: 'compliance',
          amount: 1,
        },
        {
          id: 'integration',
          kind: 'cost',
          scope: all,
          timing: { kind: 'linear', fromMonth: 2, toMonth: 14 },
          driver: 'integration',
          amount: -0.4,
        },
        {
          id: 'platform',
          kind: 'cost',
          scope: all,
          timing: { kind: 'from', month: 9 },
          driver: 'platform',
          amount: 0.1,
        },
        {
          id: 'eval',
          kind: 'cost',
          scope: all,
          timing: { kind: 'from', month: 1 },
          driver: 'evaluation',
          amount: -0.5,
        },
        { id: 'pools', kind: 'cost', scope: all, timing: { kind: 'from', month: 10 }, driver: 'shared', amount: 0.5 },
        {
          id: 'vpo-down',
          kind: 'value',
          scope: { kind: 'initiatives', ids: ['drafting'] },
          timing: { kind: 'from', month: 16 },
          value: 'valuePerOutcome',
          amount: -0.1,
        },
        {
          id: 'outcomes-up',
          kind: 'value',
          scope: all,
          timing: { kind: 'linear', fromMonth: 2, toMonth: 8 },
          value: 'outcomesPerQuery',
          amount: 0.1,
        },
        { id: 'slower-ramp', kind: 'ramp', scope: all, ramp: 'users', months: 3 },
        {
          id: 'faster-ramp',
          kind: 'ramp',
          scope: { kind: 'initiatives', ids: ['drafting'] },
          ramp: 'users',
          months: -5,
        },
        {
          id: 'value-sooner',
          kind: 'ramp',
          scope: { kind: 'initiatives', ids: ['support'] },
          ramp: 'value',
          months: -2,
        },
        { id: 'rate-set', kind: 'discountRate', scope: all, mode: 'set', amount: 0.12 },
        { id: 'rate-add', kind: 'discountRate', scope: all, mode: 'add', amount: 0.01 },
      ],
    },
  ]
  return input.map((s) => Scenario.parse(s))
}

/**
 * A scenario's compiled inputs made by hand, for tests that only read results (the deck's): the
 * baseline's compiled inputs with a price cut on one model from month 12, a users factor, a build
 * cost factor, a replaced cache hit rate, a scalar override, a mix shift, a pool cost factor and
 * another discount rate.
 */
export function leverScenario(base: CompiledPortfolio): CompiledPortfolio {
  const H = base.months
  const from = (month: number, value: number): Float64Array =>
    Float64Array.from({ length: H }, (_, t) => (t >= month ? value : 1))
  const pt = base.priceTable
  const k = pt.modelIndex.get('big') ?? 0
  const cut = (a: Float64Array): Float64Array => {
    const copy = Float64Array.from(a)
    for (let t = 12; t < H; t++) copy[k * H + t] = (copy[k * H + t] ?? 0) * 0.5
    return copy
  }
  const priceTable: PriceTable = {
    ...pt,
    input: cut(pt.input),
    output: cut(pt.output),
    tierInput: cut(pt.tierInput),
    cachedInput: cut(pt.cachedInput),
  }
  const [first, second, third, ...rest] = base.initiatives
  if (!first || !second || !third) throw new Error('fixture needs three initiatives')
  const mixShares = new Float64Array(third.mixShares.length * H)
  for (let t = 0; t < H; t++) {
    mixShares[t] = t >= 20 ? 0 : 0.25
    mixShares[H + t] = t >= 20 ? 1 : 0.75
  }
  const initiatives: InitiativeInputs[] = [
    { ...first, adjust: { usersFactor: from(6, 0.8), costFactor: { build: from(0, 1.3), inference: from(18, 0.9) } } },
    {
      ...second,
      targetUsers: 450,
      usersAtLaunch: 450,
      adjust: { cacheHitRate: new Float64Array(H).fill(0.6), outputTokensFactor: from(3, 1.2) },
    },
    { ...third, valuePerOutcome: 5.25, adjust: { mixShares, valueFactor: from(16, 0.9) } },
    ...rest,
  ]
  const pools = base.pools.map((p, i) => (i === 0 ? { ...p, costFactor: from(10, 1.5) } : p))
  return { ...base, discountRateAnnual: 0.12, priceTable, initiatives, pools }
}

/** A copy of the results with every figure wrong: the workbook's cached values must not matter. */
export function poisoned(result: PortfolioResult): PortfolioResult {
  // The engine's results are lazy (getters on a class): read every field into plain objects
  // before cloning, since structuredClone copies own data properties only.
  const plain = {
    ...result,
    series: result.series,
    totals: result.totals,
    initiatives: result.initiatives.map((i) => ({
      ...i,
      series: i.series,
      totals: i.totals,
      unitFirst: i.unitFirst,
      unitLast: i.unitLast,
    })),
    byId: new Map(),
    driverData: undefined,
  }
  const copy = structuredClone(plain)
  copy.byId = new Map(copy.initiatives.map((i) => [i.id, i]))
  const series = [copy.series, ...copy.initiatives.map((i) => i.series)]
  for (const s of series) {
    for (const a of [
      s.users,
      s.queries,
      s.outcomes,
      s.inputTokensPerQuery,
      s.totalCost,
      s.value,
      s.net,
      s.cumulativeNet,
      ...Object.values(s.cost),
    ]) {
      for (let t = 0; t < a.length; t++) a[t] = (a[t] ?? 0) * 3 + 12345
    }
  }
  for (const totals of [copy.totals, ...copy.initiatives.map((i) => i.totals)]) {
    totals.npv += 1e6
    totals.cost += 1e6
    totals.value -= 1e6
    totals.net += 2e6
    totals.paybackMonth = 1
    totals.roi = 42
    for (const d of Object.keys(totals.costByDriver) as (keyof typeof totals.costByDriver)[])
      totals.costByDriver[d] += 999
  }
  return copy
}

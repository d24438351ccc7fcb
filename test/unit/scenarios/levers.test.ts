import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { arr, expectClose, pool } from '../engine/fixtures'
import { lever, leverBase, runWith, seriesOf } from './scenarioFixtures'

const inference = (levers: Parameters<typeof runWith>[1], id = 'a', p = leverBase()) =>
  arr(seriesOf(runWith(p, levers), id).cost.inference)

describe('price levers', () => {
  it('a step of -50% from month 2 halves the price from then on', () => {
    expectClose(
      inference([lever({ kind: 'price', timing: { kind: 'from', month: 2 }, target: { kind: 'all' }, amount: -0.5 })]),
      [10, 10, 5, 5, 5, 5],
    )
  })
  it('a linear -40% over months 0..4 cuts 10 points a month, then holds', () => {
    expectClose(
      inference([
        lever({
          kind: 'price',
          timing: { kind: 'linear', fromMonth: 0, toMonth: 4 },
          target: { kind: 'all' },
          amount: -0.4,
        }),
      ]),
      [10, 9, 8, 7, 6, 6],
    )
  })
  it('a yearly decline of 50% compounds monthly: 10 x 0.5^(t/12)', () => {
    const got = inference([
      lever({ kind: 'price', timing: { kind: 'yearly', fromMonth: 0 }, target: { kind: 'all' }, amount: -0.5 }),
    ])
    expectClose(
      got,
      [0, 1, 2, 3, 4, 5].map((t) => 10 * 0.5 ** (t / 12)),
    )
  })
  it('targets one model or one provider only', () => {
    const onSmall = lever({
      kind: 'price',
      timing: { kind: 'from', month: 0 },
      target: { kind: 'model', modelId: 'small' },
      amount: -0.5,
    })
    expectClose(inference([onSmall]), [10, 10, 10, 10, 10, 10])
    const onTest = lever({
      kind: 'price',
      timing: { kind: 'from', month: 0 },
      target: { kind: 'provider', provider: 'Test' },
      amount: 1,
    })
    expectClose(inference([onTest]), [20, 20, 20, 20, 20, 20])
  })
  it('scoped to one initiative, changes that initiative only (its own copy of the price rows)', () => {
    const r = runWith(leverBase(), [
      lever({
        kind: 'price',
        scope: { kind: 'initiatives', ids: ['b'] },
        timing: { kind: 'from', month: 0 },
        target: { kind: 'all' },
        amount: -0.5,
      }),
    ])
    expectClose(arr(seriesOf(r, 'a').cost.inference), [10, 10, 10, 10, 10, 10])
    expectClose(arr(seriesOf(r, 'b').cost.inference), [5, 5, 5, 5, 5, 5])
  })
  it('two price levers multiply (order-free): -50% and +20% give x0.6', () => {
    const cut = lever({
      id: 'x',
      kind: 'price',
      timing: { kind: 'from', month: 0 },
      target: { kind: 'all' },
      amount: -0.5,
    })
    const rise = lever({
      id: 'y',
      kind: 'price',
      timing: { kind: 'from', month: 0 },
      target: { kind: 'model', modelId: 'big' },
      amount: 0.2,
    })
    expectClose(inference([cut, rise]), [6, 6, 6, 6, 6, 6])
    expectClose(inference([rise, cut]), [6, 6, 6, 6, 6, 6])
  })
})

describe('routing, cache and batch', () => {
  it('moves 40% of the traffic from big to small from month 3: 0.6 x $10 + 0.4 x $1 = $6.40', () => {
    const route = lever({
      kind: 'routing',
      timing: { kind: 'from', month: 3 },
      fromModelId: 'big',
      toModelId: 'small',
      share: 0.4,
    })
    expectClose(inference([route]), [10, 10, 10, 6.4, 6.4, 6.4])
  })
  it('routing from every other model to one not in the mix adds it to the mix', () => {
    const route = lever({
      kind: 'routing',
      timing: { kind: 'linear', fromMonth: 0, toMonth: 2 },
      fromModelId: null,
      toModelId: 'small',
      share: 1,
    })
    // w = 0, 0.5, 1: 10; 0.5 x 10 + 0.5 x 1 = 5.5; 1.
    expectClose(inference([route]), [10, 5.5, 1, 1, 1, 1])
  })
  it('cache hit rate: add 50 points reads half the input at the cached price: 0.5 x 10 + 0.5 x 1 = $5.50', () => {
    expectClose(
      inference([
        lever({ kind: 'rate', timing: { kind: 'from', month: 0 }, rate: 'cacheHitRate', mode: 'add', amount: 0.5 }),
      ]),
      [5.5, 5.5, 5.5, 5.5, 5.5, 5.5],
    )
  })
  it('cache hit rate: set 80% along months 0..2 moves the rate 0, 40%, 80%', () => {
    const set = lever({
      kind: 'rate',
      timing: { kind: 'linear', fromMonth: 0, toMonth: 2 },
      rate: 'cacheHitRate',
      mode: 'set',
      amount: 0.8,
    })
    // 0.6 x 10 + 0.4 x 1 = 6.4; 0.2 x 10 + 0.8 x 1 = 2.8
    expectClose(inference([set]), [10, 6.4, 2.8, 2.8, 2.8, 2.8])
  })
  it('cache hits leave room for the cache-write share, and rate levers apply in lever order', () => {
    const p = leverBase({ a: { usage: { cacheWriteRate: 0.3 } } })
    const setAll = lever({
      id: 's',
      kind: 'rate',
      timing: { kind: 'from', month: 0 },
      rate: 'cacheHitRate',
      mode: 'set',
      amount: 1,
    })
    const minus = lever({
      id: 'm',
      kind: 'rate',
      timing: { kind: 'from', month: 0 },
      rate: 'cacheHitRate',
      mode: 'add',
      amount: -0.2,
    })
    // Hits capped at 70%: 0.7 x 1 (cached) + 0.3 x 0 (write price 0) = 0.7; then -20 points: 0.2 x 10 + 0.5 x 1 = 2.5.
    expectClose(inference([setAll], 'a', p), Array(6).fill(0.7))
    expectClose(inference([setAll, minus], 'a', p), Array(6).fill(2.5))
    // The other order: -20 points of 0 floors at 0, then set to 70%.
    expectClose(inference([minus, setAll], 'a', p), Array(6).fill(0.7))
  })
  it('batch share set to 100% takes the 50% batch discount on every query', () => {
    expectClose(
      inference([
        lever({ kind: 'rate', timing: { kind: 'from', month: 1 }, rate: 'batchShare', mode: 'set', amount: 1 }),
      ]),
      [10, 5, 5, 5, 5, 5],
    )
  })
})

describe('tokens and volume', () => {
  it('input tokens +20% from month 1; prompt growth +40% a year compounds monthly', () => {
    expectClose(
      inference([lever({ kind: 'tokens', timing: { kind: 'from', month: 1 }, tokens: 'input', amount: 0.2 })]),
      [10, 12, 12, 12, 12, 12],
    )
    const growth = inference([
      lever({ kind: 'tokens', timing: { kind: 'yearly', fromMonth: 0 }, tokens: 'input', amount: 0.4 }),
    ])
    expectClose(
      growth,
      [0, 1, 2, 3, 4, 5].map((t) => 10 * 1.4 ** (t / 12)),
    )
  })
  it('output length +50%: 100 output tokens at $20 cost $2 a month, $3 after', () => {
    const p = leverBase({ a: { usage: { outputTokensPerQuery: 100 } } })
    expectClose(
      inference([lever({ kind: 'tokens', timing: { kind: 'from', month: 0 }, tokens: 'output', amount: 0.5 })], 'a', p),
      Array(6).fill(13),
    )
  })
  it('users -50% halves queries and inference; queries per user +100% doubles them', () => {
    const r = runWith(leverBase(), [
      lever({ kind: 'volume', timing: { kind: 'from', month: 0 }, volume: 'users', amount: -0.5 }),
    ])
    expectClose(arr(seriesOf(r, 'a').users), Array(6).fill(5))
    expectClose(arr(seriesOf(r, 'a').queries), Array(6).fill(500))
    expectClose(
      inference([lever({ kind: 'volume', timing: { kind: 'from', month: 0 }, volume: 'queriesPerUser', amount: 1 })]),
      Array(6).fill(20),
    )
  })
  it('users ramp 2 months longer: 0, 5, then 10 users', () => {
    const r = runWith(leverBase(), [lever({ kind: 'ramp', ramp: 'users', months: 2 })])
    expectClose(arr(seriesOf(r, 'a').users), [0, 5, 10, 10, 10, 10])
  })
})

describe('costs, value and discount rate', () => {
  const costly = leverBase({
    a: { costs: { buildFteMonths: 2, costPerFteMonth: 1000, buildMonths: 0, integrationFte: 0.5 } },
  })
  it('build +30% and integration upkeep doubled from month 3', () => {
    const r = runWith(costly, [
      lever({ id: 'b', kind: 'cost', timing: { kind: 'from', month: 0 }, driver: 'build', amount: 0.3 }),
      lever({ id: 'i', kind: 'cost', timing: { kind: 'from', month: 3 }, driver: 'integration', amount: 1 }),
    ])
    expectClose(arr(seriesOf(r, 'a').cost.build), [2600, 0, 0, 0, 0, 0])
    expectClose(arr(seriesOf(r, 'a').cost.integration), [500, 500, 500, 1000, 1000, 1000])
  })
  it('shared pools +50%: an even pool of $40 costs $60, $30 per initiative', () => {
    const p = leverBase({ pools: [pool({ id: 'p', monthlyCost: 40 })] })
    const r = runWith(p, [lever({ kind: 'cost', timing: { kind: 'from', month: 0 }, driver: 'shared', amount: 0.5 })])
    expectClose(arr(seriesOf(r, 'a').cost.shared), Array(6).fill(30))
  })
  it('outcomes per query -20% and value per outcome +10%: 1,000 x 0.5 x 0.8 x $2 x 1.1 = $880', () => {
    const p = leverBase({ a: { value: { outcomesPerQuery: 0.5, valuePerOutcome: 2 } } })
    const r = runWith(p, [
      lever({ id: 'o', kind: 'value', timing: { kind: 'from', month: 0 }, value: 'outcomesPerQuery', amount: -0.2 }),
      lever({ id: 'v', kind: 'value', timing: { kind: 'from', month: 0 }, value: 'valuePerOutcome', amount: 0.1 }),
    ])
    expectClose(arr(seriesOf(r, 'a').outcomes), Array(6).fill(400))
    expectClose(arr(seriesOf(r, 'a').value), Array(6).fill(880))
  })
  it('value realised 3 months later: 1/3, 2/3, then in full', () => {
    const p = leverBase({ a: { value: { outcomesPerQuery: 1, valuePerOutcome: 3 } } })
    const r = runWith(p, [lever({ kind: 'ramp', ramp: 'value', months: 3 })])
    expectClose(arr(seriesOf(r, 'a').value), [1000, 2000, 3000, 3000, 3000, 3000])
  })
  it('discount rate set to 0 makes NPV the plain sum of net; add 10 points from 0 gives 10%', () => {
    const p = { ...leverBase(), settings: { ...leverBase().settings, discountRateAnnual: 0.2 } }
    const r = runWith(p, [lever({ kind: 'discountRate', mode: 'set', amount: 0 })])
    expect(r.totals.npv).toBeCloseTo(r.totals.net, 9)
    const r2 = runWith(p, [
      lever({ id: 'z', kind: 'discountRate', mode: 'set', amount: 0 }),
      lever({ id: 'y', kind: 'discountRate', mode: 'add', amount: 0.1 }),
    ])
    const m = 1.1 ** (1 / 12)
    expect(r2.totals.npv).toBeCloseTo(
      [0, 1, 2, 3, 4, 5].reduce((s, t) => s + -20 / m ** (t + 1), 0),
      9,
    )
  })
})

describe('scope and switches', () => {
  const half = {
    kind: 'price' as const,
    timing: { kind: 'from' as const, month: 0 },
    target: { kind: 'all' as const },
    amount: -0.5,
  }
  it('stage and value type scopes pick the matching initiatives', () => {
    const byStage = runWith(leverBase(), [lever({ ...half, scope: { kind: 'stage', stages: ['scaling'] } })])
    expect(byStage.byId.get('a')?.totals.costByDriver.inference).toBeCloseTo(60, 9)
    expect(byStage.byId.get('b')?.totals.costByDriver.inference).toBeCloseTo(30, 9)
    const byType = runWith(leverBase(), [
      lever({ ...half, scope: { kind: 'valueType', valueTypes: ['cost_savings'] } }),
    ])
    expect(byType.byId.get('a')?.totals.costByDriver.inference).toBeCloseTo(30, 9)
    expect(byType.byId.get('b')?.totals.costByDriver.inference).toBeCloseTo(60, 9)
  })
  it('a disabled lever, or one scoped to initiatives that no longer exist, changes nothing', () => {
    const base = computePortfolio(leverBase())
    expect(runWith(leverBase(), [lever({ ...half, enabled: false })]).totals).toEqual(base.totals)
    expect(runWith(leverBase(), [lever({ ...half, scope: { kind: 'initiatives', ids: ['gone'] } })]).totals).toEqual(
      base.totals,
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePortfolio } from '../../../shared/engine'
import { runBaseline, runScenario, unitCostWaterfall, type WaterfallSplit } from '../../../shared/engine/scenarios'
import type { Lever } from '../../../shared/model/scenario'
import { NOISE_SHARE, withoutNoise } from '../../../shared/engine/scenarios/waterfall'
import { portfolioArb } from '../engine/arbitraries'
import { initiative, model, portfolio, price } from '../engine/fixtures'
import { lever } from './scenarioFixtures'

const month = fc.integer({ min: 0, max: 23 })
const timing = fc.oneof(
  month.map((m) => ({ kind: 'from' as const, month: m })),
  fc
    .tuple(month, fc.integer({ min: 1, max: 12 }))
    .map(([a, d]) => ({ kind: 'linear' as const, fromMonth: a, toMonth: a + d })),
  month.map((m) => ({ kind: 'yearly' as const, fromMonth: m })),
)
const fixedTiming = fc.oneof(
  month.map((m) => ({ kind: 'from' as const, month: m })),
  fc
    .tuple(month, fc.integer({ min: 1, max: 12 }))
    .map(([a, d]) => ({ kind: 'linear' as const, fromMonth: a, toMonth: a + d })),
)
const change = fc.double({ min: -0.9, max: 2, noNaN: true })

/** Random levers of every kind that moves cost per query; 'm0' is always in the generated price book. */
const leverArb: fc.Arbitrary<Lever> = fc.oneof(
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'price', target: { kind: 'all' }, ...x })),
  fc
    .record({ timing, amount: change })
    .map((x) => lever({ kind: 'price', target: { kind: 'model', modelId: 'm0' }, ...x })),
  fc
    .record({ timing, amount: change, tokens: fc.constantFrom('input' as const, 'output' as const) })
    .map((x) => lever({ kind: 'tokens', ...x })),
  fc
    .record({
      timing: fixedTiming,
      amount: fc.double({ min: 0, max: 1, noNaN: true }),
      rate: fc.constantFrom('cacheHitRate' as const, 'batchShare' as const),
    })
    .map((x) => lever({ kind: 'rate', mode: 'set', ...x })),
  fc
    .record({ timing, amount: fc.double({ min: -1, max: 1, noNaN: true }) })
    .map((x) => lever({ kind: 'rate', rate: 'cacheHitRate', mode: 'add', ...x })),
  fc
    .record({ timing: fixedTiming, share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map((x) => lever({ kind: 'routing', fromModelId: null, toModelId: 'm0', ...x })),
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'volume', volume: 'users', ...x })),
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'cost', driver: 'platform', ...x })),
)

function expectNoResidual(split: WaterfallSplit): void {
  const sum = split.parts.reduce((s, p) => s + p.amount, 0)
  // No part but the largest (which carries the others' floating-point noise) is noise: each is 0 or an effect.
  const level = NOISE_SHARE * Math.max(Math.abs(split.start), Math.abs(split.end))
  const largest = Math.max(...split.parts.map((p) => Math.abs(p.amount)))
  for (const p of split.parts)
    if (Math.abs(p.amount) !== largest) expect(p.amount === 0 || Math.abs(p.amount) > level).toBe(true)
  // A floating-point sum is exact to a few ulps of its largest term, not of its result: fixed costs
  // spread over a tiny volume give two opposite parts of 1e245 that cancel to a change of 1e238.
  const scale = Math.max(1, Math.abs(split.start), Math.abs(split.end), ...split.parts.map((p) => Math.abs(p.amount)))
  expect(Math.abs(sum - split.change)).toBeLessThanOrEqual(1e-9 * scale)
}

/**
 * The waterfall's end and the series' cost / queries are one cost per query rounded along two paths of a
 * few operations each (measured under 2 EPSILON apart): within 4 EPSILON of the value, or toBeCloseTo's
 * 5e-10 where the value is so small (or subnormal) that an absolute bound is the tighter one.
 */
function expectSameCostPerQuery(got: number, want: number): void {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(Math.max(5e-10, 4 * Number.EPSILON * Math.abs(want)))
}

/**
 * Counterexample to the old absolute bound: 0.001 users x 1 query, 1,000 input tokens at $1 per million, $100,000 a month of
 * platform cost. The cost per query is $100,000,000.001, where one ulp (1.5e-8) is 30 times 5e-10.
 */
const tinyVolume = portfolio({
  months: 1,
  priceBook: [model('m0', [price({ inputPerM: 1 })])],
  initiatives: [
    initiative({
      id: 'i0',
      usage: {
        targetUsers: 0.001,
        queriesPerUserPerMonth: 1,
        inputTokensPerQuery: 1000,
        modelMix: [{ modelId: 'm0', share: 1 }],
      },
      costs: { platformPerMonth: 100_000 },
    }),
  ],
})

describe('unit-cost waterfall (property)', () => {
  it('parts add up to the total change, and the ends are the engine’s cost per query', () => {
    fc.assert(
      fc.property(
        portfolioArb({ minInitiatives: 1, maxInitiatives: 4, maxMonths: 24 }),
        fc.array(leverArb, { minLength: 0, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        (p, levers, m1, m2) => {
          const base = compilePortfolio(p)
          const baseline = runBaseline(p, base)
          const scenario = runScenario(p, base, {
            id: 's',
            name: 's',
            levers: levers.map((l, i) => ({ ...l, id: `l${i}` })),
          })
          const H = p.settings.horizonMonths
          const [t1, t2] = [m1 % H, m2 % H]
          for (const init of p.initiatives) {
            const cases = [
              unitCostWaterfall(
                init.id,
                { ...baseline, month: t1, label: 'a' },
                { ...scenario, month: t1, label: 'b' },
              ),
              unitCostWaterfall(
                init.id,
                { ...scenario, month: t1, label: 'a' },
                { ...scenario, month: t2, label: 'b' },
              ),
            ]
            for (const w of cases) {
              if (!w.ok) continue
              expectNoResidual(w.inference)
              expectNoResidual(w.full)
            }
            const w = cases[0]
            const s = scenario.result.byId.get(init.id)?.series
            if (w?.ok && s) {
              const q = s.queries[t1] ?? 0
              expectSameCostPerQuery(w.inference.end, (s.cost.inference[t1] ?? 0) / q)
              expectSameCostPerQuery(w.full.end, (s.totalCost[t1] ?? 0) / q)
            }
          }
        },
      ),
      { numRuns: 150, examples: [[tinyVolume, [], 0, 0]] },
    )
  })
})

describe('waterfall noise (property)', () => {
  it('dropping noise keeps the sum of the parts, to the rounding of one addition to the largest', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.array(
          fc.oneof(fc.double({ min: -0.1, max: 0.1, noNaN: true }), fc.double({ min: -1e-9, max: 1e-9, noNaN: true })),
          { minLength: 1, maxLength: 8 },
        ),
        (start, amounts) => {
          const parts = amounts.map((amount) => ({ key: 'price' as const, label: 'p', amount }))
          const change = amounts.reduce((a, b) => a + b, 0)
          const w = withoutNoise({ start, end: start + change, change, parts })
          const sum = w.parts.reduce((a, x) => a + x.amount, 0)
          // Two float sums of the same terms in other groupings differ by at most n ulps of the terms' size.
          const size = amounts.reduce((a, b) => a + Math.abs(b), 0)
          expect(Math.abs(sum - change)).toBeLessThanOrEqual(2 * amounts.length * Number.EPSILON * size)
          // No bar of noise is left beside a real effect.
          const level = NOISE_SHARE * Math.max(Math.abs(w.start), Math.abs(w.end))
          const left = w.parts.filter((x) => x.amount !== 0)
          if (left.length > 1) for (const x of left) expect(Math.abs(x.amount)).toBeGreaterThan(level)
        },
      ),
      { examples: [[1, [3e-9, -0.9e-9, -0.9e-9, -0.9e-9, 2e-9]]] },
    )
  })
})

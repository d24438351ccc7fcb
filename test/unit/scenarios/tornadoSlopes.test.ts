import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePortfolio, evaluate } from '../../../shared/engine'
import { evaluateNpv } from '../../../shared/engine/npvOnly'
import { runScenario } from '../../../shared/engine/scenarios'
import { moveDriver, tornado } from '../../../shared/engine/scenarios/tornado'
import type { LinearDriver } from '../../../shared/engine/scenarios/tornadoSlopes'
import type { Lever } from '../../../shared/model/scenario'
import { portfolioArb } from '../engine/arbitraries'
import { syntheticPortfolio } from '../../bench/syntheticPortfolio'
import { lever } from './scenarioFixtures'

const LINEAR: readonly LinearDriver[] = [
  'prices',
  'users',
  'queriesPerUser',
  'build',
  'fixed',
  'valuePerOutcome',
  'outcomesPerQuery',
]

const timing = fc.integer({ min: 0, max: 11 }).map((m) => ({ kind: 'from' as const, month: m }))
const change = fc.double({ min: -0.9, max: 2, noNaN: true })

/** Levers whose month-by-month adjustments the drivers' moves must scale with (factors, rates, mix). */
const leverArb: fc.Arbitrary<Lever> = fc.oneof(
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'volume', volume: 'users', ...x })),
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'volume', volume: 'queriesPerUser', ...x })),
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'value', value: 'outcomesPerQuery', ...x })),
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'value', value: 'valuePerOutcome', ...x })),
  fc
    .record({
      timing,
      amount: change,
      driver: fc.constantFrom('build' as const, 'data' as const, 'integration' as const),
    })
    .map((x) => lever({ kind: 'cost', ...x })),
  fc.record({ timing, amount: change }).map((x) => lever({ kind: 'price', target: { kind: 'all' }, ...x })),
  fc
    .record({ timing, amount: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map((x) => lever({ kind: 'rate', rate: 'cacheHitRate', mode: 'set', ...x })),
  fc
    .record({ timing, share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map((x) => lever({ kind: 'routing', fromModelId: null, toModelId: 'm0', ...x })),
)

describe("tornado: drivers the portfolio's NPV depends on linearly", () => {
  it('give the NPV of evaluating the moved inputs, to rounding (baseline and scenarios)', () => {
    fc.assert(
      fc.property(
        portfolioArb({ minInitiatives: 1, maxInitiatives: 5, maxMonths: 24 }),
        fc.array(leverArb, { maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, levers, percent) => {
          const compiled = runScenario(p, compilePortfolio(p), { id: 's', name: 's', levers }).compiled
          const center = evaluate(compiled)
          const t = tornado(compiled, percent, null, center)
          // Each NPV is a sum of discounted months of these sizes: the two ways round differently
          // within a few ulps of the largest of them.
          const scale = 1 + Math.abs(t.center) + center.totals.cost + Math.abs(center.totals.value)
          for (const key of LINEAR) {
            const bar = t.bars.find((b) => b.key === key)
            const low = evaluateNpv(moveDriver(compiled, key, 1 - percent), null)
            const high = evaluateNpv(moveDriver(compiled, key, 1 + percent), null)
            expect(Math.abs((bar?.low ?? NaN) - (low ?? NaN))).toBeLessThanOrEqual(1e-12 * scale)
            expect(Math.abs((bar?.high ?? NaN) - (high ?? NaN))).toBeLessThanOrEqual(1e-12 * scale)
          }
        },
      ),
      { numRuns: 150 },
    )
  })
  it('give the NPV of evaluating the moved inputs on a realistic portfolio (every part non-zero)', () => {
    // Random inputs favour edge values (zeros, subnormals); this portfolio has users, value, data per
    // query, build and fixed costs in every initiative, with a routing and a volume lever on top.
    const p = syntheticPortfolio({ seed: 7, initiatives: 80, months: 36, models: 6, pools: 4 })
    const levers = [
      lever({ kind: 'volume', volume: 'users', amount: 0.3, timing: { kind: 'from', month: 6 } }),
      lever({
        kind: 'routing',
        fromModelId: null,
        toModelId: 'model-1',
        share: 0.4,
        timing: { kind: 'from', month: 3 },
      }),
    ]
    const compiled = runScenario(p, compilePortfolio(p), { id: 's', name: 's', levers }).compiled
    const center = evaluate(compiled)
    const t = tornado(compiled, 0.2, null, center)
    const scale = Math.abs(t.center) + center.totals.cost + Math.abs(center.totals.value)
    for (const key of LINEAR) {
      const bar = t.bars.find((b) => b.key === key)
      expect(bar?.swing).toBeGreaterThan(1e-6 * scale)
      const low = evaluateNpv(moveDriver(compiled, key, 0.8), null) ?? NaN
      const high = evaluateNpv(moveDriver(compiled, key, 1.2), null) ?? NaN
      expect(Math.abs((bar?.low ?? NaN) - low)).toBeLessThanOrEqual(1e-12 * scale)
      expect(Math.abs((bar?.high ?? NaN) - high)).toBeLessThanOrEqual(1e-12 * scale)
    }
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePortfolio } from '../../../shared/engine'
import { CHUNK } from '../../../shared/engine/chunks'
import { runBaseline, runScenario } from '../../../shared/engine/scenarios'
import { portfolioArb } from '../engine/arbitraries'
import { snapshot } from '../engine/resultChecks'
import { leverBase, lever } from './scenarioFixtures'
import { internalsOf } from '../../../shared/engine/internals'

describe('a scenario run next to its baseline', () => {
  it('keeps the baseline figures of initiatives no lever touches, and evaluates the others', () => {
    const p = leverBase()
    const base = compilePortfolio(p)
    const baseline = runBaseline(p, base)
    const users = lever({
      kind: 'volume',
      volume: 'users',
      amount: 1,
      timing: { kind: 'from', month: 0 },
      scope: { kind: 'initiatives', ids: ['a'] },
    })
    const s = runScenario(p, base, { id: 's', name: 's', levers: [users] }, baseline)
    expect(internalsOf(s.result)?.drivers[1]).toBe(internalsOf(baseline.result)?.drivers[1])
    expect(internalsOf(s.result)?.drivers[0]).not.toBe(internalsOf(baseline.result)?.drivers[0])
    // 'a' has twice the users: 2,000 queries x 1,000 tokens x $10 / 1e6 = $20 a month; 'b' keeps $10.
    expect(s.result.byId.get('a')?.series.cost.inference[0]).toBeCloseTo(20, 12)
    expect(s.result.byId.get('b')?.series.cost.inference[0]).toBeCloseTo(10, 12)
  })

  it("keeps every initiative's figures when only the discount rate and a shared pool move", () => {
    const p = leverBase()
    const base = compilePortfolio(p)
    const baseline = runBaseline(p, base)
    const levers = [
      lever({ kind: 'discountRate', mode: 'set', amount: 0.12 }),
      lever({ id: 's', kind: 'cost', driver: 'shared', amount: 0.5, timing: { kind: 'from', month: 0 } }),
    ]
    const s = runScenario(p, base, { id: 's', name: 's', levers }, baseline)
    internalsOf(s.result)?.drivers.forEach((d, i) => expect(d).toBe(internalsOf(baseline.result)?.drivers[i]))
    const fresh = runScenario(p, base, { id: 's', name: 's', levers }).result
    expect(snapshot(s.result)).toEqual(snapshot(fresh))
    expect(s.compiled.discountRateAnnual).toBe(0.12)
  })

  it('gives exactly the numbers of a run that evaluates every initiative (random scopes, pools by inference)', () => {
    const scoped = fc.record({
      ids: fc.subarray(['i0', 'i1', 'i2', 'i3'], { minLength: 1 }),
      amount: fc.double({ min: -0.9, max: 2, noNaN: true }),
      month: fc.integer({ min: 0, max: 11 }),
    })
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1, maxInitiatives: 5, maxMonths: 18 }), scoped, (p, x) => {
        const base = compilePortfolio(p)
        const levers = [
          lever({
            kind: 'tokens',
            tokens: 'input',
            amount: x.amount,
            timing: { kind: 'from', month: x.month },
            scope: { kind: 'initiatives', ids: x.ids },
          }),
        ]
        const reused = runScenario(p, base, { id: 's', name: 's', levers }, runBaseline(p, base)).result
        const fresh = runScenario(p, base, { id: 's', name: 's', levers }).result
        expect(snapshot(reused)).toEqual(snapshot(fresh))
      }),
      { numRuns: 80 },
    )
  })
  it('gives exactly the numbers of a full run with more initiatives than a chunk (scoped to a few)', () => {
    const scoped = fc.record({
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      amount: fc.double({ min: -0.9, max: 2, noNaN: true }),
    })
    fc.assert(
      fc.property(
        portfolioArb({ minInitiatives: CHUNK + 1, maxInitiatives: 3 * CHUNK, maxMonths: 12 }),
        scoped,
        (p, x) => {
          const base = compilePortfolio(p)
          const ids = x.picks.map((k) => p.initiatives[k % p.initiatives.length]!.id)
          const levers = [
            lever({
              kind: 'volume',
              volume: 'users',
              amount: x.amount,
              timing: { kind: 'from', month: 0 },
              scope: { kind: 'initiatives', ids },
            }),
          ]
          const reused = runScenario(p, base, { id: 's', name: 's', levers }, runBaseline(p, base)).result
          const fresh = runScenario(p, base, { id: 's', name: 's', levers }).result
          expect(snapshot(reused)).toEqual(snapshot(fresh))
        },
      ),
      { numRuns: 15 },
    )
  })
})

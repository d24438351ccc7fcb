import { describe, expect, it } from 'vitest'
import { compilePortfolio } from '../../../shared/engine'
import { TORNADO_DRIVERS, tornado } from '../../../shared/engine/scenarios'
import { leverBase } from './scenarioFixtures'

/**
 * One initiative at 0% discount: 1,000 queries a month, $10 inference, 1,000 outcomes at $2:
 * value $12,000 and inference $60 over 6 months. (leverBase's second initiative is dropped.)
 */
function single() {
  const p = leverBase({ a: { value: { outcomesPerQuery: 1, valuePerOutcome: 2 } } })
  return { ...p, initiatives: p.initiatives.slice(0, 1) }
}

describe('tornado', () => {
  it('moves each driver down and up by 20% and sorts by the swing of NPV', () => {
    const t = tornado(compilePortfolio(single()), 0.2)
    expect(t.center).toBeCloseTo(12_000 - 60, 9)
    const bar = (key: string) => t.bars.find((b) => b.key === key)
    // Value per outcome: 12,000 x 0.8 - 60 and 12,000 x 1.2 - 60.
    expect(bar('valuePerOutcome')).toMatchObject({
      low: expect.closeTo(9_540, 9),
      high: expect.closeTo(14_340, 9),
      swing: expect.closeTo(4_800, 9),
    })
    expect(bar('outcomesPerQuery')?.swing).toBeCloseTo(4_800, 9)
    // Users scale value and inference together: 0.4 x (12,000 - 60).
    expect(bar('users')?.swing).toBeCloseTo(4_776, 9)
    // Prices and input tokens move only the $60 of inference.
    expect(bar('prices')).toMatchObject({
      low: expect.closeTo(11_952, 9),
      high: expect.closeTo(11_928, 9),
      swing: expect.closeTo(24, 9),
    })
    expect(bar('inputTokens')?.swing).toBeCloseTo(24, 9)
    // Nothing in the portfolio depends on these.
    for (const key of ['outputTokens', 'cacheHitRate', 'build', 'fixed', 'shared', 'discountRate'])
      expect(bar(key)?.swing).toBe(0)
    expect(t.bars.map((b) => b.key).slice(0, 5)).toEqual([
      'valuePerOutcome',
      'outcomesPerQuery',
      'users',
      'queriesPerUser',
      'prices',
    ])
    expect(t.bars.map((b) => b.key).sort()).toEqual(TORNADO_DRIVERS.map((d) => d.key).sort())
  })

  it('targets one initiative and refuses a percentage outside 0..100%', () => {
    const p = leverBase({ a: { value: { outcomesPerQuery: 1, valuePerOutcome: 2 } } })
    const t = tornado(compilePortfolio(p), 0.5, 'b')
    expect(t.center).toBeCloseTo(-60, 9)
    // b has only its $60 of inference: four drivers swing it by 2 x 50% x 60 and tie, kept in driver order.
    expect(t.bars.slice(0, 4).map((b) => b.key)).toEqual(['prices', 'inputTokens', 'users', 'queriesPerUser'])
    for (const b of t.bars.slice(0, 4)) expect(b.swing).toBeCloseTo(60, 9)
    expect(t.bars[4]?.swing).toBe(0)
    expect(() => tornado(compilePortfolio(p), 1.5)).toThrow('between 0% and 100%')
  })
})

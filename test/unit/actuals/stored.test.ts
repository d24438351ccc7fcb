import { describe, expect, it } from 'vitest'
import {
  ActualAmountCell,
  AttributionRules,
  ExchangeRate,
  MeasuredOutcome,
  NON_TOKEN_DRIVERS,
} from '../../../shared/actuals/stored'
import { DRIVERS } from '../../../shared/model/drivers'

const rule = (id: string, share: number, validFrom: string | null = null, validTo: string | null = null) => ({
  id,
  source: 'any' as const,
  keyType: 'project' as const,
  pattern: 'proj_support*',
  initiativeId: 'support',
  sharePercent: share,
  validFrom,
  validTo,
})

describe('stored actuals schemas', () => {
  it('the non-token drivers are the declared drivers but inference', () => {
    expect(NON_TOKEN_DRIVERS).toEqual(DRIVERS.filter((d) => d !== 'inference'))
    expect(
      ActualAmountCell.safeParse({ initiativeId: 'a', month: '2026-01', driver: 'inference', amount: 1 }).success,
    ).toBe(false)
  })

  it('shares of one pattern add up to 100% at most in any month', () => {
    expect(AttributionRules.safeParse([rule('a', 60), rule('b', 40)]).success).toBe(true)
    expect(AttributionRules.safeParse([rule('a', 60), rule('b', 41)]).success).toBe(false)
    // The same pattern may change hands in time: two halves that never overlap are fine.
    expect(AttributionRules.safeParse([rule('a', 100, null, '2026-02'), rule('b', 100, '2026-03', null)]).success).toBe(
      true,
    )
    expect(AttributionRules.safeParse([rule('a', 100, null, '2026-03'), rule('b', 100, '2026-03', null)]).success).toBe(
      false,
    )
    expect(AttributionRules.safeParse([rule('a', 50), rule('a', 50)]).success).toBe(false)
    expect(AttributionRules.safeParse([rule('a', 50, '2026-04', '2026-03')]).success).toBe(false)
  })

  it('every number is finite and bounded', () => {
    const outcome = {
      initiativeId: 'a',
      month: '2026-01',
      metricValue: 1,
      outcomesCounted: 2,
      valueRealised: 3,
      source: 'finance',
    }
    expect(MeasuredOutcome.safeParse(outcome).success).toBe(true)
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e14])
      expect(MeasuredOutcome.safeParse({ ...outcome, valueRealised: bad }).success).toBe(false)
    expect(MeasuredOutcome.safeParse({ ...outcome, outcomesCounted: -1 }).success).toBe(false)
    expect(ExchangeRate.parse({ month: '2026-01', currency: ' eur', rate: 1.08 }).currency).toBe('EUR')
    expect(ExchangeRate.safeParse({ month: '2026-01', currency: 'EUR', rate: 0 }).success).toBe(false)
  })
})

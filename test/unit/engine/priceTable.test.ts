import { describe, expect, it } from 'vitest'
import {
  compilePriceTable,
  firstDayOfMonth,
  PRICE_ALL,
  PRICE_OUTPUT,
  TIER_SHIFT,
  PRICE_INPUT,
} from '../../../shared/engine'
import { model, price } from './fixtures'

describe('calendar', () => {
  it.each([
    ['2026-01', 0, '2026-01-01'],
    ['2026-01', 11, '2026-12-01'],
    ['2026-11', 2, '2027-01-01'],
    ['2026-01', 59, '2030-12-01'],
  ] as const)('month %s + %i starts on %s', (start, t, expected) => {
    expect(firstDayOfMonth(start, t)).toBe(expected)
  })
})

describe('price table', () => {
  it('resolves the price in force on the first day of each month, in date order whatever the list order', () => {
    const table = compilePriceTable(
      [
        model('m1', [
          price({ effectiveFrom: '2026-03-01', inputPerM: 1 }),
          price({ effectiveFrom: '2026-01-20', inputPerM: 3 }),
          price({ effectiveFrom: '2025-12-31', inputPerM: 5, outputPerM: null }),
        ]),
      ],
      '2025-12',
      5,
    )
    // Dec: nothing in force on 12-01 (first price from 12-31); Jan: 5 (from 12-31); Feb: 3; Mar, Apr: 1
    expect(Array.from(table.input)).toEqual([0, 5, 3, 1, 1])
    expect(Array.from(table.unknown)).toEqual([PRICE_ALL, PRICE_OUTPUT, 0, 0, 0])
  })

  it('lays out models one after another, months within a model', () => {
    const table = compilePriceTable(
      [
        model('a', [price({ inputPerM: 1 })]),
        model('b', [
          price({
            inputPerM: 2,
            longContext: { thresholdTokens: 10, inputPerM: null, cachedInputPerM: 0, cacheWritePerM: 0, outputPerM: 0 },
          }),
        ]),
      ],
      '2026-01',
      2,
    )
    expect(table.modelIndex.get('b')).toBe(1)
    expect(Array.from(table.input)).toEqual([1, 1, 2, 2])
    expect(Array.from(table.tierThreshold)).toEqual([Infinity, Infinity, 10, 10])
    expect(Array.from(table.unknown)).toEqual([0, 0, PRICE_INPUT << TIER_SHIFT, PRICE_INPUT << TIER_SHIFT])
  })
})

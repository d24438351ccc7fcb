import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reviewWindows, windowTotals, type WindowSeries } from '../../../shared/decisions'

/** A series whose months are given by hand; only the fields a window sums. */
function series(cost: number[], queries: number[], outcomes: number[], value: number[]): WindowSeries {
  return {
    months: cost.length,
    totalCost: Float64Array.from(cost),
    queries: Float64Array.from(queries),
    outcomes: Float64Array.from(outcomes),
    value: Float64Array.from(value),
  }
}

describe('windowTotals', () => {
  const s = series([10, 20, 30, 40, 50], [100, 200, 300, 400, 500], [0, 0, 3, 4, 5], [1, 2, 3, 4, 5])

  it('sums the months of the window', () => {
    // months 1..3: cost 20+30+40 = 90, queries 900, outcomes 7, value 9; cost per outcome 90/7
    expect(windowTotals(s, 1, 3)).toEqual({
      from: 1,
      months: 3,
      cost: 90,
      queries: 900,
      outcomes: 7,
      value: 9,
      costPerOutcome: 90 / 7,
    })
  })

  it('clips the window to the horizon and has no cost per outcome without outcomes', () => {
    // months -2..1 -> 0..1: cost 30, no outcomes
    expect(windowTotals(s, -2, 4)).toEqual({
      from: 0,
      months: 2,
      cost: 30,
      queries: 300,
      outcomes: 0,
      value: 3,
      costPerOutcome: null,
    })
    // months 3..14 -> 3..4
    expect(windowTotals(s, 3, 12)?.cost).toBe(90)
  })

  it('is null for a window wholly before or after the horizon', () => {
    expect(windowTotals(s, -12, 12)).toBeNull()
    expect(windowTotals(s, 5, 12)).toBeNull()
  })

  it('property: two adjacent windows add up to the window covering both', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 48 }),
        fc.integer({ min: -20, max: 60 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        (costs, from, a, b) => {
          const s2 = series(costs, costs, costs, costs)
          const left = windowTotals(s2, from, a)
          const right = windowTotals(s2, from + a, b)
          const both = windowTotals(s2, from, a + b)
          expect((left?.cost ?? 0) + (right?.cost ?? 0)).toBe(both?.cost ?? 0)
          expect((left?.months ?? 0) + (right?.months ?? 0)).toBe(both?.months ?? 0)
        },
      ),
    )
  })
})

describe('reviewWindows', () => {
  // 30 months: cost t + 1 in month t (1..30), one query and value 2 a month, an outcome from month 20 on.
  const months = Array.from({ length: 30 }, (_, t) => t)
  const s = series(
    months.map((t) => t + 1),
    months.map(() => 1),
    months.map((t) => (t >= 20 ? 1 : 0)),
    months.map(() => 2),
  )

  it('reads the year behind, the year ahead and the horizon around this month', () => {
    // This month 14: last 12 are months 2..13 (costs 3..14, sum 102), next 12 are 14..25 (costs 15..26,
    // sum 246, outcomes in 20..25: 6, so 41 an outcome); the horizon is 1..30, sum 465, outcomes 10.
    expect(reviewWindows(s, 14)).toEqual({
      last12: { from: 2, months: 12, cost: 102, queries: 12, outcomes: 0, value: 24, costPerOutcome: null },
      next12: { from: 14, months: 12, cost: 246, queries: 12, outcomes: 6, value: 24, costPerOutcome: 41 },
      horizon: { from: 0, months: 30, cost: 465, queries: 30, outcomes: 10, value: 60, costPerOutcome: 46.5 },
    })
  })

  it('clips at the ends: nothing behind at the start, five months ahead near the end', () => {
    const start = reviewWindows(s, 0)
    expect(start.last12).toBeNull()
    // months 0..11: costs 1..12, sum 78
    expect(start.next12).toMatchObject({ from: 0, months: 12, cost: 78 })
    const late = reviewWindows(s, 25)
    // behind: months 13..24, costs 14..25, sum 234; ahead: months 25..29, costs 26..30, sum 140
    expect(late.last12).toMatchObject({ from: 13, months: 12, cost: 234 })
    expect(late.next12).toMatchObject({ from: 25, months: 5, cost: 140, outcomes: 5, costPerOutcome: 28 })
  })

  it('has no year ahead after the horizon and a row of zeros for an empty horizon', () => {
    expect(reviewWindows(s, 30).next12).toBeNull()
    expect(reviewWindows(s, 30).last12).toMatchObject({ from: 18, months: 12 })
    expect(reviewWindows(series([], [], [], []), 3)).toEqual({
      last12: null,
      next12: null,
      horizon: { from: 0, months: 0, cost: 0, queries: 0, outcomes: 0, value: 0, costPerOutcome: null },
    })
  })
})

import { describe, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { expectClose, initiative, portfolio } from './fixtures'

describe('value', () => {
  // 10 users x 10 queries = 100 queries a month from launch month 1; outcomes 0.5 each at 8 = 400 at full value.
  it.each([
    ['ramp', { outcomesPerQuery: 0.5, valuePerOutcome: 8, monthsToFullValue: 4 }, [0, 100, 200, 300, 400, 400]],
    ['no ramp', { outcomesPerQuery: 0.5, valuePerOutcome: 8, monthsToFullValue: 0 }, [0, 400, 400, 400, 400, 400]],
    [
      'fixed monthly value, ramped',
      { fixedMonthlyValue: 1000, monthsToFullValue: 2 },
      [0, 500, 1000, 1000, 1000, 1000],
    ],
  ] as const)('%s', (_name, value, expected) => {
    const r = computePortfolio(
      portfolio({
        months: 6,
        initiatives: [initiative({ usage: { launchMonth: 1, targetUsers: 10, queriesPerUserPerMonth: 10 }, value })],
      }),
    )
    expectClose(r.initiatives[0]!.series.value, [...expected])
  })

  it('realisation counts from launch, also for a launch before the horizon', () => {
    // launch -2, 6 months to full value: f = (m+1)/6 with m = t + 2 -> 3/6, 4/6, 5/6, 1
    const r = computePortfolio(
      portfolio({
        months: 4,
        initiatives: [
          initiative({ usage: { launchMonth: -2 }, value: { fixedMonthlyValue: 600, monthsToFullValue: 6 } }),
        ],
      }),
    )
    expectClose(r.initiatives[0]!.series.value, [300, 400, 500, 600])
  })
})

import { describe, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { expectClose, initiative, model, portfolio, price, type InitiativePatch } from './fixtures'

function usersOf(usage: InitiativePatch['usage'], months = 6) {
  const r = computePortfolio(portfolio({ months, initiatives: [initiative({ usage })] }))
  const s = r.initiatives[0]!.series
  return { users: Array.from(s.users), queries: Array.from(s.queries), tokens: Array.from(s.inputTokensPerQuery), s }
}

describe('usage: users, queries, outcomes and prompt growth', () => {
  it.each([
    {
      name: 'linear ramp 100 -> 400 over 3 months from launch month 1, then flat',
      usage: { launchMonth: 1, usersAtLaunch: 100, targetUsers: 400, rampMonths: 3 },
      // m = t - 1: m<0 -> 0; m=0,1,2 -> 100 + 300*m/3; m>=3 -> 400
      expected: [0, 100, 200, 300, 400, 400],
    },
    {
      name: 'no ramp: target users from launch',
      usage: { launchMonth: 2, usersAtLaunch: 5, targetUsers: 50, rampMonths: 0 },
      expected: [0, 0, 50, 50, 50, 50],
    },
    {
      name: 'growth 44% a year after a 2-month ramp: 1000 * 1.44^((m-2)/12)',
      usage: { launchMonth: 0, usersAtLaunch: 0, targetUsers: 1000, rampMonths: 2, userGrowthPerYear: 0.44 },
      expected: [0, 500, 1000, 1000 * 1.44 ** (1 / 12), 1000 * 1.44 ** (2 / 12), 1000 * 1.44 ** (3 / 12)],
    },
    {
      name: 'launched 14 months before the horizon: already 14 months of growth at t=0',
      usage: { launchMonth: -14, targetUsers: 1000, rampMonths: 2, userGrowthPerYear: 0.21 },
      // m = t + 14; users = 1000 * 1.21^((m - 2)/12): t=0 -> 1.21^1 = 1210
      expected: [
        1210,
        1000 * 1.21 ** (13 / 12),
        1000 * 1.21 ** (14 / 12),
        1000 * 1.21 ** (15 / 12),
        1000 * 1.21 ** (16 / 12),
        1000 * 1.21 ** (17 / 12),
      ],
    },
    {
      name: 'launched mid-ramp before the horizon: ramp continues',
      usage: { launchMonth: -2, usersAtLaunch: 0, targetUsers: 400, rampMonths: 4 },
      // m = t + 2: 400*2/4=200, 400*3/4=300, then 400
      expected: [200, 300, 400, 400, 400, 400],
    },
    {
      name: 'no target (0): the users at launch stay, from launch (flat adoption)',
      usage: { launchMonth: 1, usersAtLaunch: 250, targetUsers: 0, rampMonths: 0 },
      expected: [0, 250, 250, 250, 250, 250],
    },
    {
      name: 'no target with a ramp: flat at the users at launch, never a ramp down to 0',
      usage: { launchMonth: 0, usersAtLaunch: 300, targetUsers: 0, rampMonths: 4 },
      expected: [300, 300, 300, 300, 300, 300],
    },
    {
      name: 'no target and 44% growth a year: 100 * 1.44^(m/12) from launch',
      usage: { launchMonth: 0, usersAtLaunch: 100, targetUsers: 0, rampMonths: 0, userGrowthPerYear: 0.44 },
      expected: [
        100,
        100 * 1.44 ** (1 / 12),
        100 * 1.44 ** (2 / 12),
        100 * 1.44 ** (3 / 12),
        100 * 1.44 ** (4 / 12),
        100 * 1.44 ** (5 / 12),
      ],
    },
    {
      name: 'a target still wins over the users at launch when there is no ramp',
      usage: { launchMonth: 0, usersAtLaunch: 250, targetUsers: 40, rampMonths: 0 },
      expected: [40, 40, 40, 40, 40, 40],
    },
    {
      name: 'neither users at launch nor a target: no users',
      usage: { launchMonth: 0, usersAtLaunch: 0, targetUsers: 0, rampMonths: 3 },
      expected: [0, 0, 0, 0, 0, 0],
    },
    {
      name: 'growth of -100% a year: users vanish the month after the ramp ends',
      usage: { launchMonth: 0, targetUsers: 100, rampMonths: 0, userGrowthPerYear: -1 },
      // 100 * 0^(m/12): m=0 -> 0^0 = 1, then 0
      expected: [100, 0, 0, 0, 0, 0],
    },
  ])('$name', ({ usage, expected }) => {
    expectClose(usersOf(usage).users, expected)
  })

  it('queries = users * queries per user; outcomes = queries * outcomes per query', () => {
    const r = computePortfolio(
      portfolio({
        months: 3,
        initiatives: [
          initiative({
            usage: { launchMonth: 1, targetUsers: 40, queriesPerUserPerMonth: 25 },
            value: { outcomesPerQuery: 0.2 },
          }),
        ],
      }),
    )
    const s = r.initiatives[0]!.series
    expectClose(s.queries, [0, 40 * 25, 40 * 25])
    expectClose(s.outcomes, [0, 1000 * 0.2, 1000 * 0.2])
  })

  it('prompt growth of 21% a year grows input tokens from launch: 1000 * 1.21^(m/12)', () => {
    const { tokens } = usersOf({ launchMonth: 1, targetUsers: 1, inputTokensPerQuery: 1000, promptGrowthPerYear: 0.21 })
    expectClose(tokens, [
      0,
      1000,
      1000 * 1.21 ** (1 / 12),
      1000 * 1.21 ** (2 / 12),
      1000 * 1.21 ** (3 / 12),
      1000 * 1.21 ** (4 / 12),
    ])
  })

  it('prompt growth of a launch 12 months before the horizon: a full year of growth at t=0', () => {
    const { tokens } = usersOf(
      { launchMonth: -12, targetUsers: 1, inputTokensPerQuery: 2000, promptGrowthPerYear: 0.5 },
      2,
    )
    expectClose(tokens, [3000, 2000 * 1.5 ** (13 / 12)])
  })

  it('an import giving "monthly users" only (no target): queries and inference cost from launch', () => {
    // 1,200 users, 30 queries each, 1,800 input tokens at $1 per million: 36,000 queries a month,
    // 36,000 * 1,800 / 1e6 * $1 = $64.80 of inference a month from launch (month 1).
    const r = computePortfolio(
      portfolio({
        months: 4,
        priceBook: [model('m1', [price({ inputPerM: 1 })])],
        initiatives: [
          initiative({
            usage: { launchMonth: 1, usersAtLaunch: 1200, queriesPerUserPerMonth: 30, inputTokensPerQuery: 1800 },
          }),
        ],
      }),
    )
    const s = r.initiatives[0]!.series
    expectClose(s.users, [0, 1200, 1200, 1200])
    expectClose(s.queries, [0, 36_000, 36_000, 36_000])
    expectClose(s.cost.inference, [0, 64.8, 64.8, 64.8])
  })
})

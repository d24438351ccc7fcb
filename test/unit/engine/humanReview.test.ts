import { describe, expect, it } from 'vitest'
import { compilePortfolio, computePortfolio, evaluate } from '../../../shared/engine'
import { runScenario } from '../../../shared/engine/scenarios'
import { moveDriver, tornado } from '../../../shared/engine/scenarios/tornado'
import { Portfolio } from '../../../shared/model'
import { lever } from '../scenarios/scenarioFixtures'
import { expectClose, initiative, portfolio, type InitiativePatch } from './fixtures'

/**
 * Human review, worked by hand: 1,000 users x 10 queries = 10,000 queries a month from launch in
 * month 2; 20% reviewed, 3 minutes each, at 45 an hour: 10,000 x 0.2 x 3 / 60 x 45 = 4,500 a month.
 */
const REVIEW = { reviewShare: 0.2, minutesPerReview: 3, costPerReviewerHour: 45 }
const USAGE = { launchMonth: 2, usersAtLaunch: 1_000, targetUsers: 1_000, queriesPerUserPerMonth: 10 }

function reviewed(patch: InitiativePatch = {}, months = 6): Portfolio {
  return portfolio({
    months,
    initiatives: [initiative({ id: 'a', usage: USAGE, ...patch, costs: { ...REVIEW, ...patch.costs } })],
  })
}

describe('human review', () => {
  it('costs share x minutes / 60 x hourly cost per query, from launch', () => {
    const r = computePortfolio(reviewed())
    const a = r.initiatives[0]!
    expectClose(a.series.cost.humanReview, [0, 0, 4_500, 4_500, 4_500, 4_500])
    expect(a.totals.costByDriver.humanReview).toBeCloseTo(18_000, 9)
    expect(a.totals.cost).toBeCloseTo(18_000, 9)
    expect(r.totals.costByDriver.humanReview).toBeCloseTo(18_000, 9)
    // Fully loaded cost per query in the launch month: 4,500 / 10,000.
    expect(a.unitFirst.fullPerQuery).toBeCloseTo(0.45, 12)
  })

  it('the review share falls by its yearly decline, compounded monthly from launch', () => {
    const r = computePortfolio(reviewed({ costs: { reviewDeclinePerYear: 0.5 } }, 27))
    const cost = r.initiatives[0]!.series.cost.humanReview
    expect(cost[2]).toBeCloseTo(4_500, 9)
    // Half a year after launch: 4,500 x 0.5^(6/12); a year: 2,250; two years: 1,125.
    expect(cost[8]).toBeCloseTo(4_500 * Math.SQRT1_2, 9)
    expect(cost[14]).toBeCloseTo(2_250, 9)
    expect(cost[26]).toBeCloseTo(1_125, 9)
  })

  it('a scenario lever halves the review cost from month M', () => {
    const p = reviewed()
    const half = lever({ kind: 'cost', driver: 'humanReview', amount: -0.5, timing: { kind: 'from', month: 4 } })
    const s = runScenario(p, compilePortfolio(p), { id: 's', name: 's', levers: [half] })
    expectClose(s.result.initiatives[0]!.series.cost.humanReview, [0, 0, 4_500, 4_500, 2_250, 2_250])
  })

  it('is a tornado bar whose NPVs are those of the moved inputs, and moves with volume', () => {
    const c = compilePortfolio(reviewed())
    const t = tornado(c, 0.2)
    const bar = t.bars.find((b) => b.key === 'humanReview')
    expect(bar?.label).toBe('Human review cost')
    // Discount rate 0: the NPV moves by 20% of the 18,000 the reviews cost.
    expect(bar?.low).toBeCloseTo(t.center + 3_600, 6)
    expect(bar?.high).toBeCloseTo(evaluate(moveDriver(c, 'humanReview', 1.2)).totals.npv, 6)
    expect(t.bars.find((b) => b.key === 'users')?.high).toBeCloseTo(evaluate(moveDriver(c, 'users', 1.2)).totals.npv, 6)
  })

  it('files written before it existed read as no review', () => {
    const p = reviewed()
    const file = structuredClone(p) as unknown as { initiatives: { costs: Record<string, number> }[] }
    for (const init of file.initiatives) {
      for (const name of ['reviewShare', 'minutesPerReview', 'costPerReviewerHour', 'reviewDeclinePerYear'])
        delete init.costs[name]
    }
    const read = Portfolio.parse(file)
    expect(read.initiatives[0]?.costs.reviewShare).toBe(0)
    expect(computePortfolio(read).totals.costByDriver.humanReview).toBe(0)
  })

  it('refuses a review share above 100% and minutes below zero, naming the rule', () => {
    const bad = reviewed({ costs: { reviewShare: 1.5, minutesPerReview: -1 } })
    const r = Portfolio.safeParse(bad)
    expect(r.success).toBe(false)
    const messages = r.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`) ?? []
    expect(messages).toContain('initiatives.0.costs.reviewShare must be between 0% and 100%')
    expect(messages).toContain('initiatives.0.costs.minutesPerReview must be zero or more')
  })
})

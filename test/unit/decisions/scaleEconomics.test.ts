import { describe, expect, it } from 'vitest'
import { runningMargin, scaleEconomics, yearlyGrowth } from '../../../shared/decisions/scaleEconomics'
import { handResult } from './fixtures'

describe('scale economics', () => {
  it('annualises growth between the first and last 12 months after launch', () => {
    // 36 months, launch at 0: early window 0..11, late window 24..35, 2 years apart.
    // running cost 100/month early, 144/month late -> (1728/1200)^(1/2) - 1 = 1.2 - 1 = 20%/yr
    // value 200/month early, 288*... choose 450/month late -> (5400/2400)^(1/2) - 1 = 1.5 - 1 = 50%/yr
    // outcomes 10/month early, 20/month late: cost per outcome 10 -> 7.2, (0.72)^(1/2) - 1 = -15.147...%/yr
    const r = handResult({
      months: 36,
      cost: (t) => (t < 12 ? 100 : t >= 24 ? 144 : 120),
      value: (t) => (t < 12 ? 200 : t >= 24 ? 450 : 300),
      outcomes: (t) => (t < 12 ? 10 : t >= 24 ? 20 : 15),
      build: (t) => (t === 0 ? 5000 : 0),
    })
    const e = scaleEconomics(r)
    expect(e).not.toBeNull()
    if (!e) return
    expect(e.windowMonths).toBe(12)
    expect(e.earlyStart).toBe(0)
    expect(e.lateStart).toBe(24)
    expect(e.costGrowthPerYear).toBeCloseTo(0.2, 12)
    expect(e.valueGrowthPerYear).toBeCloseTo(0.5, 12)
    const cpo = Math.sqrt(0.72) - 1
    expect(e.costPerOutcomeChangePerYear).toBeCloseTo(cpo, 12)
    // at scale: value 12 * 450 = 5,400 against running cost 12 * 144 = 1,728: margin 3,672 / 5,400 = 68%
    expect(e.valueAtScale).toBe(5400)
    expect(e.runningCostAtScale).toBe(1728)
    expect(e.marginAtScale).toBeCloseTo(0.68, 12)
    // score = 50 * 0.68 + 50 * (clamp(0.5 - 0.2) + clamp(-cpo)) / 2 = 34 + 25 * (0.3 + 0.151471...) = 45.2867...
    expect(e.score).toBeCloseTo(34 + 25 * (0.3 - cpo), 10)
    expect(e.score).toBeCloseTo(45.28679656, 6)
  })

  it('uses halves of the months after launch when fewer than 24 remain', () => {
    // launch at month 10 of 20: 10 months after launch -> windows of 5: 10..14 and 15..19, 5/12 year apart
    const r = handResult({
      months: 20,
      firstActiveMonth: 10,
      cost: (t) => (t < 10 ? 0 : t < 15 ? 10 : 20),
      value: () => 0,
    })
    const e = scaleEconomics(r)
    expect(e?.windowMonths).toBe(5)
    expect(e?.lateStart).toBe(15)
    // cost doubles in 5 months: 2^(12/5) - 1 = 4.2780
    expect(e?.costGrowthPerYear).toBeCloseTo(Math.pow(2, 12 / 5) - 1, 10)
    // no value and no outcomes: margin at scale (0 - 100) / 100 = -1; trend clamp(0 - 4.278, -1, 1) = -1
    expect(e?.marginAtScale).toBe(-1)
    expect(e?.score).toBe(-100)
  })

  it('moves with adoption where fixed costs do not scale: half the volume, a thinner margin, a lower score', () => {
    // 24 months, windows 0..11 and 12..23, one year apart. A fixed running cost of 3,000 a month,
    // 1 per outcome on top, 4 of value per outcome; outcomes 1,000 a month early, 2,000 late.
    const plan = (outcomes: (t: number) => number) =>
      handResult({ months: 24, cost: (t) => 3000 + outcomes(t), value: (t) => 4 * outcomes(t), outcomes })
    const full = scaleEconomics(plan((t) => (t < 12 ? 1000 : 2000)))
    // cost 48,000 -> 60,000: +25%/yr; value 48,000 -> 96,000: +100%/yr; cost per outcome 4 -> 2.5: -37.5%/yr
    // margin at scale (96,000 - 60,000) / 96,000 = 37.5%; trend (0.75 + 0.375) / 2 = 0.5625
    expect(full?.costGrowthPerYear).toBeCloseTo(0.25, 12)
    expect(full?.costPerOutcomeChangePerYear).toBeCloseTo(-0.375, 12)
    expect(full?.marginAtScale).toBeCloseTo(0.375, 12)
    expect(full?.score).toBeCloseTo(50 * 0.375 + 50 * 0.5625, 10) // 46.875
    const half = scaleEconomics(plan((t) => (t < 12 ? 500 : 1000)))
    // cost 42,000 -> 48,000: +1/7 a year; value 24,000 -> 48,000: +100%; cost per outcome 7 -> 4: -3/7
    // margin at scale (48,000 - 48,000) / 48,000 = 0: the fixed cost now eats the whole value.
    // The trend steepens, (6/7 + 3/7) / 2 = 9/14, but the score falls to 50 * 9/14 = 32.14...
    expect(half?.costGrowthPerYear).toBeCloseTo(1 / 7, 12)
    expect(half?.marginAtScale).toBe(0)
    expect(half?.score).toBeCloseTo((50 * 9) / 14, 10)
    expect(half?.score).toBeLessThan(full?.score ?? NaN)
  })

  it('running margin: the share of value left after running cost, or of cost not covered', () => {
    expect(runningMargin(100, 25)).toBe(0.75)
    expect(runningMargin(25, 100)).toBe(-0.75)
    expect(runningMargin(0, 10)).toBe(-1)
    expect(runningMargin(10, 0)).toBe(1)
    expect(runningMargin(0, 0)).toBe(0)
  })

  it('has no answer with fewer than 4 months after launch', () => {
    expect(scaleEconomics(handResult({ months: 12, firstActiveMonth: 9, cost: () => 1, value: () => 1 }))).toBeNull()
  })

  it('caps growth from nothing and treats nothing to nothing as flat', () => {
    expect(yearlyGrowth(0, 0, 1)).toBe(0)
    expect(yearlyGrowth(0, 5, 1)).toBe(10)
    expect(yearlyGrowth(5, 0, 1)).toBe(-1)
  })
})

import { describe, expect, it } from 'vitest'
import { scaleEconomics, yearlyGrowth } from '../../../shared/decisions/scaleEconomics'
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
    // score = 50 * clamp(0.5 - 0.2) + 50 * clamp(-cpo) = 15 + 50 * 0.151471...
    expect(e.score).toBeCloseTo(50 * 0.3 + 50 * -cpo, 10)
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
    // no value and no outcomes: score = 100 * clamp(0 - 4.278, -1, 1) = -100
    expect(e?.score).toBe(-100)
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

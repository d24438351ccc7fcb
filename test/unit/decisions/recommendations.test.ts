import { describe, expect, it } from 'vitest'
import { quadrantOf, recommend, type RecommendationInput } from '../../../shared/decisions/recommendations'
import type { ScaleEconomics } from '../../../shared/decisions/scaleEconomics'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'

const { thresholds, rules } = DEFAULT_SCORING_MODEL
const econ = (valueGrowth: number, costGrowth: number, score: number): ScaleEconomics => ({
  windowMonths: 12,
  earlyStart: 0,
  lateStart: 24,
  valueGrowthPerYear: valueGrowth,
  costGrowthPerYear: costGrowth,
  costPerOutcomeChangePerYear: null,
  score,
})
const base: RecommendationInput = {
  economics: econ(0.5, 0.2, 30),
  strategic: 80,
  evidence: 'measured',
  qualityPassRate: 0.9,
  commoditised: false,
}

describe('quadrants', () => {
  it('splits at the thresholds, inclusive', () => {
    expect(quadrantOf(0, 50, thresholds)).toBe('double_down')
    expect(quadrantOf(-1, 50, thresholds)).toBe('fix')
    expect(quadrantOf(0, 49.9, thresholds)).toBe('harvest')
    expect(quadrantOf(-1, 10, thresholds)).toBe('pull_back')
  })
})

describe('recommendations', () => {
  it('doubles down when economics scale, value is measured, quality holds and it is strategic', () => {
    const r = recommend(base, thresholds, rules)
    expect(r.action).toBe('double_down')
    expect(r.reasons[0]).toBe('scale economics 30 ≥ 0 (value 50%/yr, costs 20%/yr)')
  })

  it('pulls back when costs grow faster than value, with the figures', () => {
    const r = recommend({ ...base, strategic: 20, economics: econ(0.18, 0.42, -20) }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons).toContain('costs grow 42%/yr vs value 18%/yr')
  })

  it('asks a strategic initiative with that trigger to fix the economics instead', () => {
    const r = recommend({ ...base, economics: econ(0.18, 0.42, -20) }, thresholds, rules)
    expect(r.action).toBe('fix')
    expect(r.reasons[0]).toBe('costs grow 42%/yr vs value 18%/yr')
  })

  it('does not trigger within the margin (cost growth 29% vs value 20%, margin 10 points)', () => {
    const r = recommend({ ...base, strategic: 20, economics: econ(0.2, 0.29, 5) }, thresholds, rules)
    expect(r.action).toBe('harvest')
  })

  it('pulls back on inconsistent quality', () => {
    const r = recommend({ ...base, strategic: 20, qualityPassRate: 0.62 }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons).toEqual(['quality inconsistent: 62% of outputs pass, below 70%'])
  })

  it('pulls back an undifferentiated use case that is not strategic', () => {
    const r = recommend({ ...base, strategic: 35, commoditised: true }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons[0]).toBe('undifferentiated: vendors sell this off the shelf, strategic importance 35 below 50')
  })

  it('keeps a commoditised but strategic one', () => {
    expect(recommend({ ...base, commoditised: true }, thresholds, rules).action).toBe('double_down')
  })

  it('asks to prove value first when evidence is anecdotal or quality unmeasured', () => {
    const r = recommend({ ...base, evidence: 'anecdotal', qualityPassRate: null }, thresholds, rules)
    expect(r.action).toBe('prove_value')
    expect(r.reasons).toContain('user value evidence is anecdotal, needs measured')
    expect(r.reasons).toContain('quality not measured')
  })

  it('fixes strategic initiatives whose economics do not scale, harvests lean ones, pulls back the rest', () => {
    expect(recommend({ ...base, economics: econ(0.1, 0.15, -5) }, thresholds, rules).action).toBe('fix')
    expect(recommend({ ...base, strategic: 10 }, thresholds, rules).action).toBe('harvest')
    expect(recommend({ ...base, strategic: 10, economics: econ(0.1, 0.15, -5) }, thresholds, rules).action).toBe(
      'pull_back',
    )
    expect(recommend({ ...base, strategic: null, economics: null }, thresholds, rules).action).toBe('pull_back')
  })
})

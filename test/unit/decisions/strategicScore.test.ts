import { describe, expect, it } from 'vitest'
import { strategicScore } from '../../../shared/decisions/strategicScore'
import { DEFAULT_SCORING_MODEL, DEFAULT_STRATEGY } from '../../../shared/model/strategyDefaults'

describe('strategic importance', () => {
  it('weights each 1..5 score mapped to 0..100 by its share of the weights', () => {
    // weights 30, 30, 15, 25 (sum 100); scores 5, 3, 1, 4 -> (1, 0.5, 0, 0.75)
    // 0.30*100 + 0.30*50 + 0.15*0 + 0.25*75 = 30 + 15 + 0 + 18.75 = 63.75
    const s = strategicScore(
      {
        ...DEFAULT_STRATEGY,
        scores: { 'market-position': 5, 'future-revenue': 3, 'talent-brand': 1, differentiation: 4 },
      },
      DEFAULT_SCORING_MODEL,
    )
    expect(s.score).toBeCloseTo(63.75, 12)
    expect(s.complete).toBe(true)
    expect(s.parts.map((p) => p.points)).toEqual([30, 15, 0, 18.75])
  })

  it('leaves unscored criteria out of the weighting and says it is incomplete', () => {
    // only market-position (30) and differentiation (25) scored: 5 and 1
    // (30/55)*100 + (25/55)*0 = 54.5454...
    const s = strategicScore(
      { ...DEFAULT_STRATEGY, scores: { 'market-position': 5, differentiation: 1 } },
      DEFAULT_SCORING_MODEL,
    )
    expect(s.score).toBeCloseTo(3000 / 55, 10)
    expect(s.complete).toBe(false)
  })

  it('has no score when nothing is scored', () => {
    const s = strategicScore(DEFAULT_STRATEGY, DEFAULT_SCORING_MODEL)
    expect(s.score).toBeNull()
  })

  it('moves when a weight changes', () => {
    const strategy = {
      ...DEFAULT_STRATEGY,
      scores: { 'market-position': 5, 'future-revenue': 1, 'talent-brand': 1, differentiation: 1 },
    }
    const before = strategicScore(strategy, DEFAULT_SCORING_MODEL).score
    const heavier = {
      ...DEFAULT_SCORING_MODEL,
      criteria: DEFAULT_SCORING_MODEL.criteria.map((c) => (c.id === 'market-position' ? { ...c, weight: 70 } : c)),
    }
    // 70 / (70+30+15+25) * 100 = 50
    expect(before).toBeCloseTo(30, 12)
    expect(strategicScore(strategy, heavier).score).toBeCloseTo(50, 12)
  })
})

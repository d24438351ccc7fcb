import type { InitiativeStrategy, ScoringModel } from '../model/strategy'

interface ScorePart {
  criterionId: string
  name: string
  /** Weight as entered. */
  weight: number
  /** Weight divided by the sum of weights of scored criteria. */
  normalisedWeight: number
  /** 1..5, or null when not scored. */
  score: number | null
  /** Points this criterion adds to the 0..100 score. */
  points: number
}

export interface StrategicScore {
  /** 0..100; null when no criterion with a weight is scored. */
  score: number | null
  parts: ScorePart[]
  /** Every weighted criterion has a score. */
  complete: boolean
}

/**
 * Weighted score on 0..100: each criterion's 1..5 score maps linearly to 0..100
 * ((s - 1) / 4 * 100) and is weighted by its share of the weights of the scored
 * criteria, so an unscored criterion neither helps nor hurts (and `complete` says so).
 */
export function strategicScore(strategy: InitiativeStrategy, model: ScoringModel): StrategicScore {
  let scoredWeight = 0
  for (const c of model.criteria) if (strategy.scores[c.id] !== undefined) scoredWeight += c.weight
  const parts = model.criteria.map((c): ScorePart => {
    const s = strategy.scores[c.id] ?? null
    const normalisedWeight = s === null || scoredWeight === 0 ? 0 : c.weight / scoredWeight
    return {
      criterionId: c.id,
      name: c.name,
      weight: c.weight,
      normalisedWeight,
      score: s,
      points: s === null ? 0 : normalisedWeight * ((s - 1) / 4) * 100,
    }
  })
  const complete = model.criteria.every((c) => c.weight === 0 || strategy.scores[c.id] !== undefined)
  return {
    score: scoredWeight === 0 ? null : parts.reduce((sum, p) => sum + p.points, 0),
    parts,
    complete,
  }
}

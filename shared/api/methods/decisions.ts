import { z } from 'zod'
import { ScoringModel } from '../../model/strategy'

/**
 * Decision matrix. Per-initiative strategy and the decision log are initiative fields,
 * edited with 'initiative:edit' (a decision and the review date and stage it sets are one batch).
 */
export const decisionMethods = {
  /** Replaces the portfolio's scoring model, matrix thresholds and recommendation rules. */
  'scoring:update': { params: z.object({ scoring: ScoringModel }), result: ScoringModel },
} as const

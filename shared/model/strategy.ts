import { z } from 'zod'
import { Stage } from './categories'
import { DateString, Id, LongText, Money, NullableDate, ShortText, Share, WholeNumber } from './primitives'

/** One criterion of the portfolio's strategic scoring model. */
export const ScoringCriterion = z.object({
  id: Id,
  name: ShortText.min(1, 'must not be empty'),
  description: LongText,
  /** Relative weight; weights are normalised, so only their ratios matter. */
  weight: z
    .number({ error: 'must be a number' })
    .finite('must be a finite number')
    .min(0, 'must be zero or more')
    .max(100, 'must be 100 or less'),
})
export type ScoringCriterion = z.infer<typeof ScoringCriterion>

/** Where the decision matrix splits its quadrants. */
export const MatrixThresholds = z.object({
  /** Scale-economics score (-100..100) at and above which economics count as improving with scale. */
  scaleEconomics: z
    .number()
    .finite()
    .min(-100, 'must be between -100 and 100')
    .max(100, 'must be between -100 and 100'),
  /** Strategic importance (0..100) at and above which an initiative counts as strategic. */
  strategic: z.number().finite().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
})
export type MatrixThresholds = z.infer<typeof MatrixThresholds>

export const EVIDENCE_LEVELS = ['none', 'anecdotal', 'measured'] as const
export const Evidence = z.enum(EVIDENCE_LEVELS)
export type Evidence = z.infer<typeof Evidence>

/** NPV bound of the economic gate, either way: beyond any portfolio this app holds, and finite. */
const MAX_GATE_NPV = 1e12

/**
 * The money a recommendation to keep investing must show: an NPV above `minNpv`, or (when
 * `strategicCase` is on) a strategic narrative and a review date not yet passed. It applies to
 * Double down and to Prove value (which leads there), and to Harvest / keep lean when `harvest` is on.
 */
export const EconomicGate = z.object({
  /** The NPV over the horizon a recommendation to invest must exceed (0: a positive NPV). */
  minNpv: z
    .number({ error: 'must be a number' })
    .finite('must be a finite number')
    .min(-MAX_GATE_NPV, 'must be between −1,000,000,000,000 and 1,000,000,000,000')
    .max(MAX_GATE_NPV, 'must be between −1,000,000,000,000 and 1,000,000,000,000'),
  /** A strategic narrative with a review date today or later passes the gate whatever the NPV. */
  strategicCase: z.boolean({ error: 'must be true or false' }),
  /** Harvest / keep lean needs the gate too; failing it, Pull back. */
  harvest: z.boolean({ error: 'must be true or false' }),
})
export type EconomicGate = z.infer<typeof EconomicGate>

/** The gate a portfolio saved before it existed gets: a positive NPV, or a strategic case. */
export const DEFAULT_ECONOMIC_GATE: EconomicGate = { minNpv: 0, strategicCase: true, harvest: true }

/** Editable rules behind the recommendations; each names the figure it tests. */
export const RecommendationRules = z.object({
  doubleDown: z.object({
    /** Least user-value evidence needed to double down. */
    minEvidence: Evidence,
    /** Least share of outputs passing the quality bar to double down. */
    minQuality: Share,
  }),
  pullBack: z.object({
    /** Pull back when yearly cost growth exceeds yearly value growth by more than this (0.1 = 10 points). */
    costOverValueGrowthMargin: z.number().finite().min(0, 'must be zero or more').max(10, 'must be 1000% or less'),
    /** Pull back when the share of outputs passing the quality bar is below this. */
    minQuality: Share,
    /** Pull back a commoditised use case unless it is strategic. */
    commoditisedUnlessStrategic: z.boolean(),
  }),
  economicGate: EconomicGate.default(() => ({ ...DEFAULT_ECONOMIC_GATE })),
})
export type RecommendationRules = z.infer<typeof RecommendationRules>

export const ScoringModel = z
  .object({
    criteria: z
      .array(ScoringCriterion)
      .min(1, 'must hold at least one criterion')
      .max(20, 'must hold 20 criteria or fewer'),
    thresholds: MatrixThresholds,
    rules: RecommendationRules,
  })
  .superRefine((m, ctx) => {
    const ids = new Set<string>()
    m.criteria.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `must be unique (${c.id} appears twice)` })
      ids.add(c.id)
    })
    if (m.criteria.reduce((s, c) => s + c.weight, 0) <= 0) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'weights must not all be zero' })
    }
  })
export type ScoringModel = z.infer<typeof ScoringModel>

const Score = WholeNumber.min(1, 'must be a score from 1 to 5').max(5, 'must be a score from 1 to 5')

/** Per initiative: how it scores, what evidence and quality it has, and what the optimiser may do with it. */
export const InitiativeStrategy = z.object({
  /**
   * criterion id -> score 1..5; a criterion without a score is "not scored". Scores of criteria no longer
   * in the model are kept (so undoing a criterion's removal restores them) and ignored.
   */
  scores: z.record(Id, Score),
  userValueEvidence: Evidence,
  /** Share of outputs passing the quality bar in evaluations; null when not measured. */
  qualityPassRate: Share.nullable(),
  /** The capability is sold off the shelf by vendors. */
  commoditised: z.boolean(),
  /** Budget optimiser: 'in' always funds, 'out' never funds, null lets it choose. */
  lock: z.enum(['in', 'out']).nullable(),
  /** Value measured so far (for strategic initiatives past their horizon); null when none. */
  measuredValue: Money.nullable(),
})
export type InitiativeStrategy = z.infer<typeof InitiativeStrategy>

export const DECISIONS = ['scale', 'optimise', 'continue', 'pivot', 'sunset'] as const
export const DecisionKind = z.enum(DECISIONS)
export type DecisionKind = z.infer<typeof DecisionKind>

/** One entry of an initiative's decision log. */
export const DecisionEntry = z.object({
  id: Id,
  date: DateString,
  decision: DecisionKind,
  rationale: LongText.min(1, 'must say why'),
  by: ShortText.min(1, 'must name who decided'),
  /** A decision may set the next review date and the stage. */
  nextReviewDate: NullableDate,
  stage: Stage.nullable(),
})
export type DecisionEntry = z.infer<typeof DecisionEntry>

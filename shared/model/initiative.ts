import { z } from 'zod'
import {
  Id,
  LongText,
  MAX_HORIZON_MONTHS,
  Money,
  Months,
  NullableDate,
  OutcomesPerQuery,
  QueriesPerUser,
  ShortText,
  Share,
  TokensPerQuery,
  Users,
  WholeNumber,
  YearlyRate,
} from './primitives'
import { Stage, ValueType } from './categories'
import { DecisionEntry, InitiativeStrategy } from './strategy'
import { COSTS_SHAPE, COST_INPUTS } from './drivers'
import { InputRange, boundIssues, rangeableInputs } from './ranges'

export { STAGES, Stage, VALUE_TYPES } from './categories'

/** Tolerance for shares that must sum to 1. */
export const SHARE_SUM_TOLERANCE = 1e-9

export const MixEntry = z.object({ modelId: Id, share: Share })
export type MixEntry = z.infer<typeof MixEntry>

/** ROI framing and governance: what the initiative must prove, and when. */
const Governance = z.object({
  owner: ShortText,
  stage: Stage,
  valueType: ValueType,
  hypothesis: LongText,
  successMetric: ShortText,
  baseline: ShortText,
  target: ShortText,
  measurementPlan: LongText,
  reviewDate: NullableDate,
  /** Months the initiative has to prove its value. */
  timeHorizonMonths: WholeNumber.min(1, 'must be at least 1 month').max(240, 'must be 240 months or fewer'),
  strategicNarrative: LongText,
})
type Governance = z.infer<typeof Governance>

export const Usage = z.object({
  /** Month index (0 = horizon start) of launch; negative when launched before the horizon. */
  launchMonth: WholeNumber.min(-240, 'must be -240 or later').max(
    MAX_HORIZON_MONTHS - 1,
    `must fall within the horizon (month ${MAX_HORIZON_MONTHS - 1} at most)`,
  ),
  usersAtLaunch: Users,
  /** Users the ramp reaches; 0 means no target: users stay at usersAtLaunch (rampTargetUsers). */
  targetUsers: Users,
  /** Months of linear ramp from usersAtLaunch to the target; 0 means the target from launch. */
  rampMonths: Months,
  /** Yearly growth of users after the ramp (compounded monthly). */
  userGrowthPerYear: YearlyRate,
  queriesPerUserPerMonth: QueriesPerUser,
  inputTokensPerQuery: TokensPerQuery,
  outputTokensPerQuery: TokensPerQuery,
  /** Yearly growth of input tokens per query (compounded monthly from launch). */
  promptGrowthPerYear: YearlyRate,
  /** Share of input tokens read from cache. */
  cacheHitRate: Share,
  /** Share of input tokens written to cache (billed at the cache-write price). */
  cacheWriteRate: Share,
  /** Share of queries sent at the batch discount. */
  batchShare: Share,
  modelMix: z.array(MixEntry).min(1, 'must name at least one model').max(20, 'must name 20 models or fewer'),
})
export type Usage = z.infer<typeof Usage>

/**
 * The users the ramp reaches: the target, or the users at launch when no target is set (0), so an
 * initiative given only its users at launch keeps them (flat adoption) instead of having none.
 */
export function rampTargetUsers(usage: Pick<Usage, 'usersAtLaunch' | 'targetUsers'>): number {
  return usage.targetUsers > 0 ? usage.targetUsers : usage.usersAtLaunch
}

/** Every cost driver's inputs (drivers/*.ts declare them, with their rules and defaults). */
export const Costs = z.object(COSTS_SHAPE)
export type Costs = z.infer<typeof Costs>

const Value = z.object({
  /** Business outcomes per query: a deflected ticket, a converted lead, an hour saved. */
  outcomesPerQuery: OutcomesPerQuery,
  valuePerOutcome: Money,
  /** Months from launch until value is fully realised (linear ramp); 0 means at once. */
  monthsToFullValue: Months,
  /** Optional fixed monthly value from launch (also ramped). */
  fixedMonthlyValue: Money,
  /** Name of one outcome for display, e.g. "ticket deflected". */
  outcomeName: ShortText,
})
type Value = z.infer<typeof Value>

/** Every input a range can attach to (ranges.ts), keyed by its dotted path. */
export const RANGEABLE_INPUTS = rangeableInputs(Usage.shape, Value.shape, COST_INPUTS)
const RANGEABLE_BY_KEY = new Map(RANGEABLE_INPUTS.map((r) => [r.key, r]))
const RangeKey = z.enum(RANGEABLE_INPUTS.map((r) => r.key) as [string, ...string[]])

/** Ranges by input; each range's figures must pass the input's own rule. */
export const InitiativeRanges = z
  .partialRecord(RangeKey, InputRange, {
    // A record with enum keys reports a key outside the enum as unrecognised (zod's typing omits it).
    error: (issue) => {
      const { code, keys } = issue as { code: string; keys?: string[] }
      return code === 'unrecognized_keys'
        ? `must name numeric inputs of the initiative such as usage.targetUsers (unknown: ${(keys ?? []).join(', ')})`
        : undefined
    },
  })
  .superRefine((ranges, ctx) => {
    for (const [key, range] of Object.entries(ranges)) {
      const input = RANGEABLE_BY_KEY.get(key)
      if (!input || !range) continue
      for (const issue of boundIssues(range.distribution, input.rule))
        ctx.addIssue({ code: 'custom', path: [key, 'distribution', ...issue.path], message: issue.message })
    }
  })
export type InitiativeRanges = z.infer<typeof InitiativeRanges>

const InitiativeBody = z.object({
  id: Id,
  name: ShortText.min(1, 'must not be empty'),
  governance: Governance,
  usage: Usage,
  costs: Costs,
  value: Value,
  /** Strategic scoring, evidence and optimiser lock (decision matrix); defaults apply when absent. */
  strategy: InitiativeStrategy.optional(),
  /** Decision log, oldest first. */
  decisions: z.array(DecisionEntry).max(1000, 'must hold 1,000 decisions or fewer').optional(),
  /** Inputs given as ranges (docs/uncertainty.md); the entered numbers stay the deterministic case. */
  ranges: InitiativeRanges.optional(),
})

/** Rules that span fields. Rules that need the portfolio (model ids, horizon) live in portfolio.ts. */
export const Initiative = InitiativeBody.superRefine((init, ctx) => {
  const mix = init.usage.modelMix
  const sum = mix.reduce((s, m) => s + m.share, 0)
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['usage', 'modelMix'],
      message: `shares must sum to 100% (they sum to ${(sum * 100).toFixed(4)}%)`,
    })
  }
  const ids = new Set<string>()
  mix.forEach((m, i) => {
    if (ids.has(m.modelId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['usage', 'modelMix', i, 'modelId'],
        message: `must name each model once (${m.modelId} appears twice)`,
      })
    }
    ids.add(m.modelId)
  })
  if (init.usage.cacheHitRate + init.usage.cacheWriteRate > 1 + SHARE_SUM_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['usage', 'cacheWriteRate'],
      message: 'cache hit rate plus cache write rate must not exceed 100%',
    })
  }
})
export type Initiative = z.infer<typeof Initiative>

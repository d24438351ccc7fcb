import { z } from 'zod'

/**
 * The distributions a range can take, as saved in a portfolio file; shared/stats compiles them
 * (quantile, CDF, mean, variance) and draws from them.
 */

export interface Triangular {
  kind: 'triangular'
  low: number
  likely: number
  high: number
}

/** Beta-PERT with λ = 4: shapes 1 + 4(likely - low)/(high - low) and 1 + 4(high - likely)/(high - low). */
export interface Pert {
  kind: 'pert'
  low: number
  likely: number
  high: number
}

/** A normal, optionally truncated to [low, high] (either bound may be left out). */
export interface Normal {
  kind: 'normal'
  mean: number
  sd: number
  low?: number | undefined
  high?: number | undefined
}

/** A lognormal stated as a finance user can: median and P90, P10 and P90, or mean and sd. */
export type Lognormal =
  | { kind: 'lognormal'; by: 'medianP90'; median: number; p90: number }
  | { kind: 'lognormal'; by: 'p10P90'; p10: number; p90: number }
  | { kind: 'lognormal'; by: 'meanSd'; mean: number; sd: number }

export interface Uniform {
  kind: 'uniform'
  low: number
  high: number
}

export type Distribution = Triangular | Pert | Normal | Lognormal | Uniform

/**
 * A range as saved in a portfolio file. Messages name the rule; the issue's path names the field
 * (e.g. ['likely'] 'must be at most high'). Every number is finite and within ±1e15, so no draw
 * can overflow what the engine multiplies it by.
 */

export const RANGE_LIMIT = 1e15

const Bounded = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .min(-RANGE_LIMIT, 'must be -1e15 or more')
  .max(RANGE_LIMIT, 'must be 1e15 or less')

const Positive = Bounded.positive('must be greater than zero')

/** A rule between fields: the issue is placed on `field` so the form can show it there. */
function order(ctx: z.RefinementCtx, ok: boolean, field: string, rule: string): void {
  if (!ok) ctx.addIssue({ code: 'custom', path: [field], message: rule })
}

const LowLikelyHigh = z.object({ low: Bounded, likely: Bounded, high: Bounded }).superRefine((r, ctx) => {
  order(ctx, r.low <= r.likely, 'likely', 'must be at least low')
  order(ctx, r.likely <= r.high, 'likely', 'must be at most high')
  order(ctx, r.low <= r.high, 'high', 'must be at least low')
})

const TriangularSchema = z.object({
  kind: z.literal('triangular'),
  low: Bounded,
  likely: Bounded,
  high: Bounded,
})
const PertSchema = z.object({ kind: z.literal('pert'), low: Bounded, likely: Bounded, high: Bounded })
const UniformSchema = z.object({ kind: z.literal('uniform'), low: Bounded, high: Bounded })
const NormalSchema = z.object({
  kind: z.literal('normal'),
  mean: Bounded,
  sd: Positive,
  low: Bounded.optional(),
  high: Bounded.optional(),
})
const LognormalSchema = z.discriminatedUnion(
  'by',
  [
    z.object({ kind: z.literal('lognormal'), by: z.literal('medianP90'), median: Positive, p90: Positive }),
    z.object({ kind: z.literal('lognormal'), by: z.literal('p10P90'), p10: Positive, p90: Positive }),
    z.object({ kind: z.literal('lognormal'), by: z.literal('meanSd'), mean: Positive, sd: Positive }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'must be medianP90, p10P90 or meanSd' : undefined) },
)

/** Orderings between fields, checked after each field's own rule. */
function checkOrderings(d: Distribution, ctx: z.RefinementCtx): void {
  switch (d.kind) {
    case 'triangular':
    case 'pert':
      LowLikelyHigh.safeParse(d).error?.issues.forEach((issue) =>
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message }),
      )
      return
    case 'uniform':
      order(ctx, d.low <= d.high, 'high', 'must be at least low')
      return
    case 'normal':
      if (d.low !== undefined) order(ctx, d.low <= d.mean, 'low', 'must be at most the mean')
      if (d.high !== undefined) order(ctx, d.mean <= d.high, 'high', 'must be at least the mean')
      return
    case 'lognormal':
      if (d.by === 'medianP90') order(ctx, d.p90 > d.median, 'p90', 'must be greater than the median')
      if (d.by === 'p10P90') order(ctx, d.p90 > d.p10, 'p90', 'must be greater than P10')
      // Guards exp(μ + σ z) from overflow at the draws' extreme uniforms (|z| ≤ 8.3).
      if (d.by === 'meanSd') order(ctx, d.sd <= 1000 * d.mean, 'sd', 'must be at most 1,000 times the mean')
      return
  }
}

export const DistributionSchema: z.ZodType<Distribution> = z
  .discriminatedUnion('kind', [TriangularSchema, PertSchema, UniformSchema, NormalSchema, LognormalSchema], {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'must be triangular, pert, uniform, normal or lognormal' : undefined,
  })
  .superRefine(checkOrderings)

/** The simulation's seed as saved and shown: a whole number 0..4,294,967,295. */
export const SeedSchema = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be zero or more')
  .max(0xffff_ffff, 'must be 4,294,967,295 or less')

/** The draw count: 1..100,000 (1,000 gives figures stable to about 1-2 % of the P10–P90 width). */
export const DrawCountSchema = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(100_000, 'must be 100,000 or fewer')

const FactorKey = z
  .string({ error: 'must be text' })
  .min(1, 'must not be empty')
  .max(200, 'must be 200 characters or fewer')

/** How a ranged driver follows a shared factor (see samplingPlan.ts). */
export const FactorLinkSchema = z.object({
  factor: FactorKey,
  correlation: z.number({ error: 'must be a number' }).min(-1, 'must be from -1 to 1').max(1, 'must be from -1 to 1'),
})

/** A shared factor as saved: its key, what users see, and optionally its own distribution. */
export const SharedFactorSchema = z.object({
  key: FactorKey,
  label: z.string({ error: 'must be text' }).max(200, 'must be 200 characters or fewer').optional(),
  distribution: DistributionSchema.optional(),
})

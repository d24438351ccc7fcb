import { z } from 'zod'
import type { DriverInput } from './drivers'
import { DistributionSchema, DrawCountSchema, FactorLinkSchema, SeedSchema, type Distribution } from './distribution'
import { Stage } from './categories'
import { Id, ShortText } from './primitives'

/**
 * Ranges: an initiative's numeric inputs as distributions instead of single numbers, and the
 * portfolio's shared factors (one price path per provider, one adoption factor per stage) that make
 * inputs move together. The method is docs/uncertainty.md; the simulation that uses them lives in
 * shared/jobs/simulation.
 */

/** One input that can carry a range: `usage.targetUsers`, `value.valuePerOutcome`, `costs.platformPerMonth`… */
export interface RangeableInput {
  /** Dotted path, the API's field and the cost grid's column id. */
  key: string
  section: 'usage' | 'value' | 'costs'
  name: string
  /** The input's own rule: a range's figures must each pass it (its bounds). */
  rule: z.ZodNumber
}

/**
 * The inputs a range can attach to, derived from the schemas that declare them (usage and value)
 * and from the cost-driver declarations: every number that is not a whole count of months (a month
 * index or a month count would need its draws rounded; those stay single numbers for now).
 */
export function rangeableInputs(
  usage: Readonly<Record<string, z.ZodType>>,
  value: Readonly<Record<string, z.ZodType>>,
  costs: readonly { name: string; input: DriverInput }[],
): RangeableInput[] {
  const fromShape = (section: 'usage' | 'value', shape: Readonly<Record<string, z.ZodType>>): RangeableInput[] =>
    Object.entries(shape).flatMap(([name, rule]) =>
      rule instanceof z.ZodNumber && !rule.isInt ? [{ key: `${section}.${name}`, section, name, rule }] : [],
    )
  return [
    ...fromShape('usage', usage),
    ...fromShape('value', value),
    ...costs
      .filter(({ input }) => !input.rule.isInt)
      .map(({ name, input }) => ({ key: `costs.${name}`, section: 'costs' as const, name, rule: input.rule })),
  ]
}

/** A range on one input: its distribution, and optionally the shared factor it moves with. */
export const InputRange = z.object({
  distribution: DistributionSchema,
  /** The shared factor this input follows, with the correlation of their normal scores (1 = same rank). */
  follows: FactorLinkSchema.optional(),
})
export type InputRange = z.infer<typeof InputRange>

/** What a shared factor moves besides the inputs that follow it. */
export const FactorMoves = z.discriminatedUnion(
  'kind',
  [
    /** Every price of the provider's models times f^(t/12): the factor is the price a year from now over today's. */
    z.object({ kind: z.literal('prices'), provider: ShortText.min(1, 'must not be empty') }),
    /** Users at launch and target users of every initiative at the stage times the factor (adoption vs plan). */
    z.object({ kind: z.literal('adoption'), stage: Stage }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'must be prices or adoption' : undefined) },
)
export type FactorMoves = z.infer<typeof FactorMoves>

/** Largest multiplier a price or adoption factor may take. */
export const MAX_FACTOR = 100

export const SharedFactor = z.object({
  key: Id,
  label: ShortText,
  /** A multiplier around 1 (price a year from now over today's, adoption over plan). */
  distribution: DistributionSchema,
  /** Absent: the factor only ties together the inputs that follow it. */
  moves: FactorMoves.optional(),
})
export type SharedFactor = z.infer<typeof SharedFactor>

/** The portfolio's simulation settings and shared factors. */
export const Uncertainty = z.object({
  /** Whole number 0..4,294,967,295: same seed, same figures (docs/uncertainty.md). */
  seed: SeedSchema,
  draws: DrawCountSchema,
  factors: z.array(SharedFactor).max(200, 'must hold 200 factors or fewer'),
})
export type Uncertainty = z.infer<typeof Uncertainty>

/** Seed and draws of a portfolio without saved settings. */
export const DEFAULT_UNCERTAINTY: Uncertainty = { seed: 42, draws: 1000, factors: [] }

/** The figures a distribution is stated by, by field (what must pass the input's own rule). */
function statedFigures(d: Distribution): [field: string, value: number][] {
  switch (d.kind) {
    case 'triangular':
    case 'pert':
      return [
        ['low', d.low],
        ['likely', d.likely],
        ['high', d.high],
      ]
    case 'uniform':
      return [
        ['low', d.low],
        ['high', d.high],
      ]
    case 'normal':
      return [
        ['mean', d.mean],
        ...(d.low === undefined ? [] : [['low', d.low] as [string, number]]),
        ...(d.high === undefined ? [] : [['high', d.high] as [string, number]]),
      ]
    case 'lognormal':
      if (d.by === 'medianP90')
        return [
          ['median', d.median],
          ['p90', d.p90],
        ]
      if (d.by === 'p10P90')
        return [
          ['p10', d.p10],
          ['p90', d.p90],
        ]
      return [['mean', d.mean]]
  }
}

/** Issues of a distribution whose stated figures break a rule (an input's, or a factor's bounds), by field. */
export function boundIssues(d: Distribution, rule: z.ZodNumber): { path: string[]; message: string }[] {
  return statedFigures(d).flatMap(([field, value]) => {
    const r = rule.safeParse(value)
    return r.success ? [] : [{ path: [field], message: r.error.issues[0]?.message ?? 'is out of bounds' }]
  })
}

/** The bounds of a factor's multiplier. */
export const FactorMultiplier = z
  .number()
  .min(0, 'must be zero or more')
  .max(MAX_FACTOR, `must be ${MAX_FACTOR} or less`)

import { z } from 'zod'
import { ActualLine, ActualsFormat, AttributionKeyType } from './line'
import { MAX_KEY_CHARS } from './limits'
import { DRIVERS, type Driver } from '../model/drivers'
import { Id, MonthString, NUMBER_LIMITS, ShortText } from '../model/primitives'

/**
 * What the portfolio keeps of what really happened: actual lines read from provider and gateway
 * exports (with their lineage), the rules that attribute them to initiatives, monthly amounts of
 * the other cost drivers, and the measured outcomes. Lines live in their own table (a year of
 * daily FOCUS rows is far larger than the plan); attribution is computed from the stored lines and
 * the rules each time, never baked in at import, so a new rule re-attributes without re-importing.
 */

/** Most stored actual lines (the import limit is 200,000 a file; several sources over years). */
export const MAX_STORED_ACTUAL_LINES = 1_000_000
export const MAX_ATTRIBUTION_RULES = 2000
/** Most non-token amounts and outcome rows: 5,000 initiatives are not all measured monthly. */
export const MAX_ACTUAL_AMOUNTS = 200_000
export const MAX_OUTCOMES = 100_000
/** Most cells one set of amounts or outcomes changes (a paste of a large block). */
export const MAX_CELLS_PER_EDIT = 100_000

const finite = () => z.number({ error: 'must be a number' }).finite('must be a finite number')
const { max: MONEY_MAX, words: MONEY_WORDS } = NUMBER_LIMITS.money

/** Money that may be negative (a credit, a refund, value lost), within the portfolio's money limit. */
export const SignedMoney = finite()
  .min(-MONEY_MAX, `must be -${MONEY_WORDS} or more`)
  .max(MONEY_MAX, `must be ${MONEY_WORDS} or less`)

/** Whole cents, the unit attribution sums exactly in. */
export const Cents = z
  .number()
  .int('must be a whole number of cents')
  .min(-MONEY_MAX * 100)
  .max(MONEY_MAX * 100)

/** The drivers typed or imported as monthly amounts: every declared driver but inference (its actuals are lines). */
export const NON_TOKEN_DRIVERS = DRIVERS.filter((d): d is Exclude<Driver, 'inference'> => d !== 'inference')
export const NonTokenDriver = z.enum(
  NON_TOKEN_DRIVERS as [Exclude<Driver, 'inference'>, ...Exclude<Driver, 'inference'>[]],
)
export type NonTokenDriver = z.infer<typeof NonTokenDriver>

/** A rate that turns one unit of `currency` into the portfolio's currency, for the charges of `month`. */
export const ExchangeRate = z.object({
  month: MonthString,
  currency: z
    .string()
    .trim()
    .transform((c) => c.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO currency code such as EUR')),
  rate: finite().gt(0, 'must be more than 0').max(1e6, 'must be 1,000,000 or less'),
})
export type ExchangeRate = z.infer<typeof ExchangeRate>

/** Where a stored line came from, beyond what the reader puts in `lineage`. */
export const LineSource = z.object({
  importId: Id,
  fileName: z.string().min(1).max(260),
  /** ISO 8601 UTC time of the import. */
  importedAt: z.string().max(40),
})
export type LineSource = z.infer<typeof LineSource>

/**
 * An actual line as the portfolio keeps it: the reader's line, the price-book model its name maps
 * to (null: not mapped, flagged), and its cost in the portfolio's currency (the rate of its month
 * applied when the source's currency differs; null on a usage-only line).
 */
export const StoredActualLine = ActualLine.extend({
  priceModelId: Id.nullable(),
  rate: finite().gt(0).max(1e6).nullable(),
  portfolioCost: finite().min(-1e13).max(1e13).nullable(),
  source: LineSource,
})
export type StoredActualLine = z.infer<typeof StoredActualLine>

/** What a matching key is compared with: `*` stands for any run of characters; case is ignored. */
export const KeyPattern = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_KEY_CHARS, `must be ${MAX_KEY_CHARS} characters or fewer`)

/**
 * One attribution rule: lines of `source` (a format, or any) carrying a key of `keyType` that
 * matches `pattern` go `sharePercent` to `initiativeId`, for the months from `validFrom` to
 * `validTo` (inclusive; null is open). Several rules of one source, key type and pattern split a
 * line; shares that add up to less than 100% leave the rest unallocated.
 */
export const AttributionRule = z
  .object({
    id: Id,
    source: z.union([ActualsFormat, z.literal('any')]),
    keyType: AttributionKeyType,
    pattern: KeyPattern,
    initiativeId: Id,
    sharePercent: finite().gt(0, 'must be more than 0%').max(100, 'must be 100% or less'),
    validFrom: MonthString.nullable(),
    validTo: MonthString.nullable(),
  })
  .refine((r) => r.validFrom === null || r.validTo === null || r.validFrom <= r.validTo, {
    message: 'must not end before it starts',
    path: ['validTo'],
  })
export type AttributionRule = z.infer<typeof AttributionRule>

const groupOf = (r: AttributionRule): string => `${r.source}\u001f${r.keyType}\u001f${r.pattern.toLowerCase()}`
const validIn = (r: AttributionRule, month: string): boolean =>
  (r.validFrom === null || r.validFrom <= month) && (r.validTo === null || r.validTo >= month)

/** The rules, in the order they are tried; the shares of one source, key type and pattern add up to 100% at most in any month. */
export const AttributionRules = z
  .array(AttributionRule)
  .max(MAX_ATTRIBUTION_RULES, `must hold ${MAX_ATTRIBUTION_RULES.toLocaleString('en-US')} rules or fewer`)
  .superRefine((rules, ctx) => {
    const ids = new Set<string>()
    const groups = new Map<string, AttributionRule[]>()
    rules.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `must be unique (${r.id} appears twice)` })
      ids.add(r.id)
      groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r])
    })
    rules.forEach((r, i) => {
      // The sum of shares only changes where a rule starts, so checking each start month is enough.
      const month = r.validFrom ?? '0000-01'
      const sum = (groups.get(groupOf(r)) ?? [])
        .filter((o) => validIn(o, month))
        .reduce((s, o) => s + o.sharePercent, 0)
      if (sum > 100 + 1e-9)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'sharePercent'],
          message: `must leave the shares of "${r.pattern}" at 100% or less (they add up to ${Math.round(sum * 100) / 100}%)`,
        })
    })
  })
export type AttributionRules = z.infer<typeof AttributionRules>

/** A monthly actual amount of a driver other than inference, in the portfolio's currency (typed, pasted or imported). */
export const ActualAmount = z.object({
  initiativeId: Id,
  month: MonthString,
  driver: NonTokenDriver,
  amount: SignedMoney,
  source: ShortText,
})
export type ActualAmount = z.infer<typeof ActualAmount>

/** One cell of the amounts grid: null clears it. */
export const ActualAmountCell = ActualAmount.omit({ amount: true, source: true }).extend({
  amount: SignedMoney.nullable(),
  source: ShortText.default(''),
})
export type ActualAmountCell = z.infer<typeof ActualAmountCell>

const Measure = finite().min(-1e13, 'must be -10 trillion or more').max(1e13, 'must be 10 trillion or less')

/**
 * What an initiative achieved in a month, compared with its ROI framing's baseline and target:
 * the measured value of its success metric, the outcomes counted (tickets resolved, claims
 * triaged), the value realised in the portfolio's currency, and who measured it.
 */
export const MeasuredOutcome = z.object({
  initiativeId: Id,
  month: MonthString,
  metricValue: Measure.nullable(),
  outcomesCounted: finite().min(0, 'must be zero or more').max(1e15, 'must be 1,000 trillion or less').nullable(),
  valueRealised: SignedMoney.nullable(),
  source: ShortText,
})
export type MeasuredOutcome = z.infer<typeof MeasuredOutcome>

/** One row of the outcomes grid: `outcome` null clears the initiative's month. */
export const OutcomeCell = z.object({
  initiativeId: Id,
  month: MonthString,
  outcome: MeasuredOutcome.omit({ initiativeId: true, month: true }).nullable(),
})
export type OutcomeCell = z.infer<typeof OutcomeCell>

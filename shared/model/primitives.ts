import { z } from 'zod'

/** Reusable field rules. Messages name the rule; the field path names the field. */

/**
 * The largest value each kind of number may take, with the words a message says it in. Each is
 * generous for any real portfolio (10 trillion in the portfolio's currency, 10 billion users, 100
 * million tokens per query) and small enough that every figure the engine derives from them over
 * the longest horizon stays a finite number: a proof by property test lives in
 * test/unit/model/numberBounds.test.ts, and docs/portfolio-format.md lists them.
 */
export const NUMBER_LIMITS = {
  /** Any amount of money in the portfolio's currency: costs, values, budgets, per query or per month. */
  money: { max: 1e13, words: '10 trillion' },
  /** Active users per month. */
  users: { max: 1e10, words: '10 billion' },
  queriesPerUserPerMonth: { max: 1e6, words: '1 million' },
  tokensPerQuery: { max: 1e8, words: '100 million' },
  /** A price per million tokens. */
  pricePerMillionTokens: { max: 1e6, words: '1 million' },
  outcomesPerQuery: { max: 1e6, words: '1 million' },
  /** Full-time equivalents, or FTE-months of effort. */
  effort: { max: 1e6, words: '1 million' },
} as const satisfies Record<string, { max: number; words: string }>

export type NumberKind = keyof typeof NUMBER_LIMITS

/** Longest horizon, in months; month indices of levers and launches are bounded by it too. */
export const MAX_HORIZON_MONTHS = 120

const finiteNumber = () => z.number({ error: 'must be a number' }).finite('must be a finite number')

/** Zero up to the limit of its kind, e.g. `boundedAmount('users')`: 'must be 10 billion or less'. */
export function boundedAmount(kind: NumberKind) {
  const { max, words } = NUMBER_LIMITS[kind]
  return finiteNumber().min(0, 'must be zero or more').max(max, `must be ${words} or less`)
}

export const Money = boundedAmount('money')
export const Users = boundedAmount('users')
export const QueriesPerUser = boundedAmount('queriesPerUserPerMonth')
export const TokensPerQuery = boundedAmount('tokensPerQuery')
export const OutcomesPerQuery = boundedAmount('outcomesPerQuery')
export const Effort = boundedAmount('effort')

/** A share between 0 and 1 inclusive (shown as a percentage in the UI). */
export const Share = finiteNumber().min(0, 'must be between 0% and 100%').max(1, 'must be between 0% and 100%')

/** A yearly growth or decline rate; -100% floors it, 1000% caps nonsense. */
export const YearlyRate = finiteNumber().min(-1, 'must be -100% or more').max(10, 'must be 1000% or less')

export const WholeNumber = z.number({ error: 'must be a number' }).int('must be a whole number')

export const Months = WholeNumber.min(0, 'must be zero or more').max(240, 'must be 240 months or fewer')

/** A month index within the longest horizon (0 = the portfolio's start month). */
export const HorizonMonth = z
  .number({ error: 'must be a number' })
  .int('must be a whole number of months')
  .min(0, 'must be month 0 or later')
  .max(MAX_HORIZON_MONTHS - 1, `must fall within the horizon (month ${MAX_HORIZON_MONTHS - 1} at most)`)

export const Id = z
  .string({ error: 'must be text' })
  .min(1, 'must not be empty')
  .max(64, 'must be 64 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may hold only letters, digits, dot, colon, dash and underscore')

export const ShortText = z.string({ error: 'must be text' }).max(200, 'must be 200 characters or fewer')
export const LongText = z.string({ error: 'must be text' }).max(10_000, 'must be 10,000 characters or fewer')

/** Calendar month as YYYY-MM. */
export const MonthString = z
  .string({ error: 'must be text' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')

/** Calendar date as YYYY-MM-DD. */
export const DateString = z
  .string({ error: 'must be text' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD')

export const NullableDate = DateString.nullable()

import { z } from 'zod'

/** Reusable field rules. Messages name the rule; the field path names the field. */

export const Money = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .min(0, 'must be zero or more')

export const NonNegative = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .min(0, 'must be zero or more')

/** A share between 0 and 1 inclusive (shown as a percentage in the UI). */
export const Share = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .min(0, 'must be between 0% and 100%')
  .max(1, 'must be between 0% and 100%')

/** A yearly growth or decline rate; -100% floors it, 1000% caps nonsense. */
export const YearlyRate = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .min(-1, 'must be -100% or more')
  .max(10, 'must be 1000% or less')

export const WholeNumber = z.number({ error: 'must be a number' }).int('must be a whole number')

export const Months = WholeNumber.min(0, 'must be zero or more').max(240, 'must be 240 months or fewer')

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

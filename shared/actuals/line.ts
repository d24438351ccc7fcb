import { z } from 'zod'
import { MAX_KEY_CHARS, MAX_KEYS_PER_LINE, MAX_LINE_COST, MAX_LINE_TOKENS, MAX_TEXT_CHARS } from './limits'

/**
 * The normalised actual line: what every reader produces, one record per source key and UTC
 * calendar month after the daily rows are rolled up. The storage step attributes lines to
 * initiatives, maps the model to the price book and applies the cost-of-record rule on top.
 */

/** Every export format a reader exists for; `mapped` is any CSV/XLSX read through a column mapping. */
export const ACTUALS_FORMATS = [
  'focus',
  'openai-usage',
  'openai-costs',
  'anthropic-usage',
  'anthropic-cost',
  'aws-cur',
  'litellm',
  'langfuse',
  'helicone',
  'mapped',
] as const
export const ActualsFormat = z.enum(ACTUALS_FORMATS)
export type ActualsFormat = z.infer<typeof ActualsFormat>

/** How a cost was arrived at: billed (the invoice), effective (amortised), list (before discounts), estimated (a gateway's price list). */
export const CostBasis = z.enum(['billed', 'effective', 'list', 'estimated'])
export type CostBasis = z.infer<typeof CostBasis>

/**
 * What kind of charge a line is. Credits and refunds are negative; tax and adjustments may be
 * either sign; a purchase is a commitment bought up front (FOCUS Purchase, AWS fees).
 */
export const ChargeCategory = z.enum(['usage', 'credit', 'refund', 'tax', 'adjustment', 'purchase'])
export type ChargeCategory = z.infer<typeof ChargeCategory>

/** The kinds of key an attribution rule can match. */
export const ATTRIBUTION_KEY_TYPES = [
  'initiative',
  'project',
  'workspace',
  'apiKey',
  'tag',
  'label',
  'team',
  'user',
  'traceName',
  'principal',
  'account',
  'resource',
] as const
export const AttributionKeyType = z.enum(ATTRIBUTION_KEY_TYPES)
export type AttributionKeyType = z.infer<typeof AttributionKeyType>

/** One key found in a row: a tag is written "key=value" (or the bare text of a tag without a value). */
export const AttributionKey = z.object({
  type: AttributionKeyType,
  value: z.string().min(1).max(MAX_KEY_CHARS),
})
export type AttributionKey = z.infer<typeof AttributionKey>

const tokenCount = z.number().int().min(0).max(MAX_LINE_TOKENS).nullable()

/**
 * Token counts that never overlap; null is unknown (the source did not say), 0 is none.
 * `inputUnsplit` holds input tokens the source reports without saying how many were cache reads
 * or writes (Langfuse daily metrics, a mapped CSV with one input column); it is null whenever the
 * source gives the split.
 */
export const LineTokens = z.object({
  uncachedInput: tokenCount,
  cacheRead: tokenCount,
  cacheWrite: tokenCount,
  output: tokenCount,
  inputUnsplit: tokenCount,
})
export type LineTokens = z.infer<typeof LineTokens>

const money = z.number().min(-MAX_LINE_COST).max(MAX_LINE_COST)
const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day such as 2026-01-31')
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-01')

/** The amounts of one line or of one of its days. */
export const LineAmounts = z.object({
  tokens: LineTokens,
  requests: z.number().int().min(0).max(MAX_LINE_TOKENS).nullable(),
  /** In `currency`; null when the source gives no cost (a usage report). */
  cost: money.nullable(),
})
export type LineAmounts = z.infer<typeof LineAmounts>

/**
 * One UTC day of a line, kept so that a later import covering that day replaces it. `day` is null
 * for a source that only gives months. `rowKey` is stable across imports of the same source.
 */
export const LineDay = LineAmounts.extend({
  day: isoDay.nullable(),
  rowKey: z.string().min(1).max(64),
  /** First source row (as the file numbers it) that fed this day, for messages. */
  sourceRow: z.number().int().min(0),
  sourceRows: z.number().int().min(1),
})
export type LineDay = z.infer<typeof LineDay>

export const ActualLine = LineAmounts.extend({
  month: isoMonth,
  /** Who was paid: "OpenAI", "Anthropic", "AWS", "Microsoft", "Google Cloud", or the gateway's provider name. */
  provider: z.string().min(1).max(MAX_TEXT_CHARS),
  /** As the source writes it ("gpt-4.1-mini-2025-04-14", "Claude3.5Sonnet"); '' when the row names no model (tax). */
  model: z.string().max(MAX_TEXT_CHARS),
  serviceTier: z.string().max(MAX_TEXT_CHARS).nullable(),
  /** Upper-case ISO 4217 code; null only when cost is null. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  costBasis: CostBasis.nullable(),
  chargeCategory: ChargeCategory,
  keys: z.array(AttributionKey).max(MAX_KEYS_PER_LINE),
  lineage: z.object({
    format: ActualsFormat,
    /** The account, organisation or gateway the rows came from; re-imports replace within one scope. */
    scope: z.string().max(MAX_TEXT_CHARS),
    /** Stable across imports: the same source key and month gives the same lineKey. */
    lineKey: z.string().min(1).max(64),
    days: z.array(LineDay).min(1).max(31),
  }),
})
export type ActualLine = z.infer<typeof ActualLine>

/** The days of one scope a file covers (inclusive); an import replaces what was stored for those days. */
export const Coverage = z.object({
  format: ActualsFormat,
  scope: z.string().max(MAX_TEXT_CHARS),
  from: isoDay,
  to: isoDay,
})
export type Coverage = z.infer<typeof Coverage>

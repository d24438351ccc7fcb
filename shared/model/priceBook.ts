import { z } from 'zod'
import { boundedAmount, DateString, Id, LongText, NUMBER_LIMITS, ShortText, Share, WholeNumber } from './primitives'

/** A price per million tokens; null means unknown (unpriced), never a silent zero. */
export const PricePerM = boundedAmount('pricePerMillionTokens').nullable()

/**
 * The per-million-token prices of a dated price and of its long-context tier, in the order the app
 * shows them: input, cache read, cache write, output. Every list of price fields is this one.
 */
export const PRICE_FIELDS = [
  'inputPerM',
  'cachedInputPerM',
  'cacheWritePerM',
  'outputPerM',
] as const satisfies readonly (keyof ModelPrice & keyof LongContextTier)[]
export type PriceField = (typeof PRICE_FIELDS)[number]

export const LongContextTier = z.object({
  /** Requests whose input tokens exceed this are billed entirely at the tier's prices. */
  thresholdTokens: WholeNumber.min(1, 'must be at least 1 token').max(
    NUMBER_LIMITS.tokensPerQuery.max,
    `must be ${NUMBER_LIMITS.tokensPerQuery.words} or less`,
  ),
  inputPerM: PricePerM,
  cachedInputPerM: PricePerM,
  cacheWritePerM: PricePerM,
  outputPerM: PricePerM,
})
export type LongContextTier = z.infer<typeof LongContextTier>

/** One dated price of a model: in force from effectiveFrom until the next dated price. */
export const ModelPrice = z.object({
  effectiveFrom: DateString,
  inputPerM: PricePerM,
  /** Cache read price. */
  cachedInputPerM: PricePerM,
  cacheWritePerM: PricePerM,
  outputPerM: PricePerM,
  /** Discount on batch-API requests, e.g. 0.5 for 50% off. */
  batchDiscount: Share,
  longContext: LongContextTier.nullable(),
  /** Where the price comes from: a URL, a contract reference, a note. */
  source: LongText,
})
export type ModelPrice = z.infer<typeof ModelPrice>

export const PriceBookModel = z
  .object({
    id: Id,
    provider: ShortText.min(1, 'must not be empty'),
    name: ShortText.min(1, 'must not be empty'),
    /** Dated prices; may be empty (the model is then unpriced). */
    prices: z.array(ModelPrice).max(100, 'must hold 100 dated prices or fewer'),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>()
    m.prices.forEach((p, i) => {
      if (seen.has(p.effectiveFrom)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prices', i, 'effectiveFrom'],
          message: `must be unique: another price of this model is already in force from ${p.effectiveFrom}`,
        })
      }
      seen.add(p.effectiveFrom)
    })
  })
export type PriceBookModel = z.infer<typeof PriceBookModel>

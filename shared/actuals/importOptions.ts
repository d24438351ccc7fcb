import { z } from 'zod'
import { ModelAlias } from '../modelNames/aliases'
import { ExchangeRate } from './stored'
import { MAPPED_FIELDS, type MappedField } from './formats/mappedColumns'
import { ActualsFormat, AttributionKey, AttributionKeyType, CostBasis } from './line'
import { MAX_KEYS_PER_LINE, MAX_TEXT_CHARS } from './limits'

/**
 * What the person says about an actuals file before it is read: its format (detected when absent),
 * how to read its cost and prompt tokens, keys every row carries, the column mapping of an unknown
 * tool's CSV/XLSX, exchange rates per month for a currency other than the portfolio's, and the
 * price-book model each unmapped model name means (saved as the portfolio's model aliases).
 */

const Header = z.string().min(1).max(200)

export const ActualsMappingSchema = z
  .object({
    columns: z.object(
      Object.fromEntries(MAPPED_FIELDS.map((f) => [f, Header.optional()])) as Record<
        MappedField,
        z.ZodOptional<typeof Header>
      >,
    ),
    keyType: AttributionKeyType.optional(),
    source: z.string().min(1).max(MAX_TEXT_CHARS).optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO currency code')
      .optional(),
    costBasis: CostBasis.optional(),
    tokenUnit: z.string().max(50).optional(),
    provider: z.string().min(1).max(MAX_TEXT_CHARS).optional(),
  })
  .strict()

export const MAX_RATES = 1200
export const MAX_MODEL_CHOICES = 5000

export const ActualsImportOptions = z
  .object({
    format: ActualsFormat.optional(),
    focusCost: z.enum(['billed', 'effective', 'list']).optional(),
    promptTokens: z.enum(['auto', 'include-cache', 'exclude-cache']).optional(),
    fileKeys: z.array(AttributionKey).max(MAX_KEYS_PER_LINE).optional(),
    mapping: ActualsMappingSchema.optional(),
    /** XLSX only: the worksheet to read; the first one holding any cell when absent. */
    sheet: z.string().max(200).optional(),
    rates: z.array(ExchangeRate).max(MAX_RATES).default([]),
    models: z.array(ModelAlias).max(MAX_MODEL_CHOICES).default([]),
  })
  .strict()
export type ActualsImportOptions = z.input<typeof ActualsImportOptions>

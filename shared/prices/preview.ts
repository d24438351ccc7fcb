import { z } from 'zod'
import { MATCH_KINDS, ModelAliases } from '../modelNames'
import { LongContextTier, ModelPrice, PRICE_FIELDS, PriceBookModel } from '../model/priceBook'
import { DateString, Id } from '../model/primitives'

/** The fields of a dated price an update compares and may change. */
const UPDATE_FIELDS = [...PRICE_FIELDS, 'batchDiscount', 'longContext'] as const
export const UpdateField = z.enum(UPDATE_FIELDS)
export type UpdateField = z.infer<typeof UpdateField>

const FieldValue = z.union([z.number(), z.null(), LongContextTier])

/** One field whose value changes: the value in force on the effective date, and the file's. */
export const FieldChange = z.object({ field: UpdateField, before: FieldValue, after: FieldValue })
export type FieldChange = z.infer<typeof FieldChange>

/**
 * What the update does to one price-book model the file lists:
 * - changed: a dated price is added (`price`), effective from the chosen date;
 * - unchanged: every price the file gives equals the one in force: nothing is added;
 * - new: a model the person chose to add from the file, with its first dated price;
 * - ambiguous: several entries of the file match it with different prices: the person picks one;
 * - blocked: a price cannot be added (`reason`: a price of that date exists already, the model holds 100).
 */
const UpdateStatus = z.enum(['changed', 'unchanged', 'new', 'ambiguous', 'blocked'])
type UpdateStatus = z.infer<typeof UpdateStatus>

/** An entry of the file, briefly: its name and its prices per million tokens (null: not in the file). */
export const EntrySummary = z.object({
  name: z.string(),
  /** Who bills it, as the app names platforms ("OpenAI", "Amazon Bedrock"), or null. */
  platform: z.string().nullable(),
  /** The file's display name for it, when it gives one. */
  label: z.string().nullable(),
  inputPerM: z.number(),
  outputPerM: z.number(),
  cachedInputPerM: z.number().nullable(),
  cacheWritePerM: z.number().nullable(),
})
export type EntrySummary = z.infer<typeof EntrySummary>

export const UpdateRow = z.object({
  status: UpdateStatus,
  modelId: Id,
  modelName: z.string(),
  provider: z.string(),
  /** Initiatives whose model mix names the model. */
  usedBy: z.number().int(),
  /** The file's entry the price comes from (empty while ambiguous). */
  entry: z.string(),
  /** How the entry's name was matched to the model ('saved' for a choice of the person). */
  match: z.enum(MATCH_KINDS),
  /** Ambiguous: the entries to choose from. */
  candidates: z.array(EntrySummary),
  /** The fields that change, with the value in force and the file's. */
  changes: z.array(FieldChange),
  /** Fields the file does not give: they keep the value in force (or stay unknown for a new model). */
  kept: z.array(UpdateField),
  /** The price in force on the effective date that the update compares with, or null (none yet). */
  inForceFrom: DateString.nullable(),
  /** Things a person should know: a batch discount not taken, a tier left out, a later price. */
  notes: z.array(z.string()),
  /** Blocked: why. */
  reason: z.string().nullable(),
  /** The dated price added (changed, new), or null. */
  price: ModelPrice.nullable(),
})
export type UpdateRow = z.infer<typeof UpdateRow>

/** An entry matching no model of the price book (or left out by the person's choice). */
export const UnusedEntry = EntrySummary.extend({
  /** Left out by a saved choice ("none of the price book's models"). */
  leftOut: z.boolean(),
  /** Models it matches equally well, when several do. */
  candidates: z.array(Id),
})
export type UnusedEntry = z.infer<typeof UnusedEntry>

export const RefusedEntry = z.object({
  name: z.string(),
  reason: z.string(),
  /** The price-book model it matches, when it matches one: such a refusal matters most. */
  modelId: Id.nullable(),
})
export type RefusedEntry = z.infer<typeof RefusedEntry>

export const PriceUpdatePreview = z.object({
  format: z.enum(['litellm', 'openrouter']),
  /** "LiteLLM price map" or "OpenRouter models list". */
  formatLabel: z.string(),
  fileName: z.string(),
  effectiveFrom: DateString,
  readOn: DateString,
  /** One row per price-book model the file lists, in price-book order, then the models added. */
  rows: z.array(UpdateRow),
  /** Entries matching no price-book model: hidden by default in the app. */
  unused: z.array(UnusedEntry),
  refused: z.array(RefusedEntry),
  /** Entries that price something else than text per token (embedding, image_generation...), by mode. */
  skipped: z.array(z.object({ mode: z.string(), count: z.number().int() })),
  /** Price-book models no entry of the file matches. */
  notInFile: z.array(z.object({ modelId: Id, name: z.string() })),
  /** Notes on the request: a model to add that the file does not list... */
  warnings: z.array(z.string()),
  counts: z.object({
    entries: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    added: z.number().int(),
    ambiguous: z.number().int(),
    blocked: z.number().int(),
    unused: z.number().int(),
    refused: z.number().int(),
    skipped: z.number().int(),
  }),
})
export type PriceUpdatePreview = z.infer<typeof PriceUpdatePreview>

/**
 * The models an update touched and the saved names, as they were or are: `model: null` where the
 * model did not exist, `aliases: null` where the portfolio saved no names. Undo writes the state
 * before, redo the state after, each as one transaction.
 */
export const PriceBookState = z.object({
  models: z.array(z.object({ id: Id, model: PriceBookModel.nullable() })).max(1000),
  aliases: ModelAliases.nullable(),
})
export type PriceBookState = z.infer<typeof PriceBookState>

export const PriceUpdateApplied = z.object({
  before: PriceBookState,
  after: PriceBookState,
  pricesAdded: z.number().int(),
  modelsAdded: z.number().int(),
})
export type PriceUpdateApplied = z.infer<typeof PriceUpdateApplied>

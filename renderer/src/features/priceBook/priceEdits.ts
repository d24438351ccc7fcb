/**
 * Turning typed price-book text into model changes. Numbers are read by the app's one number reader
 * (shared/imports/numberText), as the grid and the detail fields read them. An empty price or the
 * word "unpriced" means unknown (null), never 0; text that is no number is passed on as typed so the
 * API names the rule.
 */
import { amountOrTyped } from '../../../../shared/imports/numberText'
import type { ModelPrice, PriceBookModel } from '../../../../shared/model'
import { PRICE_FIELDS, type PriceField } from '../../../../shared/model/priceBook'

export { PRICE_FIELDS, type PriceField }

export const PRICE_FIELD_LABELS: Record<PriceField, string> = {
  inputPerM: 'Input',
  cachedInputPerM: 'Cached input',
  cacheWritePerM: 'Cache write',
  outputPerM: 'Output',
}

/** A price per 1M tokens: "" or "unpriced" -> null, "2.5" -> 2.5, anything else as typed. */
export function parsePriceText(text: string): number | null | string {
  const t = text.trim()
  if (t === '' || t.toLowerCase() === 'unpriced') return null
  return amountOrTyped(t)
}

/**
 * The model with one field of one dated price replaced. The value may be a string the schema
 * refuses: the API validates the whole model and its message is shown, the file is untouched.
 */
export function withPriceField(
  model: PriceBookModel,
  index: number,
  field: keyof ModelPrice,
  value: unknown,
): PriceBookModel {
  const prices = model.prices.map((p, i) => (i === index ? ({ ...p, [field]: value } as ModelPrice) : p))
  return { ...model, prices }
}

/** A model id from provider and name: "openai-gpt-4-1-mini". */
export function modelIdFrom(provider: string, name: string, taken: ReadonlySet<string>): string {
  const base =
    `${provider}-${name}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'model'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${String(n)}`
  return id
}

const FIELD_NAMES: Record<string, string> = {
  effectiveFrom: 'Effective from',
  inputPerM: 'Input price',
  cachedInputPerM: 'Cached input price',
  cacheWritePerM: 'Cache write price',
  outputPerM: 'Output price',
  batchDiscount: 'Batch discount',
  source: 'Source',
  thresholdTokens: 'Long-context threshold',
  provider: 'Provider',
  name: 'Model name',
  id: 'Model id',
}

/**
 * A refused price-book save as one line a person reads: "Output price: must be zero or more".
 * The API names fields by path ('model.prices.2.longContext.inputPerM'); the last name is enough
 * here, with "long-context" added when the tier is meant.
 */
export function priceBookRefusal(error: { message: string; issues?: { field: string; rule: string }[] }): string {
  if (!error.issues || error.issues.length === 0) return error.message
  return error.issues
    .map((i) => {
      const parts = i.field.split('.')
      const last = parts[parts.length - 1] ?? i.field
      const name = FIELD_NAMES[last] ?? last
      return `${parts.includes('longContext') && last !== 'thresholdTokens' ? `Long-context ${name.toLowerCase()}` : name}: ${i.rule}`
    })
    .join('; ')
}

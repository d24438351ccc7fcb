import { PRICE_FIELDS, type LongContextTier, type ModelPrice } from '../model/priceBook'
import type { FilePrice, FileTier } from './entryPrice'
import type { FieldChange, UpdateField } from './preview'

/** Field names as the preview and a price's source say them. */
export const FIELD_WORDS: Readonly<Record<UpdateField, string>> = {
  inputPerM: 'input',
  cachedInputPerM: 'cache read',
  cacheWritePerM: 'cache write',
  outputPerM: 'output',
  batchDiscount: 'batch discount',
  longContext: 'long-context tier',
}

/** The values of a dated price, without its date and source. */
export type PriceValues = Omit<ModelPrice, 'effectiveFrom' | 'source'>

export interface MergedPrice {
  values: PriceValues
  changes: FieldChange[]
  /** Fields the file does not give: they keep the value in force (unknown, or no batch discount, without one). */
  kept: UpdateField[]
  notes: string[]
}

const sameTier = (a: LongContextTier | null, b: LongContextTier | null): boolean =>
  a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b))

/**
 * The file's tier, its missing prices taken from the tier in force when that tier starts at the same
 * threshold, otherwise unknown (null): a tier from another threshold says nothing about this one.
 */
function mergeTier(inForce: LongContextTier | null, file: FileTier, notes: string[]): LongContextTier {
  const same = inForce !== null && inForce.thresholdTokens === file.thresholdTokens ? inForce : null
  const tier: LongContextTier = {
    thresholdTokens: file.thresholdTokens,
    inputPerM: null,
    cachedInputPerM: null,
    cacheWritePerM: null,
    outputPerM: null,
  }
  const unknown: string[] = []
  for (const f of PRICE_FIELDS) {
    const given = file.prices[f]
    tier[f] = given ?? same?.[f] ?? null
    if (given === undefined && same === null) unknown.push(FIELD_WORDS[f])
  }
  if (unknown.length > 0)
    notes.push(`The file's long-context tier gives no ${unknown.join(', ')} price: unknown in the new price.`)
  return tier
}

/**
 * The price the file gives laid over the price in force: a field the file gives replaces the value in
 * force, a field it does not give keeps it (with no price in force: unknown prices, no batch
 * discount, no tier). `changes` lists the fields whose value differs; none means the file agrees with
 * the price book and nothing is added.
 */
export function mergePrice(inForce: ModelPrice | null, file: FilePrice): MergedPrice {
  const notes: string[] = []
  const changes: FieldChange[] = []
  const kept: UpdateField[] = []
  const values: PriceValues = {
    inputPerM: inForce?.inputPerM ?? null,
    cachedInputPerM: inForce?.cachedInputPerM ?? null,
    cacheWritePerM: inForce?.cacheWritePerM ?? null,
    outputPerM: inForce?.outputPerM ?? null,
    batchDiscount: inForce?.batchDiscount ?? 0,
    longContext: inForce?.longContext ?? null,
  }
  for (const f of PRICE_FIELDS) {
    const given = file.prices[f]
    if (given === undefined) kept.push(f)
    else if (given !== values[f]) {
      changes.push({ field: f, before: values[f], after: given })
      values[f] = given
    }
  }
  if (file.batchDiscount === undefined) kept.push('batchDiscount')
  else if (file.batchDiscount !== values.batchDiscount) {
    changes.push({ field: 'batchDiscount', before: values.batchDiscount, after: file.batchDiscount })
    values.batchDiscount = file.batchDiscount
  }
  if (file.longContext === undefined) kept.push('longContext')
  else {
    const tier = mergeTier(values.longContext, file.longContext, notes)
    if (!sameTier(tier, values.longContext)) {
      changes.push({ field: 'longContext', before: values.longContext, after: tier })
      values.longContext = tier
    }
  }
  return { values, changes, kept, notes }
}

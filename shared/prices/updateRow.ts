import { matchRank, platformLabel, platformOf, type MatchKind } from '../modelNames'
import { PriceBookModel, type ModelPrice } from '../model/priceBook'
import { nextPriceAfter, priceInForce } from '../model/priceInForce'
import type { FilePrice } from './entryPrice'
import { FIELD_WORDS, mergePrice, type PriceValues } from './mergePrice'
import type { FileEntry } from './priceFile'
import type { EntrySummary, UpdateRow } from './preview'
import { formatDate } from '../display/dates'

/** An entry of the file matched to a price-book model, with its price. */
export interface MatchedEntry {
  entry: FileEntry
  price: FilePrice
  kind: MatchKind
}

/** What every row of one update shares. */
export interface UpdateContext {
  fileName: string
  formatLabel: string
  effectiveFrom: string
  readOn: string
}

export function entrySummary(entry: FileEntry, price: FilePrice): EntrySummary {
  return {
    name: entry.name,
    platform: entry.platform === null ? null : platformLabel(platformOf(entry.platform)),
    label: entry.label,
    inputPerM: price.prices.inputPerM,
    outputPerM: price.prices.outputPerM,
    cachedInputPerM: price.prices.cachedInputPerM ?? null,
    cacheWritePerM: price.prices.cacheWritePerM ?? null,
  }
}

/** Where a price added by the update comes from, and which of its fields were kept from the price in force. */
function sourceText(ctx: UpdateContext, entry: FileEntry, kept: readonly string[], inForceFrom: string | null): string {
  const read = `${ctx.formatLabel} "${ctx.fileName}", entry "${entry.name}", read ${ctx.readOn}`
  if (kept.length === 0 || inForceFrom === null) return read
  return `${read}; not in the file, kept from the price of ${inForceFrom}: ${kept.join(', ')}`
}

export function datedPrice(
  values: PriceValues,
  ctx: UpdateContext,
  entry: FileEntry,
  kept: readonly string[],
  inForceFrom: string | null,
): ModelPrice {
  return { ...values, effectiveFrom: ctx.effectiveFrom, source: sourceText(ctx, entry, kept, inForceFrom) }
}

/** The entries of the strongest match; the file's several names for one model (gpt-4.1, gpt-4.1-2025-04-14) agree or not. */
function strongest(matched: readonly MatchedEntry[]): MatchedEntry[] {
  const best = Math.min(...matched.map((m) => matchRank(m.kind)))
  return matched.filter((m) => matchRank(m.kind) === best)
}

const samePrice = (a: FilePrice, b: FilePrice): boolean =>
  JSON.stringify([a.prices, a.batchDiscount, a.longContext]) ===
  JSON.stringify([b.prices, b.batchDiscount, b.longContext])

/** Prices sorted by date, so the file reads in order. */
const withPrice = (model: PriceBookModel, price: ModelPrice): ModelPrice[] =>
  [...model.prices, price].toSorted((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
  )

function blankRow(model: PriceBookModel, usedBy: number, match: MatchKind): UpdateRow {
  return {
    status: 'unchanged',
    modelId: model.id,
    modelName: model.name,
    provider: model.provider,
    usedBy,
    entry: '',
    match,
    candidates: [],
    changes: [],
    kept: [],
    inForceFrom: null,
    notes: [],
    reason: null,
    price: null,
  }
}

/**
 * The row of a price-book model the file lists, and the model as it would be after the update (null
 * when nothing is added). A change is a new dated price from the effective date, never an edit of one:
 * when the model has a price from that very date already, the row is blocked instead.
 */
export function updateRow(
  model: PriceBookModel,
  matched: readonly MatchedEntry[],
  usedBy: number,
  ctx: UpdateContext,
): { row: UpdateRow; after: PriceBookModel | null } {
  const best = strongest(matched)
  const [chosen] = best
  if (!chosen) throw new Error('updateRow needs at least one matched entry')
  const row = blankRow(model, usedBy, chosen.kind)
  if (best.some((m) => !samePrice(m.price, chosen.price))) {
    return {
      row: { ...row, status: 'ambiguous', candidates: best.map((m) => entrySummary(m.entry, m.price)) },
      after: null,
    }
  }
  const inForce = priceInForce(model, ctx.effectiveFrom)?.price ?? null
  const merged = mergePrice(inForce, chosen.price)
  const notes = [...chosen.price.notes, ...merged.notes]
  const next = nextPriceAfter(model, ctx.effectiveFrom)
  if (next) notes.push(`The price from ${formatDate(next.price.effectiveFrom)} stays in force from then on.`)
  const described: UpdateRow = {
    ...row,
    entry: chosen.entry.name,
    changes: merged.changes,
    kept: merged.kept,
    inForceFrom: inForce?.effectiveFrom ?? null,
    notes,
  }
  if (merged.changes.length === 0) return { row: described, after: null }
  if (inForce?.effectiveFrom === ctx.effectiveFrom) {
    const reason = `It has a price from ${formatDate(ctx.effectiveFrom)} already, which an update never overwrites: choose a later effective date, or edit that price by hand.`
    return { row: { ...described, status: 'blocked', reason }, after: null }
  }
  const keptWords = merged.kept.map((f) => FIELD_WORDS[f])
  const price = datedPrice(merged.values, ctx, chosen.entry, keptWords, inForce?.effectiveFrom ?? null)
  const after = { ...model, prices: withPrice(model, price) }
  const checked = PriceBookModel.safeParse(after)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const reason = `The new price breaks a rule: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}.`
    return { row: { ...described, status: 'blocked', reason }, after: null }
  }
  return { row: { ...described, status: 'changed', price }, after: checked.data }
}

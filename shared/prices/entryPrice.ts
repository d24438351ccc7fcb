import { LongContextTier, PricePerM, type PriceField } from '../model/priceBook'
import {
  compareDecimals,
  decimalOfNumber,
  discountOf,
  fractionToNumber,
  isNegative,
  parseDecimal,
  sameFraction,
  shift,
  toNumber,
  type Decimal,
} from './decimal'
import type { FileEntry, PriceKey, RawPrice, RawTier } from './priceFile'

/** The price-book fields a file's prices fill: all of them (shared/model/priceBook's PRICE_FIELDS). */

const FIELD_OF: Readonly<Record<PriceKey, PriceField>> = {
  input: 'inputPerM',
  cachedInput: 'cachedInputPerM',
  cacheWrite: 'cacheWritePerM',
  output: 'outputPerM',
}

const WHAT: Readonly<Record<PriceKey, string>> = {
  input: 'input price',
  cachedInput: 'cache read price',
  cacheWrite: 'cache write price',
  output: 'output price',
}

/** A long-context tier as the file gives it: the prices it lists, per million tokens. */
export interface FileTier {
  thresholdTokens: number
  prices: Partial<Record<PriceField, number>>
}

/**
 * What an entry says about a model's price, per million tokens. A field the file does not give is
 * absent: the update keeps the value in force for it.
 */
export interface FilePrice {
  prices: Partial<Record<PriceField, number>> & { inputPerM: number; outputPerM: number }
  /** 1 − batch price / price, when the file's batch prices give one discount. */
  batchDiscount?: number
  longContext?: FileTier
  /** What was read in a way a person should know: a batch discount not taken, tiers left out. */
  notes: string[]
}

export type EntryPrice = { ok: true; price: FilePrice } | { ok: false; reason: string }

type Read<T> = { ok: true; value: T } | { ok: false; reason: string }

/** 12.5, or 1e+306 for a value far beyond any price (hostile files), so a reason stays one short line. */
const perMillionText = (n: number): string =>
  Math.abs(n) < 1e12 ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : n.toExponential()

/** A per-token price as the file writes it (a JSON number or a decimal string), checked. */
function readDecimal(raw: RawPrice, what: string): Read<Decimal> {
  const d = typeof raw === 'number' ? decimalOfNumber(raw) : typeof raw === 'string' ? parseDecimal(raw) : null
  if (d === null) {
    const shown = typeof raw === 'string' ? `"${raw.slice(0, 30)}"` : typeof raw === 'number' ? String(raw) : typeof raw
    return { ok: false, reason: `${what} is not a number (${shown})` }
  }
  if (isNegative(d)) {
    const minusOne = compareDecimals(d, { digits: -1n, scale: 0 }) === 0
    return {
      ok: false,
      reason: minusOne
        ? `${what} is -1: a price set per request (a router), not a model's price`
        : `${what} is negative (${String(raw)})`,
    }
  }
  return { ok: true, value: d }
}

/** A per-token price as a price per million tokens, within the price book's rules. */
function perMillion(d: Decimal, what: string): Read<number> {
  const value = toNumber(shift(d, 6))
  const checked = PricePerM.safeParse(value)
  if (!checked.success) {
    const rule = checked.error.issues[0]?.message ?? 'is out of range'
    return { ok: false, reason: `${what} of ${perMillionText(value)} per million tokens ${rule}` }
  }
  return { ok: true, value }
}

function readPrice(raw: RawPrice, what: string): Read<{ decimal: Decimal; perM: number }> {
  const d = readDecimal(raw, what)
  if (!d.ok) return d
  const m = perMillion(d.value, what)
  return m.ok ? { ok: true, value: { decimal: d.value, perM: m.value } } : m
}

const percent = ([n, d]: [bigint, bigint]): string =>
  `${(fractionToNumber([n, d]) * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`

/**
 * The batch discount LiteLLM's batch prices give: one discount when input and output are reduced by
 * the same share (0.000001 → 0.0000005 is 50%), exactly. When they differ, or a batch price is above
 * the normal one, no discount is taken from the file and a note says why.
 */
function batchDiscountOf(
  entry: FileEntry,
  base: Partial<Record<PriceKey, Decimal>>,
  notes: string[],
): number | undefined {
  const discounts: { key: 'input' | 'output'; fraction: [bigint, bigint] }[] = []
  for (const key of ['input', 'output'] as const) {
    const raw = entry.batch[key]
    const full = base[key]
    if (raw === undefined || !full) continue
    const reduced = readDecimal(raw, `batch ${WHAT[key]}`)
    if (!reduced.ok) {
      notes.push(`Batch discount not taken from the file: ${reduced.reason}.`)
      return undefined
    }
    if (full.digits === 0n) continue
    discounts.push({ key, fraction: discountOf(full, reduced.value) })
  }
  const [first, second] = discounts
  if (!first) return undefined
  if (second && !sameFraction(first.fraction, second.fraction)) {
    notes.push(
      `Batch discount not taken from the file: its batch prices are not one discount (input ${percent(first.fraction)} off, output ${percent(second.fraction)} off).`,
    )
    return undefined
  }
  const discount = fractionToNumber(first.fraction)
  if (discount < 0 || discount > 1) {
    notes.push('Batch discount not taken from the file: its batch prices are above the normal prices.')
    return undefined
  }
  if (!second) notes.push(`Batch discount taken from the batch ${first.key} price alone (the file gives no other).`)
  return discount
}

/** The lowest long-context tier (the price book holds one per price); a note names tiers left out. */
function tierOf(tiers: readonly RawTier[], notes: string[]): Read<FileTier | undefined> {
  const valid = tiers
    .filter((t) => LongContextTier.shape.thresholdTokens.safeParse(t.thresholdTokens).success)
    .toSorted((a, b) => a.thresholdTokens - b.thresholdTokens)
  if (valid.length < tiers.length) notes.push('A long-context tier without a valid token threshold was left out.')
  const [lowest, ...higher] = valid
  if (!lowest) return { ok: true, value: undefined }
  if (higher.length > 0) {
    const more = higher.map((t) => t.thresholdTokens.toLocaleString('en-US')).join(', ')
    const which = higher.length === 1 ? `tier above ${more} tokens is` : `tiers above ${more} tokens are`
    notes.push(
      `Only the long-context tier above ${lowest.thresholdTokens.toLocaleString('en-US')} input tokens is kept (the price book holds one tier per price): the file's ${which} left out.`,
    )
  }
  const prices: FileTier['prices'] = {}
  for (const [key, raw] of Object.entries(lowest.prices) as [PriceKey, RawPrice][]) {
    const read = readPrice(raw, `long-context ${WHAT[key]}`)
    if (!read.ok) return read
    prices[FIELD_OF[key]] = read.value.perM
  }
  return { ok: true, value: { thresholdTokens: lowest.thresholdTokens, prices } }
}

/**
 * The price an entry gives, per million tokens, or why it is refused: a price that is no number, is
 * negative (-1 is a router's "price set per request") or is beyond the price book's bounds, or a
 * missing input or output price. Entries that price no text generation are skipped before this.
 */
export function entryPrice(entry: FileEntry): EntryPrice {
  const notes: string[] = []
  const prices: Partial<Record<PriceField, number>> = {}
  const perToken: Partial<Record<PriceKey, Decimal>> = {}
  for (const [key, raw] of Object.entries(entry.prices) as [PriceKey, RawPrice][]) {
    const read = readPrice(raw, WHAT[key])
    if (!read.ok) return read
    prices[FIELD_OF[key]] = read.value.perM
    perToken[key] = read.value.decimal
  }
  const { inputPerM, outputPerM } = prices
  if (inputPerM === undefined) return { ok: false, reason: 'no input price' }
  if (outputPerM === undefined) return { ok: false, reason: 'no output price' }
  const tier = tierOf(entry.tiers, notes)
  if (!tier.ok) return tier
  const batchDiscount = batchDiscountOf(entry, perToken, notes)
  const price: FilePrice = { prices: { ...prices, inputPerM, outputPerM }, notes }
  if (batchDiscount !== undefined) price.batchDiscount = batchDiscount
  if (tier.value) price.longContext = tier.value
  return { ok: true, price }
}

import type ExcelJS from 'exceljs'
import {
  PRICE_CACHE_WRITE,
  PRICE_CACHED,
  PRICE_INPUT,
  PRICE_OUTPUT,
  TIER_SHIFT,
  type PriceTable,
} from '../../../shared/engine'
import { monthRef } from '../../../shared/exports/cellRef'
import { MONTH_COL, type ModelPriceRows } from './layout'
import type { SheetWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

type PriceArray =
  'input' | 'cachedInput' | 'cacheWrite' | 'output' | 'tierInput' | 'tierCachedInput' | 'tierCacheWrite' | 'tierOutput'

const BASE: readonly [PriceArray, string, number][] = [
  ['input', 'Input', PRICE_INPUT],
  ['cachedInput', 'Cached input (read)', PRICE_CACHED],
  ['cacheWrite', 'Cache write', PRICE_CACHE_WRITE],
  ['output', 'Output', PRICE_OUTPUT],
]
const TIER: readonly [PriceArray, string, number][] = [
  ['tierInput', 'Long-context input', PRICE_INPUT << TIER_SHIFT],
  ['tierCachedInput', 'Long-context cached input', PRICE_CACHED << TIER_SHIFT],
  ['tierCacheWrite', 'Long-context cache write', PRICE_CACHE_WRITE << TIER_SHIFT],
  ['tierOutput', 'Long-context output', PRICE_OUTPUT << TIER_SHIFT],
]

export function hasTier(table: PriceTable, k: number): boolean {
  for (let t = 0; t < table.months; t++)
    if (Number.isFinite(table.tierThreshold[k * table.months + t] ?? Infinity)) return true
  return false
}

/**
 * Writes one model's prices in force month by month (the price book resolved by the
 * engine) and returns the rows' month references. An unknown price is a blank cell,
 * which formulas count as 0 — the engine's "unpriced" rule; months without a
 * long-context tier leave the threshold blank.
 */
export function writeModelPriceRows(
  cursor: SheetWriter,
  sheet: string,
  table: PriceTable,
  k: number,
  label: { name: string; id: string },
  styles: WorkbookStyles,
): ModelPriceRows {
  const H = table.months
  const line = (
    title: string,
    unit: string,
    read: (t: number) => number | null,
    style: Partial<ExcelJS.Style>,
  ): string => {
    const row = cursor.row()
    row.text(1, label.name)
    row.text(2, label.id)
    row.text(3, title)
    row.text(4, unit)
    for (let t = 0; t < H; t++) row.value(MONTH_COL + t, read(t), style)
    row.done()
    return monthRef(sheet, row.number, MONTH_COL)
  }
  const priced =
    (key: PriceArray, bit: number) =>
    (t: number): number | null =>
      ((table.unknown[k * H + t] ?? 0) & bit) !== 0 ? null : (table[key][k * H + t] ?? 0)
  const perM = 'per 1M tokens (blank = unpriced)'
  const [input, cached, cacheWrite, output] = BASE.map(([key, title, bit]) =>
    line(title, perM, priced(key, bit), styles.input.pricePerM),
  )
  const batchDiscount = line(
    'Batch discount',
    'share',
    (t) => table.batchDiscount[k * H + t] ?? 0,
    styles.input.percent,
  )
  const base = { input: input ?? '', cached: cached ?? '', cacheWrite: cacheWrite ?? '', output: output ?? '' }
  if (!hasTier(table, k)) return { base, batchDiscount, tier: null }
  const threshold = line(
    'Long-context threshold',
    'input tokens (blank = no tier)',
    (t) => {
      const v = table.tierThreshold[k * H + t] ?? Infinity
      return Number.isFinite(v) ? v : null
    },
    styles.input.count,
  )
  const [tIn, tCached, tWrite, tOut] = TIER.map(([key, title, bit]) =>
    line(title, perM, priced(key, bit), styles.input.pricePerM),
  )
  return {
    base,
    batchDiscount,
    tier: { threshold, input: tIn ?? '', cached: tCached ?? '', cacheWrite: tWrite ?? '', output: tOut ?? '' },
  }
}

/** True when a model's prices differ between two tables (a scenario's price lever touched it). */
export function modelPricesDiffer(a: PriceTable, b: PriceTable, k: number): boolean {
  const H = a.months
  const keys: (PriceArray | 'batchDiscount' | 'tierThreshold')[] = [
    'input',
    'cachedInput',
    'cacheWrite',
    'output',
    'tierInput',
    'tierCachedInput',
    'tierCacheWrite',
    'tierOutput',
    'batchDiscount',
    'tierThreshold',
  ]
  for (let t = 0; t < H; t++) {
    const i = k * H + t
    if ((a.unknown[i] ?? 0) !== (b.unknown[i] ?? 0)) return true
    for (const key of keys) if (!Object.is(a[key][i], b[key][i])) return true
  }
  return false
}

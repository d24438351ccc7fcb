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
import { monthSerial } from '../../../shared/exports/months'
import type { Portfolio } from '../../../shared/model'
import { PRICES_MONTH_COL, PRICES_SHEET, type ModelPriceRows } from './layout'
import { printSetup, setPrintArea } from './printSetup'
import { labelWidth, SheetWriter } from './sheetWriter'
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
const HEADER_ROW = 4

function hasTier(table: PriceTable, k: number): boolean {
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
function writeModelPriceRows(
  cursor: SheetWriter,
  table: PriceTable,
  k: number,
  label: { name: string; id: string },
  widths: { name: number; id: number },
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
    row.label(1, label.name, widths.name, styles.wrappedLabel)
    row.label(2, label.id, widths.id, styles.wrappedLabel)
    row.text(3, title)
    row.text(4, unit)
    for (let t = 0; t < H; t++) row.value(PRICES_MONTH_COL + t, read(t), style)
    row.done()
    return monthRef(PRICES_SHEET, row.number, PRICES_MONTH_COL)
  }
  const priced =
    (key: PriceArray, bit: number) =>
    (t: number): number | null =>
      ((table.unknown[k * H + t] ?? 0) & bit) !== 0 ? null : (table[key][k * H + t] ?? 0)
  const perM = 'per 1M tokens'
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
    'input tokens',
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

/**
 * The Prices by month sheet: per model that an initiative or a routing lever uses, its prices in
 * force each month (the dated price book resolved on the first day of the month). Returns each
 * model's rows (null for models nothing uses), indexed like the price book.
 */
export function writePrices(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  table: PriceTable,
  used: ReadonlySet<string>,
  styles: WorkbookStyles,
): (ModelPriceRows | null)[] {
  const H = table.months
  const sheet = workbook.addWorksheet(PRICES_SHEET, {
    views: [{ state: 'frozen', xSplit: 4, ySplit: HEADER_ROW }],
    // A year of months per page across, the model and price repeated on each.
    ...printSetup('landscape', HEADER_ROW, { pagesWide: Math.ceil(H / 12), titleColumns: 'A:D' }),
  })
  const shown = portfolio.priceBook.filter((m) => used.has(m.id))
  const widths = {
    name: labelWidth(
      shown.map((m) => `${m.provider} ${m.name}`),
      24,
      40,
    ),
    id: labelWidth(
      shown.map((m) => m.id),
      22,
      40,
    ),
  }
  sheet.columns = [
    { width: widths.name },
    { width: widths.id },
    // Wide enough for the longest price title ("Long-context cached input").
    {
      width: labelWidth(
        [...BASE, ...TIER].map(([, title]) => title),
        24,
        40,
      ),
    },
    { width: 12 },
    ...Array.from({ length: H }, () => ({ width: 10 })),
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, 'Prices in force per month, per million tokens', styles.title)
  row.done()
  row = cursor.row()
  row.text(
    1,
    'The dated price book (Assumptions) resolved on the first day of each month, for the models the initiatives and routing levers use.',
    styles.note,
  )
  row.done()
  row = cursor.row()
  row.text(
    1,
    'Blue cells are inputs: change a price and every projection follows. A blank price is unknown and counts as 0, as in the app.',
    styles.note,
  )
  row.done()
  row = cursor.row()
  ;['Model', 'Model id', 'Price', 'Unit'].forEach((h, i) => row.text(i + 1, h, styles.header))
  for (let t = 0; t < H; t++)
    row.value(PRICES_MONTH_COL + t, monthSerial(portfolio.settings.startMonth, t), styles.monthHeader)
  row.done()
  const models = portfolio.priceBook.map((m, k) =>
    used.has(m.id)
      ? writeModelPriceRows(cursor, table, k, { name: `${m.provider} ${m.name}`, id: m.id }, widths, styles)
      : null,
  )
  setPrintArea(sheet, PRICES_MONTH_COL + H - 1, cursor.rowNumber - 1)
  cursor.end()
  return models
}

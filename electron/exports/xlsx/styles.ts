import type ExcelJS from 'exceljs'
import type { StyleIds } from './sheetWriter'

/**
 * Cell styles of the exported workbook. Each is one shared object: exceljs caches a
 * style id per object, so reusing them keeps a million-cell export fast.
 */
export interface WorkbookStyles {
  title: Partial<ExcelJS.Style>
  header: Partial<ExcelJS.Style>
  section: Partial<ExcelJS.Style>
  text: Partial<ExcelJS.Style>
  wrapped: Partial<ExcelJS.Style>
  input: Record<Format, Partial<ExcelJS.Style>>
  computed: Record<Format, Partial<ExcelJS.Style>>
  /** Computed cells whose figure leaves out an unknown model price (a lower bound): amber, with a note. */
  unpriced: Record<Format, Partial<ExcelJS.Style>>
  /** Registers each style once in the workbook's styles.xml. */
  ids: StyleIds
}

export type Format =
  'money' | 'moneyCents' | 'pricePerM' | 'percent' | 'count' | 'decimal' | 'score' | 'integer' | 'general'

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩' }

/** Currency formats with the portfolio's symbol (or ISO code), thousands separators. */
export function numberFormats(currency: string): Record<Format, string> {
  const sym = SYMBOLS[currency]
  const money = (pattern: string): string => (sym ? `"${sym}"${pattern}` : `${pattern} "${currency}"`)
  return {
    money: money('#,##0'),
    moneyCents: money('#,##0.00'),
    pricePerM: money('#,##0.0000'),
    percent: '0.00%',
    count: '#,##0',
    decimal: '#,##0.0000',
    score: '0.0',
    integer: '0',
    general: 'General',
  }
}

/** Inputs are blue (the financial-model convention), computed cells black. */
const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1F4E9A' } }
const UNPRICED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4B6' } }

export function makeStyles(currency: string, ids: StyleIds): WorkbookStyles {
  const formats = numberFormats(currency)
  const input = {} as Record<Format, Partial<ExcelJS.Style>>
  const computed = {} as Record<Format, Partial<ExcelJS.Style>>
  const unpriced = {} as Record<Format, Partial<ExcelJS.Style>>
  for (const key of Object.keys(formats) as Format[]) {
    input[key] = { numFmt: formats[key], font: INPUT_FONT }
    computed[key] = { numFmt: formats[key] }
    unpriced[key] = { numFmt: formats[key], fill: UNPRICED_FILL }
  }
  return {
    title: { font: { bold: true, size: 14 } },
    header: {
      font: { bold: true, color: { argb: 'FFFFFFFF' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F3B52' } },
      alignment: { vertical: 'middle' },
    },
    section: { font: { bold: true, size: 12 } },
    text: {},
    wrapped: { alignment: { wrapText: true, vertical: 'top' } },
    input,
    computed,
    unpriced,
    ids,
  }
}

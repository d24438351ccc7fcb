import type ExcelJS from 'exceljs'
import type { StyleIds } from './sheetWriter'

/**
 * Cell styles of the exported workbook. Each is one shared object: exceljs caches a
 * style id per object, so reusing them keeps a million-cell export fast.
 */
export interface WorkbookStyles {
  title: Partial<ExcelJS.Style>
  header: Partial<ExcelJS.Style>
  /** A header whose titles wrap (give its row room with RowWriter.lines). */
  headerWrapped: Partial<ExcelJS.Style>
  section: Partial<ExcelJS.Style>
  text: Partial<ExcelJS.Style>
  wrapped: Partial<ExcelJS.Style>
  /** A name too long for its column, wrapped on the row's bottom line like the figures beside it. */
  wrappedLabel: Partial<ExcelJS.Style>
  /** Column headers of the yearly totals (a lighter fill than the month headers). */
  yearHeader: Partial<ExcelJS.Style>
  /** A link to another sheet. */
  link: Partial<ExcelJS.Style>
  /** A short explanation under a title. */
  note: Partial<ExcelJS.Style>
  input: Record<Format, Partial<ExcelJS.Style>>
  computed: Record<Format, Partial<ExcelJS.Style>>
  /** Computed cells aligned to the top, for rows whose wrapped text makes them tall. */
  computedTop: Record<Format, Partial<ExcelJS.Style>>
  /** Text aligned to the top, beside wrapped text. */
  textTop: Partial<ExcelJS.Style>
  /** Yearly totals beside the months: computed, on a light fill. */
  year: Record<Format, Partial<ExcelJS.Style>>
  /** Column headers holding a month's date. */
  monthHeader: Partial<ExcelJS.Style>
  /** Computed cells whose figure leaves out an unknown model price (a lower bound): amber, with a note. */
  unpriced: Record<Format, Partial<ExcelJS.Style>>
  /** Registers each style once in the workbook's styles.xml. */
  ids: StyleIds
}

export type Format =
  | 'money'
  | 'moneyCents'
  | 'pricePerM'
  | 'percent'
  | 'count'
  | 'decimal'
  | 'score'
  | 'integer'
  | 'general'
  | 'month'
  | 'date'

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩' }

/** Currency formats with the portfolio's symbol (or ISO code), thousands separators. */
function numberFormats(currency: string): Record<Format, string> {
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
    month: 'mmm yyyy',
    date: 'd mmm yyyy',
  }
}

/** Inputs are blue (the financial-model convention), computed cells black. */
const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1F4E9A' } }
const YEAR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F6' } }
const UNPRICED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4B6' } }

export function makeStyles(currency: string, ids: StyleIds): WorkbookStyles {
  const formats = numberFormats(currency)
  const input = {} as Record<Format, Partial<ExcelJS.Style>>
  const computed = {} as Record<Format, Partial<ExcelJS.Style>>
  const year = {} as Record<Format, Partial<ExcelJS.Style>>
  const computedTop = {} as Record<Format, Partial<ExcelJS.Style>>
  const unpriced = {} as Record<Format, Partial<ExcelJS.Style>>
  for (const key of Object.keys(formats) as Format[]) {
    computedTop[key] = { numFmt: formats[key], alignment: { vertical: 'top' } }
    input[key] = { numFmt: formats[key], font: INPUT_FONT }
    computed[key] = { numFmt: formats[key] }
    year[key] = { numFmt: formats[key], fill: YEAR_FILL }
    unpriced[key] = { numFmt: formats[key], fill: UNPRICED_FILL }
  }
  const header: Partial<ExcelJS.Style> = {
    font: { bold: true, color: { argb: 'FFFFFFFF' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F3B52' } },
    alignment: { vertical: 'middle' },
  }
  return {
    title: { font: { bold: true, size: 14 } },
    header,
    headerWrapped: { ...header, alignment: { vertical: 'middle', wrapText: true } },
    monthHeader: { ...header, numFmt: formats.month, alignment: { vertical: 'middle', horizontal: 'right' } },
    section: { font: { bold: true, size: 12 } },
    text: {},
    textTop: { alignment: { vertical: 'top' } },
    wrapped: { alignment: { wrapText: true, vertical: 'top' } },
    wrappedLabel: { alignment: { wrapText: true } },
    yearHeader: {
      font: { bold: true, color: { argb: 'FF1B2435' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD5DCE8' } },
      alignment: { vertical: 'middle', horizontal: 'right' },
    },
    link: { font: { color: { argb: 'FF1F4E9A' }, underline: true }, alignment: { vertical: 'top' } },
    note: { font: { italic: true, color: { argb: 'FF555555' } } },
    input,
    computed,
    computedTop,
    year,
    unpriced,
    ids,
  }
}

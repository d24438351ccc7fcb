/** Calendar labels of month indexes: t = 0 is the portfolio's start month (YYYY-MM). */

export function monthLabel(startMonth: string, t: number): string {
  const year = Number(startMonth.slice(0, 4))
  const month = Number(startMonth.slice(5, 7)) - 1 + t
  const y = year + Math.floor(month / 12)
  const m = ((month % 12) + 12) % 12
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`
}

export function monthLabels(startMonth: string, months: number): string[] {
  return Array.from({ length: months }, (_, t) => monthLabel(startMonth, t))
}

const DAY_MS = 86_400_000
const SERIAL_EPOCH = Date.UTC(1899, 11, 30)

/**
 * A calendar date as a spreadsheet's serial day number (days since 30 Dec 1899, the count
 * Excel and LibreOffice share for dates from March 1900 on). Pure arithmetic, no clock.
 */
export function dateSerial(year: number, month: number, day = 1): number {
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH) / DAY_MS
}

/** The serial of the first day of month index t counted from startMonth ('YYYY-MM'). */
export function monthSerial(startMonth: string, t: number): number {
  return dateSerial(Number(startMonth.slice(0, 4)), Number(startMonth.slice(5, 7)) + t)
}

/** The serial of an ISO date ('YYYY-MM-DD'). */
export function isoDateSerial(iso: string): number {
  return dateSerial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))
}

/** One calendar year of the horizon: its label and the month indexes it covers (first..last). */
export interface YearSpan {
  year: number
  /** "2027", or "2027 (Jul–Dec)" when the horizon covers part of the year. */
  label: string
  first: number
  last: number
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The calendar years a horizon of `months` from startMonth touches, in order. */
export function yearSpans(startMonth: string, months: number): YearSpan[] {
  const spans: YearSpan[] = []
  const firstMonth = Number(startMonth.slice(5, 7)) - 1
  let t = 0
  while (t < months) {
    const calendar = firstMonth + t
    const year = Number(startMonth.slice(0, 4)) + Math.floor(calendar / 12)
    const from = calendar % 12
    const last = Math.min(months - 1, t + 11 - from)
    const to = from + (last - t)
    const partial = from !== 0 || to !== 11
    const span = from === to ? MONTH_NAMES[from] : `${MONTH_NAMES[from]}–${MONTH_NAMES[to]}`
    const label = partial ? `${year} (${span})` : String(year)
    spans.push({ year, label, first: t, last })
    t = last + 1
  }
  return spans
}

/** "Jan 2027" for '2027-01'. */
export function monthLabelText(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`
}

/** "7 Aug 2025" for '2025-08-07': the workbook's one way of writing a day in text. */
export function formatIsoDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthLabelText(iso.slice(0, 7))}`
}

/**
 * Months and dates as a workbook stores them: spreadsheet serial day numbers, and the calendar years
 * of the horizon its yearly columns cover. Month arithmetic is the engine's calendar; labels for
 * people are shared/display's.
 */
import { calendarYearLabel } from '../display/month'
import { calendarMonth, calendarYears } from '../engine/calendar'

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
  const { year, month } = calendarMonth(startMonth, t)
  return dateSerial(year, month)
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

/** The calendar years a horizon of `months` from startMonth touches, in order. */
export function yearSpans(startMonth: string, months: number): YearSpan[] {
  return calendarYears(startMonth, months).map(({ year, firstMonth, months: count }) => ({
    year,
    label: calendarYearLabel(year, calendarMonth(startMonth, firstMonth).month - 1, count),
    first: firstMonth,
    last: firstMonth + count - 1,
  }))
}

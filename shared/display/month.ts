/** Month indices (0 = the portfolio's start month) as people read and type them ("Mar 2027"). */
import { calendarMonth, monthIndexOf } from '../engine/calendar'

import { MONTH_NAMES } from './dates'

const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((n, i) => [n.toLowerCase(), i]))

/** "Mar 2027" */
export function formatMonthIndex(startMonth: string, t: number): string {
  const { year, month } = calendarMonth(startMonth, t)
  return `${MONTH_NAMES[month - 1] ?? '?'} ${year}`
}

/**
 * Reads a month the way people type it — "2027-03", "Mar 2027", "March 2027", "3/2027" — or a
 * plain month index ("14", "-2"), and returns its index relative to `startMonth`; null otherwise.
 */
export function parseMonthIndex(startMonth: string, text: string): number | null {
  const t = text.trim()
  if (/^[-+]?\d+$/.test(t)) return Number(t)
  let year: number
  let month: number
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t)
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(t)
  const named = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(t)
  if (iso) {
    year = Number(iso[1])
    month = Number(iso[2]) - 1
  } else if (slash) {
    year = Number(slash[2])
    month = Number(slash[1]) - 1
  } else if (named) {
    const m = MONTH_LOOKUP.get((named[1] ?? '').slice(0, 3).toLowerCase())
    if (m === undefined) return null
    year = Number(named[2])
    month = m
  } else return null
  if (month < 0 || month > 11) return null
  return monthIndexOf(startMonth, { year, month: month + 1 })
}

/** Dates for people ("30 Sep 2026") are written and read in dates.ts; one function everywhere. */
export { formatDate } from './dates'

/**
 * A calendar year of the horizon: "2027", or with the months it covers when the horizon holds only
 * part of it, "2028 (Jan–Jun)". `firstMonth` is the year's first month in the horizon (0 = January).
 */
export function calendarYearLabel(year: number, firstMonth: number, months: number): string {
  if (months >= 12) return String(year)
  const from = MONTH_NAMES[firstMonth] ?? '?'
  const to = MONTH_NAMES[firstMonth + months - 1] ?? '?'
  return months === 1 ? `${String(year)} (${from})` : `${String(year)} (${from}–${to})`
}

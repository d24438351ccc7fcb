/**
 * The calendar, in one place: months as 'YYYY-MM' strings and their indexes t counted from a
 * portfolio's start month (t = 0 is the start month), the calendar years a horizon spans, and dates
 * as 'YYYY-MM-DD' in local time. Month arithmetic is integer arithmetic on year * 12 + month, never
 * Date: no time zones, no daylight saving. Nothing here reads the clock: "today" is computed from a
 * Date the caller passes, taken from a Clock the caller owns, so tests can fix it.
 */
import type { PortfolioSettings } from '../model/settings'

/** A calendar month: the year and the month of the year, 1 (January) to 12. */
export interface CalendarMonth {
  year: number
  month: number
}

/** Where the current time comes from; the app passes `() => new Date()`, tests a fixed date. */
export type Clock = () => Date

const pad2 = (n: number): string => String(n).padStart(2, '0')
const pad4 = (n: number): string => String(n).padStart(4, '0')

/** Months since year 0 of a calendar month: consecutive months differ by one. */
const serial = (year: number, month: number): number => year * 12 + (month - 1)

/** The calendar month of 'YYYY-MM' or 'YYYY-MM-DD' (the day is ignored). */
export function parseIsoMonth(text: string): CalendarMonth {
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) }
}

/** The calendar month of index t: calendarMonth('2026-11', 3) = { year: 2027, month: 2 }. */
export function calendarMonth(startMonth: string, t: number): CalendarMonth {
  const start = parseIsoMonth(startMonth)
  const total = serial(start.year, start.month) + t
  const year = Math.floor(total / 12)
  return { year, month: total - year * 12 + 1 }
}

/** 'YYYY-MM' of a calendar month. */
export function isoMonthText({ year, month }: CalendarMonth): string {
  return `${pad4(year)}-${pad2(month)}`
}

/** 'YYYY-MM' of month index t: isoMonth('2026-11', 3) = '2027-02'. */
export function isoMonth(startMonth: string, t: number): string {
  return isoMonthText(calendarMonth(startMonth, t))
}

/** 'YYYY-MM' of each month of a horizon of `months` months. */
export function isoMonths(startMonth: string, months: number): string[] {
  return Array.from({ length: months }, (_, t) => isoMonth(startMonth, t))
}

/** The first day of month index t, as 'YYYY-MM-01'. */
export function firstDayOfMonth(startMonth: string, t: number): string {
  return `${isoMonth(startMonth, t)}-01`
}

/** The index of a calendar month counted from startMonth (negative before it). */
export function monthIndexOf(startMonth: string, { year, month }: CalendarMonth): number {
  const start = parseIsoMonth(startMonth)
  return serial(year, month) - serial(start.year, start.month)
}

/** Whole months from 'YYYY-MM' `from` to the month of `to` ('YYYY-MM' or 'YYYY-MM-DD'). */
export function monthsBetween(from: string, to: string): number {
  return monthIndexOf(from, parseIsoMonth(to))
}

/** Days from date `from` to date `to` ('YYYY-MM-DD'; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000)
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)
}

/** The local calendar date of a moment, 'YYYY-MM-DD' (not toISOString, which is UTC). */
export function localIsoDate(moment: Date): string {
  return `${pad4(moment.getFullYear())}-${pad2(moment.getMonth() + 1)}-${pad2(moment.getDate())}`
}

/** The local calendar month of a moment, 'YYYY-MM'. */
export function localIsoMonth(moment: Date): string {
  return localIsoDate(moment).slice(0, 7)
}

/** Today's date in local time, 'YYYY-MM-DD', by the caller's clock. */
export function today(clock: Clock): string {
  return localIsoDate(clock())
}

/** A calendar year of a horizon: its months are indexes firstMonth .. firstMonth + months - 1. */
export interface CalendarYear {
  year: number
  firstMonth: number
  months: number
}

/** The calendar years a horizon of `months` months from startMonth spans, in order. */
export function calendarYears(startMonth: string, months: number): CalendarYear[] {
  const years: CalendarYear[] = []
  for (let t = 0; t < months; t++) {
    const { year } = calendarMonth(startMonth, t)
    const last = years[years.length - 1]
    if (last && last.year === year) last.months += 1
    else years.push({ year, firstMonth: t, months: 1 })
  }
  return years
}

export interface YearSpend {
  /** Calendar year. */
  year: number
  /** Months of the horizon in that year. */
  months: number
  spend: number
  /** Annual budget pro rata to the months in the horizon; null without a budget. */
  budget: number | null
  /** spend - budget; positive when over. */
  over: number | null
}

/** A monthly spend series summed per calendar year of the horizon, against the annual budget pro rata. */
export function spendByYear(monthly: Float64Array, settings: PortfolioSettings): YearSpend[] {
  const annualBudget = settings.annualBudget
  return calendarYears(settings.startMonth, monthly.length).map(({ year, firstMonth, months }) => {
    let spend = 0
    for (let t = firstMonth; t < firstMonth + months; t++) spend += monthly[t] ?? 0
    const budget = annualBudget === null ? null : (annualBudget * months) / 12
    return { year, months, spend, budget, over: budget === null ? null : spend - budget }
  })
}

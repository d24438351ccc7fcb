import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  calendarMonth,
  calendarYears,
  daysBetween,
  firstDayOfMonth,
  isoMonth,
  isoMonths,
  localIsoDate,
  localIsoMonth,
  monthIndexOf,
  monthsBetween,
  spendByYear,
  today,
} from '../../../shared/engine/calendar'
import type { PortfolioSettings } from '../../../shared/model/settings'

describe('months counted from a start month', () => {
  it.each([
    ['2026-01', 0, '2026-01'],
    ['2026-11', 3, '2027-02'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', 14, '2027-03'],
    ['2027-01', -4, '2026-09'],
    ['2027-01', -13, '2025-12'],
    ['0999-12', 1, '1000-01'],
  ])('%s + %i = %s', (start, t, want) => {
    expect(isoMonth(start, t)).toBe(want)
    expect(firstDayOfMonth(start, t)).toBe(`${want}-01`)
    expect(monthsBetween(start, want)).toBe(t)
  })

  it('gives the month of the year from 1 to 12', () => {
    expect(calendarMonth('2026-11', 3)).toEqual({ year: 2027, month: 2 })
    expect(calendarMonth('2026-01', -1)).toEqual({ year: 2025, month: 12 })
  })

  it('lists a horizon', () => {
    expect(isoMonths('2026-11', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
  })

  it('counts whole months to the month of a date, ignoring the day', () => {
    expect(monthsBetween('2027-01', '2027-08-15')).toBe(7)
    expect(monthsBetween('2027-01', '2026-12-31')).toBe(-1)
    expect(monthIndexOf('2026-03', { year: 2027, month: 3 })).toBe(12)
  })

  it('goes there and back for any month and index', () => {
    const month = fc.record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }) })
    fc.assert(
      fc.property(month, fc.integer({ min: -1200, max: 1200 }), (m, t) => {
        const start = `${m.year}-${String(m.month).padStart(2, '0')}`
        const there = isoMonth(start, t)
        expect(monthsBetween(start, there)).toBe(t)
        expect(isoMonth(there, -t)).toBe(start)
      }),
    )
  })
})

describe('calendar years of a horizon', () => {
  it('splits a horizon starting mid-year into partial and whole years', () => {
    expect(calendarYears('2026-10', 18)).toEqual([
      { year: 2026, firstMonth: 0, months: 3 },
      { year: 2027, firstMonth: 3, months: 12 },
      { year: 2028, firstMonth: 15, months: 3 },
    ])
    expect(calendarYears('2026-01', 0)).toEqual([])
  })

  it('sums spend per year against the annual budget pro rata', () => {
    const settings = { startMonth: '2026-11', annualBudget: 1200 } as PortfolioSettings
    const monthly = Float64Array.from([10, 20, 30, 40, 50])
    expect(spendByYear(monthly, settings)).toEqual([
      { year: 2026, months: 2, spend: 30, budget: 200, over: -170 },
      { year: 2027, months: 3, spend: 120, budget: 300, over: -180 },
    ])
    expect(spendByYear(monthly, { ...settings, annualBudget: null })[0]).toEqual({
      year: 2026,
      months: 2,
      spend: 30,
      budget: null,
      over: null,
    })
  })
})

describe('dates', () => {
  const zone = process.env.TZ
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it('counts days across months and leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1)
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1)
  })

  it('takes today in local time, so the day does not change at UTC midnight', () => {
    // Auckland is 13 hours ahead of UTC in January: 08:30 there on the 5th is still the 4th in UTC.
    process.env.TZ = 'Pacific/Auckland'
    const morning = new Date(2027, 0, 5, 8, 30)
    expect(morning.toISOString().slice(0, 10)).toBe('2027-01-04')
    expect(localIsoDate(morning)).toBe('2027-01-05')
    // Los Angeles is behind UTC: 23:59 on the 31st there is already the next year in UTC.
    process.env.TZ = 'America/Los_Angeles'
    const lastMinute = new Date(2026, 11, 31, 23, 59)
    expect(lastMinute.toISOString().slice(0, 10)).toBe('2027-01-01')
    expect(localIsoDate(lastMinute)).toBe('2026-12-31')
    expect(localIsoMonth(lastMinute)).toBe('2026-12')
  })

  it('reads today from the clock it is given', () => {
    expect(today(() => new Date(2030, 5, 9, 0, 0, 1))).toBe('2030-06-09')
  })
})

import { describe, expect, it } from 'vitest'
import {
  calendarYearLabel,
  currencySymbol,
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatMonthIndex,
  formatPercent,
  formatUnitMoney,
  parseMonthIndex,
} from '../../../shared/display'

describe('months', () => {
  it('shows a month index as its calendar month', () => {
    expect(formatMonthIndex('2027-01', 0)).toBe('Jan 2027')
    expect(formatMonthIndex('2027-01', 14)).toBe('Mar 2028')
    expect(formatMonthIndex('2027-01', -4)).toBe('Sep 2026')
  })
  it.each([
    ['2027-03', 2],
    ['Mar 2027', 2],
    ['March 2027', 2],
    ['3/2027', 2],
    ['2026-09', -4],
    ['14', 14],
    ['-2', -2],
  ])('reads %s as index %d from Jan 2027', (text, index) => {
    expect(parseMonthIndex('2027-01', text)).toBe(index)
  })
  it.each([['2027-13'], ['Foo 2027'], ['soon']])('refuses %s', (text) => {
    expect(parseMonthIndex('2027-01', text)).toBeNull()
  })
})

describe('display formats', () => {
  it('rounds money to whole units and keeps small figures readable', () => {
    expect(formatMoney(17_057_751.4, 'USD')).toBe('$17,057,751')
    expect(formatMoney(5.5, 'USD')).toBe('$5.50')
    expect(formatMoney(600, 'EUR')).toBe('€600')
    expect(formatUnitMoney(0.00148, 'USD')).toBe('$0.00148')
    expect(formatUnitMoney(0.0032, 'USD')).toBe('$0.0032')
    expect(formatUnitMoney(1.331, 'USD')).toBe('$1.331')
    expect(formatPercent(0.125)).toBe('12.5%')
  })
  it('writes large money as a board reads it: $1.2M, $60M, -$1.5M', () => {
    expect(formatMoneyCompact(1_234_567, 'USD')).toBe('$1.2M')
    expect(formatMoneyCompact(60_000_000, 'USD')).toBe('$60M')
    expect(formatMoneyCompact(-1_500_000, 'USD')).toBe('-$1.5M')
    expect(formatMoneyCompact(950, 'USD')).toBe('$950')
    expect(formatMoneyCompact(2_500_000_000, 'EUR')).toBe('€2.5B')
    expect(formatPercent(0.1234, 0)).toBe('12%')
  })
  it('names the currency symbol the formats use, or the code where there is none', () => {
    expect(currencySymbol('USD')).toBe('$')
    expect(currencySymbol('EUR')).toBe('€')
    expect(currencySymbol('GBP')).toBe('£')
    expect(currencySymbol('CHF')).toBe('CHF')
  })
})

describe('dates and calendar years', () => {
  it('writes a date as "30 Sep 2026"', () => {
    expect(formatDate('2026-09-30')).toBe('30 Sep 2026')
    expect(formatDate('2027-01-05')).toBe('5 Jan 2027')
  })
  it('labels a whole calendar year by its number and a part year by its months', () => {
    expect(calendarYearLabel(2027, 0, 12)).toBe('2027')
    expect(calendarYearLabel(2028, 0, 6)).toBe('2028 (Jan–Jun)')
    expect(calendarYearLabel(2026, 9, 3)).toBe('2026 (Oct–Dec)')
    expect(calendarYearLabel(2029, 11, 1)).toBe('2029 (Dec)')
  })
})

import { describe, expect, it } from 'vitest'
import {
  formatMoney,
  formatMonthIndex,
  formatPercent,
  formatUnitMoney,
  parseMonthIndex,
} from '../../../renderer/src/format'

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
})

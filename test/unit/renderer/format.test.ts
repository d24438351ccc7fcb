import { describe, expect, it } from 'vitest'
import {
  formatMoney,
  formatMonthIndex,
  formatPercent,
  formatUnitMoney,
  parseAmount,
  parseMonthIndex,
  parseNumberText,
  parsePercentText,
} from '../../../renderer/src/format'

describe('reading numbers as people type and paste them', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1,234,567.5', 1234567.5],
    ['$3.5k', 3500],
    ['3.5K', 3500],
    ['1.2M', 1_200_000],
    ['2bn', 2_000_000_000],
    ['(500)', -500],
    ['-$40', -40],
    ['\u2212 4', -4],
    ['USD 40', 40],
    ['40 €', 40],
    ['2.5e3', 2500],
    ['.5', 0.5],
    [' 7 ', 7],
  ])('%s is %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value })
  })

  it.each([['abc'], [''], ['1,2'], ['12,34,567'], ['1..2'], ['--3'], ['$'], ['1e999']])('%s is refused', (text) => {
    expect(parseNumberText(text).ok).toBe(false)
  })

  it('reads a sign after the currency symbol', () => {
    expect(parseAmount('$-500')).toEqual({ ok: true, value: -500 })
  })

  it('refuses a percentage where an amount is meant', () => {
    expect(parseAmount('12%')).toEqual({ ok: false, rule: 'must be an amount, not a percentage' })
  })

  it('reads percentages in percent points, with or without the sign', () => {
    expect(parsePercentText('12%')).toEqual({ ok: true, value: 0.12 })
    expect(parsePercentText('12')).toEqual({ ok: true, value: 0.12 })
    expect(parsePercentText('140%')).toEqual({ ok: true, value: 1.4 })
    expect(parsePercentText('-5%')).toEqual({ ok: true, value: -0.05 })
  })
})

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

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountOrTyped as fieldNumber,
  parseAmount,
  parseNumberText,
  parsePercentText,
  percentOrTyped as fieldPercent,
} from '../../../shared/imports/numberText'

// One reader for the import, the cost grid and the detail fields: the grid's and the import's
// expectations (once in two test files, for two parsers) are all kept here.
describe('reading numbers as people type, paste and import them', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1,234,567.5', 1234567.5],
    ['$3.5', 3.5],
    ['$3.5k', 3500],
    ['3.5K', 3500],
    ['1.2M', 1_200_000],
    ['4mm', 4_000_000],
    ['2bn', 2_000_000_000],
    ['3B', 3_000_000_000],
    ['(500)', -500],
    ['($1,200)', -1200],
    ['-$40', -40],
    ['$-500', -500],
    ['+7', 7],
    ['\u2212 4', -4],
    ['USD 40', 40],
    ['40 €', 40],
    ['£1,000', 1000],
    ['1\u00a0200', 1200],
    ['2.5e3', 2500],
    ['.5', 0.5],
    ['5.', 5],
    [' 7 ', 7],
  ])('%s is %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value })
  })

  it.each([['abc'], [''], ['   '], ['1,2'], ['12,34,567'], ['1..2'], ['--3'], ['+-3'], ['$'], ['1e999'], ['0x10']])(
    '%s is refused',
    (text) => {
      expect(parseNumberText(text).ok).toBe(false)
    },
  )

  it('says why a decimal comma is refused', () => {
    expect(parseNumberText('1,5')).toEqual({ ok: false, rule: 'must be a number (use "," only between thousands)' })
    expect(parseNumberText('1e999')).toEqual({ ok: false, rule: 'must be a finite number' })
  })

  it('reports a percentage as its share, marked as a percentage', () => {
    expect(parseNumberText('12%')).toEqual({ ok: true, value: 0.12, percent: true })
    expect(parseNumberText('(5%)')).toEqual({ ok: true, value: -0.05, percent: true })
    // A scale suffix is not read inside a percentage: "5k%" is no number.
    expect(parseNumberText('5k%').ok).toBe(false)
  })

  it('refuses a percentage where an amount is meant', () => {
    expect(parseAmount('12%')).toEqual({ ok: false, rule: 'must be an amount, not a percentage' })
  })

  it('reads percentages typed in percent points, with or without the sign (grid and fields)', () => {
    expect(parsePercentText('12%', 'points')).toEqual({ ok: true, value: 0.12 })
    expect(parsePercentText('12', 'points')).toEqual({ ok: true, value: 0.12 })
    expect(parsePercentText('140%', 'points')).toEqual({ ok: true, value: 1.4 })
    expect(parsePercentText('-5%', 'points')).toEqual({ ok: true, value: -0.05 })
  })

  it('reads a plain number in an imported percent cell as the share it holds', () => {
    expect(parsePercentText('12%', 'share')).toEqual({ ok: true, value: 0.12 })
    expect(parsePercentText('0.25', 'share')).toEqual({ ok: true, value: 0.25 })
    expect(parsePercentText('abc', 'share')).toEqual({ ok: false, rule: 'must be a number' })
  })

  it('reads back any whole amount written with thousands separators, a currency and parentheses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const grouped = n.toLocaleString('en-US')
        expect(parseAmount(grouped)).toEqual({ ok: true, value: n })
        expect(parseAmount(`($${grouped})`)).toEqual({ ok: true, value: -n })
        expect(parseAmount(`${grouped} EUR`)).toEqual({ ok: true, value: n })
      }),
    )
  })
})

describe('the detail fields read numbers with the same reader', () => {
  it('turns readable text into numbers and passes anything else to the API as typed', () => {
    expect(fieldNumber('$3.5k')).toBe(3500)
    expect(fieldNumber('(1,200)')).toBe(-1200)
    // Once read as 12 by dropping the comma; now the API refuses it with the field's name.
    expect(fieldNumber('1,2')).toBe('1,2')
    expect(fieldNumber('12%')).toBe('12%')
    expect(fieldNumber('')).toBe('')
    expect(fieldPercent('10')).toBe(0.1)
    expect(fieldPercent('10%')).toBe(0.1)
    expect(fieldPercent('lots')).toBe('lots')
  })
})

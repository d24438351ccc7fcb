import { describe, expect, it } from 'vitest'
import { formatDate, formatIsoMonth, monthText, parseDateText, parseMonthText } from '../../../shared/display/dates'

describe('the app’s one date format', () => {
  it('writes days as "7 Jul 2027" and months as "Jul 2027"', () => {
    expect(formatDate('2027-07-07')).toBe('7 Jul 2027')
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026')
    expect(formatIsoMonth('2027-01')).toBe('Jan 2027')
    expect(monthText(2029, 11)).toBe('Dec 2029')
    expect(formatDate('soon')).toBe('soon')
  })

  it.each([
    ['7 Jul 2027', '2027-07-07'],
    ['07 July 2027', '2027-07-07'],
    ['7 Sept 2027', '2027-09-07'],
    ['Jul 7, 2027', '2027-07-07'],
    ['2027-07-07', '2027-07-07'],
    [' 29 feb 2028 ', '2028-02-29'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso)
    // What it shows reads back as the same date.
    expect(parseDateText(formatDate(iso))).toBe(iso)
  })

  it.each(['07/07/2027', '29 Feb 2027', '31 Apr 2027', '7 Ju 2027', '2027-13-01', 'tomorrow', ''])(
    'refuses "%s" (ambiguous or no such date)',
    (text) => expect(parseDateText(text)).toBeNull(),
  )

  it('reads months as "Jul 2027", "July 2027" or "2027-07"', () => {
    expect(parseMonthText('Jul 2027')).toBe('2027-07')
    expect(parseMonthText('july 2027')).toBe('2027-07')
    expect(parseMonthText('2027-7')).toBe('2027-07')
    expect(parseMonthText('13/2027')).toBeNull()
    expect(parseMonthText('2027-13')).toBeNull()
  })
})

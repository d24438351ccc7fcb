import { describe, expect, it } from 'vitest'
import { formatDate } from '../../../shared/display/dates'
import { dateSerial, isoDateSerial, monthSerial, yearSpans } from '../../../shared/exports/months'

describe('months in the workbook', () => {
  it('writes dates as the serial day numbers Excel and LibreOffice share', () => {
    expect(dateSerial(1900, 3, 1)).toBe(61)
    expect(dateSerial(2000, 1, 1)).toBe(36526)
    // 2020-01-01 is 43831; 2,557 days later (two leap years) comes 2027-01-01.
    expect(monthSerial('2027-01', 0)).toBe(46388)
    expect(monthSerial('2027-01', 12)).toBe(46388 + 365)
    expect(monthSerial('2027-01', -1)).toBe(46388 - 31)
    expect(isoDateSerial('2026-11-28')).toBe(46354)
    expect(formatDate('2025-08-07')).toBe('7 Aug 2025')
  })

  it('splits a horizon into calendar years, naming the months of a part year', () => {
    expect(yearSpans('2027-01', 36).map((y) => [y.label, y.first, y.last])).toEqual([
      ['2027', 0, 11],
      ['2028', 12, 23],
      ['2029', 24, 35],
    ])
    expect(yearSpans('2027-07', 22).map((y) => [y.label, y.first, y.last])).toEqual([
      ['2027 (Jul–Dec)', 0, 5],
      ['2028', 6, 17],
      ['2029 (Jan–Apr)', 18, 21],
    ])
    expect(yearSpans('2027-12', 1).map((y) => y.label)).toEqual(['2027 (Dec)'])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decimalOfNumber,
  discountOf,
  fractionToNumber,
  parseDecimal,
  sameFraction,
  shift,
  toNumber,
} from '../../../shared/prices/decimal'

const perMillion = (text: string): number => {
  const d = parseDecimal(text)
  if (!d) throw new Error(`not a decimal: ${text}`)
  return toNumber(shift(d, 6))
}

describe('per-token prices as prices per million tokens, exactly', () => {
  it.each([
    // [per token as written, per million worked by hand]
    ['0.000003', 3],
    ['3e-6', 3],
    ['3E-06', 3],
    ['0.0000025', 2.5],
    ['2.5e-06', 2.5],
    ['1.25e-7', 0.125],
    ['0.00000375', 3.75],
    ['1.5e-7', 0.15],
    ['6e-08', 0.06],
    ['3.5e-8', 0.035],
    ['0.0000002574', 0.2574],
    ['0.0000000028', 0.0028],
    ['0.0000225', 22.5],
    ['0.00012', 120],
    ['0', 0],
    ['0.00000008333333333333334', 0.08333333333333334],
  ])('%s per token is %s per million', (text, expected) => {
    expect(perMillion(text)).toBe(expected)
  })

  it('has no floating-point dust where multiplying does (GPT-4.1 mini: 0.0000004 in, 0.0000016 out; Nova Pro: 0.0000008)', () => {
    expect(0.0000004 * 1_000_000).toBe(0.39999999999999997)
    expect(0.0000016 * 1_000_000).toBe(1.5999999999999999)
    expect(8e-7 * 1_000_000).toBe(0.7999999999999999)
    expect(perMillion('0.0000004')).toBe(0.4)
    expect(perMillion('0.0000016')).toBe(1.6)
    expect(perMillion('8e-7')).toBe(0.8)
  })

  it('reads a JSON number as the decimal it was written as', () => {
    for (const [n, expected] of [
      [3e-6, 3],
      [1.6e-6, 1.6],
      [1e-7, 0.1],
      [1.1e-7, 0.11],
      [7.5e-8, 0.075],
      [0.00001, 10],
    ] as const) {
      const d = decimalOfNumber(n)
      expect(d && toNumber(shift(d, 6))).toBe(expected)
    }
    expect(decimalOfNumber(Infinity)).toBeNull()
    expect(decimalOfNumber(NaN)).toBeNull()
  })

  it('property: for any price written with up to 12 significant digits, the result is the decimal with its point moved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.integer({ min: 0, max: 18 }), (digits, scale) => {
        const text = `${String(digits)}e-${String(scale)}`
        expect(perMillion(text)).toBe(Number(`${String(digits)}e${String(6 - scale)}`))
      }),
    )
  })

  it.each(['', '.', 'abc', '1,5', '0x10', '1e', '--1', '1e1000000', `0.${'0'.repeat(70)}1`])(
    'refuses %j as a decimal',
    (text) => expect(parseDecimal(text)).toBeNull(),
  )
})

describe('batch discounts from batch prices, exactly', () => {
  const d = (text: string) => {
    const v = parseDecimal(text)
    if (!v) throw new Error(text)
    return v
  }

  it('0.0000025 → 0.00000125 is 50% off; 0.00001 → 0.000005 too: one discount', () => {
    const input = discountOf(d('0.0000025'), d('1.25e-6'))
    const output = discountOf(d('0.00001'), d('0.000005'))
    expect(sameFraction(input, output)).toBe(true)
    expect(fractionToNumber(input)).toBe(0.5)
  })

  it('tells a discount of 6/11 from 50%', () => {
    const input = discountOf(d('0.00000011'), d('0.00000005'))
    const output = discountOf(d('0.00000044'), d('0.00000022'))
    expect(sameFraction(input, output)).toBe(false)
    expect(fractionToNumber(input)).toBe(6 / 11)
  })
})

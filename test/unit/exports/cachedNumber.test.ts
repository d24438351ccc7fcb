import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cachedNumber } from '../../../electron/exports/xlsx/sheetWriter'
import { NonFiniteNumberError } from '../../../shared/model/finiteNumber'

describe('cached formula results (15 significant digits)', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-7, '-7'],
    [2 ** 53, '9007199254740992'],
    [0.1, '0.1'],
    [2.97, '2.97'],
    [-1234.5, '-1234.5'],
    [1 / 3, '0.333333333333333'],
    [1.5e-7, '1.5e-7'],
    [1e21 + 0.5, '1e+21'],
    [123456789012345.6, '123456789012346'],
  ])('%d -> %s', (v, text) => expect(cachedNumber(v)).toBe(text))

  it('property: reads back within 5e-15 relative, integers exactly, never with padding zeros', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = cachedNumber(v)
        const back = Number(text)
        if (Number.isInteger(v) && Math.abs(v) <= 2 ** 53) expect(back).toBe(v === 0 ? 0 : v)
        // Half a unit in the 15th digit (at most 5e-15 of the value), plus half an ulp when the text is read back.
        else expect(Math.abs(back - v)).toBeLessThanOrEqual((5e-15 + Number.EPSILON) * Math.abs(v))
        const mantissa = text.split('e')[0] ?? ''
        if (mantissa.includes('.')) expect(mantissa).not.toMatch(/0$|\.$/)
      }),
      { numRuns: 2000, examples: [[-1.003985554439835e-160]] },
    )
  })

  it('refuses NaN and Infinity: a workbook never holds a NaN or Infinity cell', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(() => cachedNumber(bad)).toThrow(NonFiniteNumberError)
      expect(() => cachedNumber(bad)).toThrow(`A figure of the workbook is ${String(bad)}, not a finite number`)
    }
    expect(cachedNumber(1e301)).toBe('1e+301')
    expect(cachedNumber(Number.MIN_VALUE)).toBe('5e-324')
  })
})

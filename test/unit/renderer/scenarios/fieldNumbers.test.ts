/**
 * Numbers typed into the scenarios view (lever fields and the tornado's ± percentage) are read by
 * the app's one number reader: hand-worked cases, and properties for what the private parsers read
 * before (still read to the same number), the decimal comma (always refused) and the shown value
 * (typing back what a field shows changes nothing).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  readLeverNumber,
  readTornadoPercent,
  shownLeverNumber,
} from '../../../../renderer/src/features/scenarios/fieldNumbers'

const COMMA_RULE = 'must be a number (use "," only between thousands)'

describe('a lever field reads its number', () => {
  it('reads a percentage in points, with or without "%" and spaces', () => {
    expect(readLeverNumber('Change', '20', true)).toEqual({ ok: true, value: 0.2 })
    expect(readLeverNumber('Change', '20%', true)).toEqual({ ok: true, value: 0.2 })
    expect(readLeverNumber('Change', '20 %', true)).toEqual({ ok: true, value: 0.2 })
    expect(readLeverNumber('Change', ' -50 ', true)).toEqual({ ok: true, value: -0.5 })
    expect(readLeverNumber('Change', '7.5', true)).toEqual({ ok: true, value: 0.075 })
    expect(readLeverNumber('Change', '.5', true)).toEqual({ ok: true, value: 0.005 })
    expect(readLeverNumber('Change', '1e1', true)).toEqual({ ok: true, value: 0.1 })
    // Signs as a spreadsheet writes them: a Unicode minus and accountants' parentheses.
    expect(readLeverNumber('Change', '\u221225', true)).toEqual({ ok: true, value: -0.25 })
    expect(readLeverNumber('Change', '(25)', true)).toEqual({ ok: true, value: -0.25 })
    // Thousands between groups of three: 1,500% is a share of 15 (the API then says its range).
    expect(readLeverNumber('Change', '1,500', true)).toEqual({ ok: true, value: 15 })
  })

  it('reads a plain amount for months, with thousands separators, and refuses a percentage there', () => {
    expect(readLeverNumber('Months added', '3', false)).toEqual({ ok: true, value: 3 })
    expect(readLeverNumber('Months added', '-2', false)).toEqual({ ok: true, value: -2 })
    expect(readLeverNumber('Months added', '1,000', false)).toEqual({ ok: true, value: 1000 })
    expect(readLeverNumber('Months added', '5%', false)).toEqual({
      ok: false,
      message: 'Months added: must be an amount, not a percentage',
    })
  })

  it('refuses a decimal comma, once read as 15, naming the field and the rule', () => {
    expect(readLeverNumber('Change', '1,5', true)).toEqual({ ok: false, message: `Change: ${COMMA_RULE}` })
    expect(readLeverNumber('Share moved', '0,25', true)).toEqual({
      ok: false,
      message: `Share moved: ${COMMA_RULE}`,
    })
    expect(readLeverNumber('Months added', '1,5', false)).toEqual({
      ok: false,
      message: `Months added: ${COMMA_RULE}`,
    })
  })

  it('refuses what is no number, naming the field', () => {
    expect(readLeverNumber('Change', '', true)).toEqual({ ok: false, message: 'Change: must be a number' })
    expect(readLeverNumber('Points per year', 'abc', true)).toEqual({
      ok: false,
      message: 'Points per year: must be a number',
    })
    // Number() read these as 16 and Infinity; the reader does not guess.
    expect(readLeverNumber('Change', '0x10', true)).toEqual({ ok: false, message: 'Change: must be a number' })
    expect(readLeverNumber('Change', '1e999', true)).toEqual({
      ok: false,
      message: 'Change: must be a finite number',
    })
  })

  it('shows a share in percent points to four decimals, an amount as it is', () => {
    expect(shownLeverNumber(-0.5, true)).toBe('-50')
    expect(shownLeverNumber(0.075, true)).toBe('7.5')
    expect(shownLeverNumber(0.123456789, true)).toBe('12.3457')
    expect(shownLeverNumber(3, false)).toBe('3')
  })
})

/**
 * What the old NumberField read and meant: an optional sign, digits with an optional point and
 * fraction, an optional exponent (or instead a whole part grouped by "," in threes), an optional
 * "%", spaces around and before the "%". It read Number() of the text without "%", spaces and commas.
 */
const groupedWhole = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.nat({ max: 999 }), { minLength: 1, maxLength: 3 }))
  .map(([head, groups]) => [String(head), ...groups.map((g) => String(g).padStart(3, '0'))].join(','))
const fraction = fc.option(fc.nat({ max: 99_999 }), { nil: undefined })
const exponent = fc
  .option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.nat({ max: 20 })), {
    nil: undefined,
  })
  .map((e) => (e ? `${e[0]}${e[1]}${String(e[2])}` : ''))
const decimalText = fc
  .tuple(
    fc.constantFrom('', '+', '-'),
    fc.oneof(
      fc
        .tuple(fc.nat({ max: 100_000 }), fc.constantFrom('', '.'), fraction, exponent)
        .map(([w, point, f, e]) => `${String(w)}${point}${point === '.' && f !== undefined ? String(f) : ''}${e}`),
      fc.tuple(fc.nat({ max: 99_999 }), exponent).map(([f, e]) => `.${String(f)}${e}`),
      // The reader takes thousands separators in a plain decimal, not beside an exponent.
      fc.tuple(groupedWhole, fraction).map(([w, f]) => (f === undefined ? w : `${w}.${String(f)}`)),
    ),
  )
  .map(([sign, digits]) => `${sign}${digits}`)
const pad = fc.constantFrom('', ' ', '  ')
const oldReading = (text: string) => Number(text.replace(/[%\s,]/g, ''))

describe('properties', () => {
  it('a percentage field reads everything the old field read to the share it saved', () => {
    fc.assert(
      fc.property(decimalText, fc.boolean(), pad, pad, (text, percentSign, around, beforePercent) => {
        const typed = `${around}${text}${beforePercent}${percentSign ? '%' : ''}${around}`
        expect(readLeverNumber('Change', typed, true)).toEqual({ ok: true, value: oldReading(typed) / 100 })
      }),
    )
  })

  it('an amount field reads every plain number the old field read to the same number', () => {
    fc.assert(
      fc.property(decimalText, pad, (text, around) => {
        const typed = `${around}${text}${around}`
        expect(readLeverNumber('Months added', typed, false)).toEqual({ ok: true, value: oldReading(typed) })
      }),
    )
  })

  it('a decimal comma is refused with its rule, never read as another number', () => {
    // Digits after the comma that are not a group of three: "1,5", "12,25", "0,1234".
    const fraction = fc.oneof(fc.stringMatching(/^\d{1,2}$/), fc.stringMatching(/^\d{4,6}$/))
    fc.assert(
      fc.property(fc.nat({ max: 99_999 }), fraction, fc.boolean(), (whole, digits, percent) => {
        const typed = `${String(whole)},${digits}`
        expect(readLeverNumber('Change', typed, percent)).toEqual({ ok: false, message: `Change: ${COMMA_RULE}` })
        expect(readTornadoPercent(typed)).toEqual({ ok: false, message: `The ± percentage ${COMMA_RULE}.` })
      }),
    )
  })

  it('typing back what a field shows reads a value that shows the same, so it never drifts', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean(), (value, percent) => {
        const shown = shownLeverNumber(value, percent)
        const read = readLeverNumber('Change', shown, percent)
        if (!read.ok) throw new Error(`${shown}: ${read.message}`)
        expect(shownLeverNumber(read.value, percent)).toBe(shown)
        // An amount is read back exactly (-0 shows as "0", read as 0).
        if (!percent) expect(read.value).toBe(value === 0 ? 0 : value)
      }),
    )
  })
})

describe('the tornado percentage', () => {
  it('reads 20, "7.5 %", "20 %" and "100%" in percent points', () => {
    expect(readTornadoPercent('20')).toEqual({ ok: true, value: 0.2 })
    expect(readTornadoPercent('20%')).toEqual({ ok: true, value: 0.2 })
    expect(readTornadoPercent('20 %')).toEqual({ ok: true, value: 0.2 })
    expect(readTornadoPercent(' 7.5 % ')).toEqual({ ok: true, value: 0.075 })
    expect(readTornadoPercent('100%')).toEqual({ ok: true, value: 1 })
  })

  it('refuses what is no number with the reader rule, and a move out of range', () => {
    expect(readTornadoPercent('abc')).toEqual({ ok: false, message: 'The ± percentage must be a number.' })
    expect(readTornadoPercent('')).toEqual({ ok: false, message: 'The ± percentage must be a number.' })
    expect(readTornadoPercent('2,5')).toEqual({ ok: false, message: `The ± percentage ${COMMA_RULE}.` })
    const range = { ok: false, message: 'The ± percentage must be above 0% and at most 100%.' }
    expect(readTornadoPercent('0')).toEqual(range)
    expect(readTornadoPercent('-10')).toEqual(range)
    expect(readTornadoPercent('150')).toEqual(range)
    expect(readTornadoPercent('100.01')).toEqual(range)
  })

  it('reads everything the old parser read within the range to the same share', () => {
    // The old grammar without thousands (it refused "1,000"): digits, point, "%", spaces around.
    const points = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.option(fc.nat({ max: 9999 }), { nil: undefined }))
      .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${String(whole)}.${String(fraction)}`))
    fc.assert(
      fc.property(points, fc.boolean(), pad, (text, percentSign, around) => {
        const n = Number(text)
        fc.pre(n > 0 && n <= 100)
        const typed = `${around}${text}${percentSign ? '%' : ''}${around}`
        expect(readTornadoPercent(typed)).toEqual({ ok: true, value: n / 100 })
      }),
    )
  })
})

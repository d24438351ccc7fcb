import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkMix,
  formatShareSum,
  normalise,
  readShare,
  rowsFromMix,
  toModelMix,
} from '../../../../renderer/src/features/modelMix/mixLogic'

const names = new Map([
  ['a', 'Model A'],
  ['b', 'Model B'],
  ['c', 'Model C'],
])
const rows = (...pairs: [string, string][]) => pairs.map(([modelId, percent]) => ({ modelId, percent }))

describe('model mix: reading percentages', () => {
  it('reads numbers as people type them, in percent points, and refuses text', () => {
    expect(readShare('40')).toEqual({ ok: true, value: 0.4 })
    expect(readShare(' 12.5 ')).toEqual({ ok: true, value: 0.125 })
    expect(readShare('40%')).toEqual({ ok: true, value: 0.4 })
    expect(readShare('.5')).toEqual({ ok: true, value: 0.005 })
    expect(readShare('')).toEqual({ ok: false, rule: 'must be a number' })
    expect(readShare('abc')).toEqual({ ok: false, rule: 'must be a number' })
    expect(readShare('4O')).toEqual({ ok: false, rule: 'must be a number' })
  })

  it('reads what the grid and the detail fields read, with the same rules', () => {
    // The shared reader's spaces, signs and thousands separators, which the mix's own parser refused.
    expect(readShare('40 %')).toEqual({ ok: true, value: 0.4 })
    expect(readShare('\u2212 5')).toEqual({ ok: true, value: -0.05 })
    // A decimal comma is refused with its reason rather than read as 4 or 40.
    expect(readShare('0,4')).toEqual({ ok: false, rule: 'must be a number (use "," only between thousands)' })
    expect(readShare('1e999')).toEqual({ ok: false, rule: 'must be a finite number' })
  })

  it('reads everything the old parser read to the share it saved (its number over 100)', () => {
    // The old grammar: an optional sign, digits with an optional point, an optional exponent, an
    // optional trailing "%", spaces around. Its saved share was Number(number) / 100.
    const numberText = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        fc.oneof(
          fc.tuple(
            fc.nat({ max: 100_000 }),
            fc.constantFrom('', '.'),
            fc.option(fc.nat({ max: 99_999 }), { nil: undefined }),
          ),
          fc.tuple(fc.constant(''), fc.constant('.'), fc.nat({ max: 99_999 })),
        ),
        fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.nat({ max: 20 })), {
          nil: undefined,
        }),
      )
      .map(([sign, [whole, point, fraction], exp]) => {
        const digits = `${String(whole)}${point}${point === '.' && fraction !== undefined ? String(fraction) : ''}`
        return `${sign}${digits}${exp ? `${exp[0]}${exp[1]}${String(exp[2])}` : ''}`
      })
    fc.assert(
      fc.property(numberText, fc.boolean(), fc.constantFrom('', ' ', '  '), (text, percent, pad) => {
        const typed = `${pad}${text}${percent ? '%' : ''}${pad}`
        expect(readShare(typed)).toEqual({ ok: true, value: Number(text) / 100 })
      }),
    )
  })
})

describe('model mix: the sum check', () => {
  it('accepts shares that sum to 100%', () => {
    const c = checkMix(rows(['a', '60'], ['b', '40']), names)
    expect(c).toEqual({ shareSum: 1, ok: true, message: null })
  })

  it('refuses a sum other than 100% and says what it is', () => {
    const c = checkMix(rows(['a', '60'], ['b', '30']), names)
    expect(c.ok).toBe(false)
    // 0.6 + 0.3 is 0.8999999999999999 in floating point; shown to four decimals it is 90%.
    expect(c.shareSum).toBeCloseTo(0.9, 15)
    expect(formatShareSum(c.shareSum)).toBe('90%')
    expect(c.message).toBe('Shares must sum to 100% (they sum to 90%).')
  })

  it('names the model whose share is not a number or out of range', () => {
    expect(checkMix(rows(['a', 'x'], ['b', '100']), names).message).toBe('Model A: share must be a number.')
    expect(checkMix(rows(['a', '0,4'], ['b', '100']), names).message).toBe(
      'Model A: share must be a number (use "," only between thousands).',
    )
    expect(checkMix(rows(['a', '120'], ['b', '-20']), names).message).toBe(
      'Model A: share must be between 0% and 100%.',
    )
  })

  it('refuses a model listed twice, an empty mix and a model not in the price book', () => {
    expect(checkMix(rows(['a', '50'], ['a', '50']), names).message).toBe('Model A appears twice; name each model once.')
    expect(checkMix([], names).message).toBe('Add at least one model.')
    expect(checkMix(rows(['zz', '100']), names).message).toBe('"zz" is not in the price book.')
  })

  it('keeps thirds that an untouched mix was saved with within the model tolerance', () => {
    const r = rowsFromMix([
      { modelId: 'a', share: 1 / 3 },
      { modelId: 'b', share: 1 / 3 },
      { modelId: 'c', share: 1 / 3 },
    ])
    expect(r.map((x) => x.percent)).toEqual(['33.3333333333', '33.3333333333', '33.3333333333'])
    expect(checkMix(r, names).ok).toBe(true)
  })
})

describe('model mix: normalise', () => {
  it('scales shares to exactly 100.00% at two decimals, the largest remainders taking the spare hundredths', () => {
    // 1:1:1 -> 33.33 each leaves 0.01 over; it goes to the first of the equal remainders.
    expect(normalise(rows(['a', '1'], ['b', '1'], ['c', '1'])).map((r) => r.percent)).toEqual([
      '33.34',
      '33.33',
      '33.33',
    ])
    // 30:30 -> 50:50
    expect(normalise(rows(['a', '30'], ['b', '30'])).map((r) => r.percent)).toEqual(['50', '50'])
    // 20:60:10 (sum 90) -> 22.22..., 66.66..., 11.11... ; floors 22.22 + 66.66 + 11.11 = 99.99, the 0.01 goes to 66.67 (remainder 0.67)
    expect(normalise(rows(['a', '20'], ['b', '60'], ['c', '10'])).map((r) => r.percent)).toEqual([
      '22.22',
      '66.67',
      '11.11',
    ])
  })

  it('turns an all-zero or unreadable mix into an even split', () => {
    expect(normalise(rows(['a', '0'], ['b', 'abc'])).map((r) => r.percent)).toEqual(['50', '50'])
  })

  it('always passes the sum check afterwards', () => {
    const n = normalise(rows(['a', '7'], ['b', '13'], ['c', '1.5']))
    expect(checkMix(n, names).ok).toBe(true)
  })

  it('turns any typed shares into hundredths that sum to exactly 100% and pass the check', () => {
    const typed = fc.oneof(
      fc.double({ min: 0, max: 1000, noNaN: true }).map(String),
      fc.nat({ max: 100 }).map((n) => `${String(n)}%`),
      fc.constantFrom('', 'abc', '-3', '0,4'),
    )
    fc.assert(
      fc.property(fc.array(typed, { minLength: 1, maxLength: 20 }), (percents) => {
        const ids = percents.map((_, i) => `m${String(i)}`)
        const n = normalise(percents.map((percent, i) => ({ modelId: ids[i] ?? '', percent })))
        const hundredths = n.map((r) => Math.round(Number(r.percent) * 100))
        expect(hundredths.reduce((s, h) => s + h, 0)).toBe(10_000)
        expect(checkMix(n, new Map(ids.map((id) => [id, id]))).ok).toBe(true)
      }),
    )
  })
})

describe('model mix: saved form', () => {
  it('stores shares as fractions of one', () => {
    expect(toModelMix(rows(['a', '25'], ['b', '75']))).toEqual([
      { modelId: 'a', share: 0.25 },
      { modelId: 'b', share: 0.75 },
    ])
    // "40%" and "40" are the same share.
    expect(toModelMix(rows(['a', '60%'], ['b', '40']))).toEqual([
      { modelId: 'a', share: 0.6 },
      { modelId: 'b', share: 0.4 },
    ])
  })
})

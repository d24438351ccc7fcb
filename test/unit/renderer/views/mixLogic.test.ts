import { describe, expect, it } from 'vitest'
import {
  checkMix,
  normalise,
  parsePercent,
  rowsFromMix,
  toModelMix,
} from '../../../../renderer/src/features/modelMix/mixLogic'

const names = new Map([
  ['a', 'Model A'],
  ['b', 'Model B'],
  ['c', 'Model C'],
])
const rows = (...pairs: [string, string][]) => pairs.map(([modelId, percent]) => ({ modelId, percent }))

describe('model mix: parsing percentages', () => {
  it('reads numbers as people type them and refuses text', () => {
    expect(parsePercent('40')).toBe(40)
    expect(parsePercent(' 12.5 ')).toBe(12.5)
    expect(parsePercent('40%')).toBe(40)
    expect(parsePercent('.5')).toBe(0.5)
    expect(parsePercent('')).toBeNull()
    expect(parsePercent('abc')).toBeNull()
    expect(parsePercent('4O')).toBeNull()
  })
})

describe('model mix: the sum check', () => {
  it('accepts shares that sum to 100%', () => {
    const c = checkMix(rows(['a', '60'], ['b', '40']), names)
    expect(c).toEqual({ sum: 100, ok: true, message: null })
  })

  it('refuses a sum other than 100% and says what it is', () => {
    const c = checkMix(rows(['a', '60'], ['b', '30']), names)
    expect(c.ok).toBe(false)
    expect(c.sum).toBe(90)
    expect(c.message).toBe('Shares must sum to 100% (they sum to 90%).')
  })

  it('names the model whose share is not a number or out of range', () => {
    expect(checkMix(rows(['a', 'x'], ['b', '100']), names).message).toBe('Model A: share must be a number.')
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
})

describe('model mix: saved form', () => {
  it('stores shares as fractions of one', () => {
    expect(toModelMix(rows(['a', '25'], ['b', '75']))).toEqual([
      { modelId: 'a', share: 0.25 },
      { modelId: 'b', share: 0.75 },
    ])
  })
})

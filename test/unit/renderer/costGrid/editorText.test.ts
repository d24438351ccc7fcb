import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  editorText,
  editText,
  parseCell,
  type FormatContext,
} from '../../../../renderer/src/features/costGrid/fieldKinds'

const ctx: FormatContext = { currency: 'USD', startMonth: '2026-11', modelNames: new Map() }

describe('what a grid editor opens with', () => {
  it('writes amounts with thousands separators and months by name; copies stay plain', () => {
    expect(editorText('money', 4_000_000, ctx)).toBe('4,000,000')
    expect(editorText('money', -1234.5, ctx)).toBe('-1,234.5')
    expect(editorText('money', 0.0125, ctx)).toBe('0.0125')
    expect(editorText('count', 12_500, ctx)).toBe('12,500')
    expect(editorText('money', -0, ctx)).toBe('0')
    expect(editorText('month', 14, ctx)).toBe('Jan 2028')
    expect(editorText('percent', 0.125, ctx)).toBe('12.5%')
    expect(editorText('money', null, ctx)).toBe('')
    expect(editText('money', 4_000_000, ctx)).toBe('4000000')
    expect(editText('month', 14, ctx)).toBe('2028-01')
  })

  it('reads back exactly what it shows, for any finite amount and any month', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        const read = parseCell('money', editorText('money', value, ctx), ctx)
        expect(read).toEqual({ ok: true, value: Object.is(value, -0) ? 0 : value })
      }),
    )
    fc.assert(
      fc.property(fc.integer({ min: -240, max: 600 }), (t) => {
        expect(parseCell('month', editorText('month', t, ctx), ctx)).toEqual({ ok: true, value: t })
      }),
    )
  })
})

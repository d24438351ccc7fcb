import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeSheetName } from '../../../shared/exports/cellRef'

describe('sheet names Excel opens without repairing', () => {
  it('cuts to 31 characters without a trailing space or apostrophe, and numbers duplicates', () => {
    expect(safeSheetName('Projection Caching and routing to a small model', new Set())).toBe(
      'Projection Caching and routing',
    )
    expect(safeSheetName("Levers 'quoted'", new Set())).toBe("Levers 'quoted")
    expect(safeSheetName('a/b:c', new Set())).toBe('a b c')
    expect(safeSheetName("''", new Set())).toBe('Sheet')
    expect(safeSheetName('Summary', new Set(['summary']))).toBe('Summary (2)')
  })

  it('property: at most 31 characters, no []:*?/\\, no apostrophe or space at either end, not taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 31 })), (name, taken) => {
        const set = new Set(taken.map((t) => t.toLowerCase()))
        const got = safeSheetName(name, set)
        expect(got.length).toBeGreaterThan(0)
        expect(got.length).toBeLessThanOrEqual(31)
        expect(got).not.toMatch(/[[\]:*?/\\]/)
        expect(got).not.toMatch(/^[\s']|[\s']$/)
        expect(set.has(got.toLowerCase())).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })
})

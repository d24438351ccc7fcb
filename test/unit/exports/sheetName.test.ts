import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeSheetName, shorten } from '../../../shared/exports/cellRef'
import { scenarioSheetNames } from '../../../electron/exports/xlsx'

describe('sheet names Excel opens without repairing, readable', () => {
  it('cuts a long name at a word with an ellipsis, and numbers duplicates', () => {
    expect(safeSheetName('S2 Caching and routing to a small model', new Set())).toBe('S2 Caching and routing to a…')
    expect(safeSheetName('Model prices -50% over 12 months', new Set())).toBe('Model prices -50% over 12…')
    expect(safeSheetName("Levers 'quoted'", new Set())).toBe('Levers ’quoted’')
    expect(safeSheetName('a/b:c!', new Set())).toBe('a b c')
    expect(safeSheetName('[]', new Set())).toBe('Sheet')
    expect(safeSheetName('Summary', new Set(['summary']))).toBe('Summary (2)')
    expect(safeSheetName('Summary', new Set(['summary', 'summary (2)']))).toBe('Summary (3)')
    expect(shorten('Supercalifragilisticexpialidocious-and-more', 12)).toBe('Supercalifr…')
  })

  it('names the baseline after itself and each scenario "Sn levers" and "Sn name"', () => {
    const names = scenarioSheetNames([
      { name: 'Baseline', levers: [] },
      { name: 'Model prices -50% over 12 months', levers: [1] },
      { name: 'No levers at all', levers: [] },
      { name: 'Summary', levers: [1] },
    ])
    expect(names).toEqual([
      { levers: null, projection: 'Baseline' },
      { levers: 'S1 levers', projection: 'S1 Model prices -50% over 12…' },
      { levers: null, projection: 'S2 No levers at all' },
      { levers: 'S3 levers', projection: 'S3 Summary' },
    ])
  })

  it("property: at most 31 characters, no []:*?/\\!' or control characters, no space at either end, not taken", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 31 })), (name, taken) => {
        const set = new Set(taken.map((t) => t.toLowerCase()))
        const got = safeSheetName(name, set)
        expect(got.length).toBeGreaterThan(0)
        expect(got.length).toBeLessThanOrEqual(31)
        expect(got).not.toMatch(/[[\]:*?/\\!'\u0000-\u001F]/)
        expect(got).not.toMatch(/^\s|\s$/)
        expect(set.has(got.toLowerCase())).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })
})

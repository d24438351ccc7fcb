import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ImportIssue, ImportPreview } from '../../../../shared/api/methods/imports'
import {
  applyBlocker,
  columnStatus,
  importKindOf,
  issueColumn,
  issuesByColumn,
  mappedColumns,
  proposedPortfolioName,
  remap,
} from '../../../../renderer/src/features/exportImport/importFlow'

const issue = (over: Partial<ImportIssue>): ImportIssue => ({
  row: 3,
  column: null,
  field: '',
  rule: 'rule',
  message: 'message',
  ...over,
})

function preview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    format: 'csv',
    sheets: [],
    sheet: null,
    headers: ['Name', 'Cache', 'Notes'],
    suggestedMapping: ['name', 'usage.cacheHitRate', null],
    mapping: ['name', 'usage.cacheHitRate', null],
    fields: [],
    rows: [],
    issues: [],
    warnings: [],
    unmatchedModels: [],
    counts: { rows: 2, valid: 2, invalid: 0, issues: 0 },
    ...over,
  }
}

describe('the file kinds the wizard accepts', () => {
  it('CSV, TXT and XLSX add initiatives, JSON opens a portfolio, anything else is refused', () => {
    expect(importKindOf('plan.CSV')).toBe('sheet')
    expect(importKindOf('plan.txt')).toBe('sheet')
    expect(importKindOf('Plan 2027.xlsx')).toBe('sheet')
    expect(importKindOf('backup.json')).toBe('portfolio')
    expect(importKindOf('plan.xls')).toBe('unknown')
    expect(importKindOf('csv')).toBe('unknown')
  })
})

describe('changing the column mapping', () => {
  it('maps a column and takes the field away from the column that held it', () => {
    expect(remap(['name', 'usage.cacheHitRate', null], 2, 'usage.cacheHitRate')).toEqual([
      'name',
      null,
      'usage.cacheHitRate',
    ])
    expect(remap(['name', 'usage.cacheHitRate', null], 0, null)).toEqual([null, 'usage.cacheHitRate', null])
  })

  it('property: after any sequence of changes no field is filled by two columns', () => {
    const fields = ['name', 'usage.cacheHitRate', 'governance.owner', 'costs.dataOneOff']
    const change = fc.tuple(fc.nat({ max: 5 }), fc.option(fc.constantFrom(...fields), { nil: null }))
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (changes) => {
        let mapping: (string | null)[] = [null, null, null, null, null, null]
        for (const [index, field] of changes) {
          mapping = remap(mapping, index, field)
          expect(mapping[index]).toBe(field)
        }
        const used = mapping.filter((f) => f !== null)
        expect(new Set(used).size).toBe(used.length)
        expect(mapping).toHaveLength(6)
      }),
    )
  })

  it('says which columns were matched automatically, changed, or ignored', () => {
    const p = preview()
    const mapping = ['name', 'governance.owner', null]
    expect([0, 1, 2].map((i) => columnStatus(p, mapping, i))).toEqual(['matched', 'changed', 'ignored'])
    expect(mappedColumns(mapping)).toEqual([0, 1])
  })
})

describe('where an issue is shown', () => {
  const mapping = ['name', 'usage.cacheHitRate', null]
  it('on its own column, else on the column mapped to its field, else on the row', () => {
    expect(issueColumn(issue({ column: 2, field: 'x' }), mapping)).toBe(2)
    expect(issueColumn(issue({ field: 'usage.cacheHitRate' }), mapping)).toBe(1)
    expect(issueColumn(issue({ field: 'usage.batchShare' }), mapping)).toBeNull()
    expect(issueColumn(issue({ field: '' }), mapping)).toBeNull()
  })

  it('groups a row’s issues by column, the unplaced ones under -1', () => {
    const a = issue({ column: 1, message: 'a' })
    const b = issue({ field: 'usage.cacheHitRate', message: 'b' })
    const c = issue({ field: 'value.valuePerOutcome', message: 'c' })
    const grouped = issuesByColumn([a, b, c], mapping)
    expect(grouped.get(1)).toEqual([a, b])
    expect(grouped.get(-1)).toEqual([c])
  })
})

describe('all or nothing', () => {
  it('a clean file can be applied', () => {
    expect(applyBlocker(preview())).toBeNull()
  })

  it('one bad row blocks every row, and the reason says how many', () => {
    const blocked = preview({ counts: { rows: 3, valid: 2, invalid: 1, issues: 2 } })
    expect(applyBlocker(blocked)).toBe(
      '1 row has 2 problems. Nothing is imported until every row is valid: fix the file or the column mapping.',
    )
  })

  it('a file-level problem comes first, and an empty file cannot be applied', () => {
    const missing = issue({ row: null, field: 'name', message: 'No column is mapped to Name (required)' })
    expect(applyBlocker(preview({ issues: [missing] }))).toBe('No column is mapped to Name (required)')
    expect(applyBlocker(preview({ counts: { rows: 0, valid: 0, invalid: 0, issues: 0 } }))).toBe(
      'The file has no data rows to import.',
    )
  })
})

describe('the name proposed for a JSON portfolio in browser mode', () => {
  it("is the JSON file's name without its extension", () => {
    expect(proposedPortfolioName('Board 2027.json')).toBe('Board 2027')
    expect(proposedPortfolioName('x.JSON')).toBe('x')
    expect(proposedPortfolioName('.json')).toBe('Imported portfolio')
    expect(proposedPortfolioName('  .json')).toBe('Imported portfolio')
  })
})

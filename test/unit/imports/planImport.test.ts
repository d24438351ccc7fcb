import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../shared/imports/csv'
import { planImport, type PlanContext } from '../../../shared/imports/preview'
import { toTable } from '../../../shared/imports/table'
import { IMPORT_FIELDS } from '../../../shared/imports/fields'
import { Initiative } from '../../../shared/model/initiative'

const ctx = (over: Partial<PlanContext> = {}): PlanContext => {
  let n = 0
  return {
    startMonth: '2026-01',
    horizonMonths: 24,
    priceBook: [
      { id: 'acme-large', name: 'Acme Large' },
      { id: 'acme-small', name: 'Acme Small' },
    ],
    existingIds: new Set(['support']),
    existingCount: 1,
    newId: () => `new-${++n}`,
    ...over,
  }
}

function plan(csv: string, mapping?: (string | null)[], c = ctx()) {
  const parsed = parseCsv(csv)
  if (!parsed.ok) throw new Error(parsed.message)
  const table = toTable(parsed.rows)
  if (!table.ok) throw new Error(table.message)
  return planImport(table.table, { format: 'csv', sheets: [], sheet: null }, mapping, c)
}

const messages = (csv: string, mapping?: (string | null)[]) => plan(csv, mapping).allIssues.map((i) => i.message)

describe('planImport: rows to initiatives', () => {
  it('reads each kind of cell into the model’s units (hand-worked values)', () => {
    const p = plan(
      'Name,Stage,Value type,Launch,Cache hit rate,Batch share,Target users,Platform / mo,Model mix,Review date,Ramp (months)\n' +
        'Support bot,Scaling,cost savings,2026-04,12%,0.25,"1,200",$3.5,Acme Small 70%; acme-large 30%,2026-06-30,6\n' +
        'Drafts,pilot,Revenue,Mar 2027,0,,,,,,\n',
    )
    expect(p.allIssues).toEqual([])
    const [a, b] = p.initiatives as [Initiative, Initiative]
    expect(a.id).toBe('new-1')
    expect(a.governance.stage).toBe('scaling')
    expect(a.governance.valueType).toBe('cost_savings')
    expect(a.usage.launchMonth).toBe(3) // 2026-04 is 3 months after 2026-01
    expect(a.usage.cacheHitRate).toBe(0.12)
    expect(a.usage.batchShare).toBe(0.25)
    expect(a.usage.targetUsers).toBe(1200)
    expect(a.costs.platformPerMonth).toBe(3.5)
    expect(a.usage.modelMix).toEqual([
      { modelId: 'acme-small', share: 0.7 },
      { modelId: 'acme-large', share: 0.3 },
    ])
    expect(a.governance.reviewDate).toBe('2026-06-30')
    expect(a.usage.rampMonths).toBe(6)
    // Empty cells keep the blank initiative's values; the default model is the price book's first.
    expect(b.usage.launchMonth).toBe(14) // Mar 2027 = 12 + 2
    expect(b.usage.targetUsers).toBe(0)
    expect(b.usage.modelMix).toEqual([{ modelId: 'acme-large', share: 1 }])
    expect(p.preview.counts).toEqual({ rows: 2, valid: 2, invalid: 0, issues: 0 })
  })

  it('names the row, the field and the rule for wrong types and broken rules', () => {
    expect(
      messages(
        'Name,Target users,Cache hit rate,Stage,Ramp (months),Launch,Model,Review date\n' +
          'A,lots,150%,pilot,2.5,2030-01,Acme Huge,30/06/2026\n' +
          ',5,10%,,,,,\n',
      ),
    ).toEqual([
      'Row 2: Target users must be a number (found "lots")',
      'Row 2: Model mix must name a model in the price book (unknown model "Acme Huge")',
      'Row 2: Review date must be a date written YYYY-MM-DD (found "30/06/2026")',
      'Row 2: Ramp (months) must be a whole number (found "2.5")',
      'Row 2: Cache hit rate must be between 0% and 100% (found "150%")',
      'Row 3: Name must not be empty',
    ])
  })

  it('checks the rules that need the portfolio: launch within the horizon', () => {
    expect(messages('Name,Launch\nA,2028-01\n')).toEqual([
      'Row 2: Launch must fall within the 24-month horizon (0 to 23)',
    ])
  })

  it('reports a rule across fields when each value passes alone, and not on top of a refused value', () => {
    expect(messages('Name,Cache hit rate,Cache write rate\nA,60%,50%\nB,150%,50%\n')).toEqual([
      'Row 2: Cache write rate: cache hit rate plus cache write rate must not exceed 100% (found "50%")',
      'Row 3: Cache hit rate must be between 0% and 100% (found "150%")',
    ])
  })

  it('drops the apostrophe the exports put before formula-like text, and only that one', () => {
    const p = plan(`Name,Owner\n'=Q3 bot,'@team\n'plain,-x\n`)
    expect(p.initiatives.map((i) => [i.name, i.governance.owner])).toEqual([
      ['=Q3 bot', '@team'],
      ["'plain", '-x'],
    ])
  })

  it('finds a header row below a title; such a table ends at its first blank row', () => {
    const p = plan(
      'Portfolio plan,,\nExported 2026-03,,\nName,Owner,Stage\nA,Ann,pilot\nB,Bo,idea\n,,\nModel mix,,\nA,Acme,1\n',
    )
    expect(p.preview.headers).toEqual(['Name', 'Owner', 'Stage'])
    expect(p.preview.rows.map((r) => [r.row, r.name])).toEqual([
      [4, 'A'],
      [5, 'B'],
    ])
    expect(p.allIssues).toEqual([])
  })

  it('refuses ids already in the portfolio or repeated in the file', () => {
    expect(messages('Name,Id\nA,support\nB,x1\nC,x1\n')).toEqual([
      'Row 2: Id must be unique ("support" is already an initiative of the portfolio)',
      'Row 4: Id must be unique ("x1" is also the id of row 3)',
    ])
  })

  it('refuses a percentage where an amount is meant', () => {
    expect(messages('Name,Target users\nA,5%\n')).toEqual([
      'Row 2: Target users must be an amount, not a percentage (found "5%")',
    ])
  })

  it('reports a missing Name column as a file issue and creates nothing', () => {
    const p = plan('Owner,Stage\nAnn,pilot\n')
    expect(p.allIssues[0]).toMatchObject({ row: null, field: 'name', rule: 'must be mapped to a column' })
    expect(p.initiatives).toEqual([])
  })

  it('one bad row means no initiative at all (all or nothing)', () => {
    const p = plan('Name,Target users\nA,1\nB,x\nC,3\n')
    expect(p.initiatives).toEqual([])
    expect(p.preview.counts).toEqual({ rows: 3, valid: 2, invalid: 1, issues: 1 })
  })

  it('uses a given mapping instead of the suggestion', () => {
    const p = plan('Title,Cost\nA,7\n', ['name', 'costs.platformPerMonth'])
    expect(p.preview.suggestedMapping).toEqual(['name', null])
    expect(p.initiatives[0]?.costs.platformPerMonth).toBe(7)
  })

  it('ignores __proto__ / constructor / prototype columns and never touches Object.prototype', () => {
    const p = plan('Name,__proto__,constructor,prototype\nA,"{""polluted"":1}",x,y\n')
    expect(p.allIssues).toEqual([])
    expect(p.preview.mapping).toEqual(['name', null, null, null])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(p.initiatives[0] ?? {})).toEqual(['id', 'name', 'governance', 'usage', 'costs', 'value'])
  })

  it('refuses more initiatives than a portfolio holds with those already there', () => {
    const p = plan('Name\nA\nB\n', undefined, ctx({ existingCount: 4999 }))
    expect(p.allIssues.map((i) => i.message)).toEqual([
      'The portfolio has 4,999 initiatives; adding 2 would pass the limit of 5,000.',
    ])
  })

  it('shows the first 50 rows in the preview but counts every row', () => {
    const p = plan(
      `Name,Target users\n${Array.from({ length: 60 }, (_, i) => `I${i},${i === 55 ? 'x' : i}`).join('\n')}\n`,
    )
    expect(p.preview.rows).toHaveLength(50)
    expect(p.preview.rows[0]).toMatchObject({ row: 2, values: ['I0', '0'], name: 'I0', issues: [] })
    expect(p.preview.counts).toEqual({ rows: 60, valid: 59, invalid: 1, issues: 1 })
    expect(p.preview.issues[0]?.message).toBe('Row 57: Target users must be a number (found "x")')
  })

  it('property: any cells in any field never throw; each row either passes every model rule or has an issue naming its row', () => {
    const ids = IMPORT_FIELDS.map((f) => f.id)
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('12%', '-1', '1e309', '(5)', '2026-13', 'Acme Small 50%; acme-large 50%', 'pilot', '0.5', ''),
      fc.double().map(String),
    )
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        (fields, rows) => {
          const headers = ['Name', ...fields.filter((f) => f !== 'name')]
          const width = headers.length
          const table = {
            headers,
            rows: rows.map((cells, i) => ({ number: i + 2, cells: ['n', ...cells].slice(0, width) })),
            blankRows: 0,
          }
          const mapping = headers.map((_, i) => (i === 0 ? 'name' : (headers[i] ?? null)))
          const r = planImport(table, { format: 'csv', sheets: [], sheet: null }, mapping, ctx())
          for (const i of r.allIssues) expect(i.message).toMatch(/^Row \d+: /)
          if (r.allIssues.length === 0) {
            expect(r.initiatives).toHaveLength(rows.length)
            for (const init of r.initiatives) expect(Initiative.safeParse(init).success).toBe(true)
          } else expect(r.initiatives).toEqual([])
        },
      ),
      { numRuns: 200 },
    )
  })
})

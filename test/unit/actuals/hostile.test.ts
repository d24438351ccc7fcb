import { describe, expect, it } from 'vitest'
import { MAX_FIELD_CHARS, MAX_IMPORT_COLUMNS, MAX_JSON_DEPTH, MAX_LISTED_ISSUES } from '../../../shared/actuals/limits'
import {
  createActualsReader,
  readActualsRows,
  readActualsText,
  type ActualsRefusal,
} from '../../../shared/actuals/readActuals'

/** Hostile and broken files are refused whole, with bounded work and every number finite and bounded. */

function refusal(text: string): ActualsRefusal {
  const r = readActualsText(text)
  if (r.ok) throw new Error('the file was read')
  return r
}

const HEAD =
  'BillingAccountId,ProviderName,ChargePeriodStart,ChargeCategory,BilledCost,BillingCurrency,ServiceName,SkuMeter,ConsumedQuantity,ConsumedUnit'
const row = (cost: string, quantity = '1', day = '2026-01-05') =>
  `a,Microsoft,${day},Usage,${cost},USD,Azure OpenAI,gpt-4o Input Tokens,${quantity},1K Tokens`

describe('hostile files', () => {
  it('refuses a file it cannot recognise, naming the formats it reads', () => {
    expect(refusal('name,colour\nx,blue').message).toMatch(
      /does not name the columns of an export this app reads \(FOCUS/,
    )
    expect(refusal('').message).toMatch(/holds no rows/)
    expect(refusal('{"hello": 1}').message).toMatch(/not an export this app reads/)
  })

  it('refuses numbers that are not finite or past the limits, and negative token counts, all or nothing', () => {
    const r = refusal(
      [HEAD, row('NaN'), row('1e400'), row('1'), row('2', '-5'), row('3', '1e30'), row('Infinity')].join('\n'),
    )
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'BilledCost'],
      [3, 'BilledCost'],
      [5, 'ConsumedQuantity'],
      [6, 'ConsumedQuantity'],
      [7, 'BilledCost'],
    ])
    expect(r.message).toMatch(/5 problems/)
  })

  it('refuses dates it cannot read rather than guessing (31 February, a placeholder year)', () => {
    const r = refusal(
      [HEAD, row('1', '1', '2026-02-31'), row('1', '1', '9999-12-31'), row('1', '1', 'yesterday')].join('\n'),
    )
    expect(r.issues.map((i) => i.field)).toEqual(['ChargePeriodStart', 'ChargePeriodStart', 'ChargePeriodStart'])
  })

  it('lists at most MAX_LISTED_ISSUES problems but counts them all', () => {
    const rows = Array.from({ length: MAX_LISTED_ISSUES + 500 }, () => row('oops'))
    const r = refusal([HEAD, ...rows].join('\n'))
    expect(r.issues).toHaveLength(MAX_LISTED_ISSUES)
    expect(r.issueCount).toBe(MAX_LISTED_ISSUES + 500)
  })

  it('applies the import limits: field length, columns, unclosed quotes', () => {
    expect(refusal(`${HEAD}\n${row('1')},"${'x'.repeat(MAX_FIELD_CHARS + 1)}"`).message).toMatch(
      /^Row 2, column 11: a cell holds/,
    )
    const wide = Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')
    expect(refusal(`${HEAD}\n${wide}`).message).toMatch(/more than 200 columns/)
    expect(refusal(`${HEAD}\n${row('1')}\n"never closed`).message).toMatch(/^Row 3: a quoted cell is never closed/)
  })

  it('refuses a quote never closed early, without reading the rest of the file again and again', () => {
    const reader = createActualsReader()
    reader.push(`${HEAD}\n"`)
    const chunk = 'x'.repeat(1 << 20)
    for (let i = 0; i < 3; i++) reader.push(chunk)
    const r = reader.finish()
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.message).toMatch(/^Row 2: a record runs past/)
  })

  it('refuses JSON nested deeper than any export', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`
    expect(refusal(deep).message).toMatch(/nests deeper/)
    expect(refusal('{"data": [1, 2').message).toMatch(/not valid JSON/)
  })

  it('refuses a JSON document past its size limit as it arrives', () => {
    const reader = createActualsReader()
    reader.push('[')
    const chunk = ' '.repeat(8 << 20)
    for (let i = 0; i < 9; i++) reader.push(chunk)
    const r = reader.finish()
    expect(r.ok ? '' : r.message).toMatch(/JSON file is larger than 64 MB/)
  })

  it('keeps attribution keys and names bounded', () => {
    const tags = JSON.stringify(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v'])))
    const head = `${HEAD},Tags`
    const r = refusal(`${head}\n${row('1')},"${tags.replace(/"/g, '""')}"`)
    expect(r.issues[0]).toMatchObject({ row: 2, field: 'keys' })
    const long = refusal(`${head}\n${row('1')},"${JSON.stringify({ k: 'v'.repeat(600) }).replace(/"/g, '""')}"`)
    expect(long.issues[0]).toMatchObject({ row: 2, field: 'Tags' })
  })

  it('names a missing column a forced format needs', () => {
    const r = readActualsText('ChargePeriodStart,BilledCost\n2026-01-01,1', { format: 'focus' })
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['ChargeCategory', 'BillingCurrency', 'BillingAccountId'])
  })

  it('reads sheet rows (an XLSX read by the caller), numbers kept as numbers', () => {
    const r = readActualsRows(
      [
        { number: 1, cells: ['Month', 'Team', 'Cost'] },
        { number: 2, cells: ['2026-03', 'growth', 12.5] },
        { number: 4, cells: ['Apr 2026', 'growth', '(2.50)'] },
      ],
      { mapping: { columns: { month: 'Month', key: 'Team', cost: 'Cost' }, keyType: 'team' } },
    )
    expect(r.ok ? r.lines.map((l) => [l.month, l.cost, l.chargeCategory, l.keys[0]?.type]) : r.issues).toEqual([
      ['2026-03', 12.5, 'usage', 'team'],
      ['2026-04', -2.5, 'credit', 'team'],
    ])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../shared/imports/csv'
import { MAX_FIELD_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../../shared/imports/limits'

const cells = (text: string) => {
  const r = parseCsv(text)
  if (!r.ok) throw new Error(r.message)
  return r.rows.map((row) => row.cells)
}

const refusal = (text: string) => {
  const r = parseCsv(text)
  if (r.ok) throw new Error('expected a refusal')
  return r.message
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted cells holding the delimiter, doubled quotes and line breaks', () => {
    expect(cells('Name,Note\r\n"Smith, J","He said ""hi"""\r\n"two\r\nlines",x\r\n')).toEqual([
      ['Name', 'Note'],
      ['Smith, J', 'He said "hi"'],
      ['two\r\nlines', 'x'],
    ])
  })

  it('accepts LF, CR and CRLF record ends and a missing final line break', () => {
    expect(cells('a,b\nc,d\re,f\r\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ])
  })

  it('drops a UTF-8 byte-order mark so the first header reads clean', () => {
    expect(cells('\ufeffName,Owner\nA,B\n')[0]).toEqual(['Name', 'Owner'])
  })

  it('keeps empty cells, and an empty quoted cell', () => {
    expect(cells('a,,c\n"",x,\n')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
    ])
  })

  it('detects ";" (European Excel) and tab delimiters from the header line', () => {
    expect(cells('Name;Cost\n"A;B";1,5\n')).toEqual([
      ['Name', 'Cost'],
      ['A;B', '1,5'],
    ])
    expect(parseCsv('Name\tCost\nA\t1\n')).toMatchObject({ ok: true, delimiter: '\t' })
  })

  it('numbers rows as a spreadsheet shows them: blank lines count, a multi-line cell is one row', () => {
    const r = parseCsv('Name\n\n"a\nb"\nc\n')
    expect(r.ok && r.rows.map((x) => x.number)).toEqual([1, 3, 4])
  })

  it('refuses an unclosed quote, a stray quote and text after a closing quote, naming the row', () => {
    expect(refusal('Name\n"open\n')).toMatch(/^Row 2: a quoted cell is never closed/)
    expect(refusal('Name,x\nab"c,d\n')).toMatch(/^Row 2, column 1: a quote/)
    expect(refusal('Name,x\n"ab"c,d\n')).toMatch(/^Row 2, column 1: text after a closing quote/)
  })

  it('refuses a cell longer than the limit, naming row and column', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1)
    expect(refusal(`Name,Note\nA,${long}\n`)).toMatch(/^Row 2, column 2: .*10,000/)
    expect(refusal(`Name,Note\nA,"${long}"\n`)).toMatch(/^Row 2, column 2: .*10,000/)
    expect(cells(`Name\n${'x'.repeat(MAX_FIELD_CHARS)}\n`)[1]?.[0]).toHaveLength(MAX_FIELD_CHARS)
  })

  it('refuses more columns than the limit', () => {
    const header = Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')
    expect(refusal(`${header}\n`)).toMatch(/more than 200 columns/)
  })

  it('stops at the row limit: 100,000 rows are refused with a clear message after reading ~5,000', () => {
    const text = `Name,Users\n${'Initiative,100\n'.repeat(100_000)}`
    expect(refusal(text)).toBe(
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} data rows (a portfolio holds at most 5,000 initiatives). Split it into smaller files.`,
    )
    expect(cells(`Name\n${'A\n'.repeat(MAX_IMPORT_ROWS)}`)).toHaveLength(MAX_IMPORT_ROWS + 1)
  })

  it('property: any table written with RFC 4180 quoting reads back cell for cell', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '=', ';'),
      maxLength: 8,
    })
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(table, (rows) => {
        // Same width everywhere, and no all-empty row (a blank line is skipped by design).
        const width = rows[0]?.length ?? 2
        const fixed = rows.map((r) =>
          Array.from({ length: width }, (_, i) => (i === 0 ? `k${r[i] ?? ''}` : (r[i] ?? ''))),
        )
        const text = fixed.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')
        expect(cells(text)).toEqual(fixed)
      }),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { MAX_FIELD_CHARS } from '../../../shared/imports/limits'
import { parseTsv as parseTsvResult, toTsv } from '../../../renderer/src/features/costGrid/tsv'

const parseTsv = (text: string): string[][] => {
  const r = parseTsvResult(text)
  if (!r.ok) throw new Error(r.message)
  return r.rows.map((row) => row.cells)
}

describe('tab-separated clipboard text', () => {
  it('reads Excel text: CRLF rows, a trailing line break, quoted cells', () => {
    expect(parseTsv('1\t"1,200"\t6\r\n2\t2,400\t3\r\n')).toEqual([
      ['1', '1,200', '6'],
      ['2', '2,400', '3'],
    ])
  })
  it('keeps tabs, line breaks and doubled quotes inside quoted cells', () => {
    expect(parseTsv('"a\tb"\t"line 1\nline 2"\t"say ""hi"""\n')).toEqual([['a\tb', 'line 1\nline 2', 'say "hi"']])
  })
  it('keeps empty cells and rows of one cell', () => {
    expect(parseTsv('\t\tx\n5')).toEqual([['', '', 'x'], ['5']])
    expect(parseTsv('42')).toEqual([['42']])
  })
  it('writes what it reads back', () => {
    const rows = [
      ['Support "bot"', '12%', '1200'],
      ['two\tcells', 'line\nbreak', ''],
    ]
    expect(parseTsv(toTsv(rows))).toEqual(rows)
    expect(
      toTsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a\tb\r\nc\td')
  })
  it('keeps stray quotes as text, as a spreadsheet pastes them', () => {
    expect(parseTsv('5" screen\t"quoted" tail\t"never closed\n')).toEqual([
      ['5" screen', 'quoted tail', 'never closed\n'],
    ])
  })
  it('keeps blank rows in the middle of a block, and reads commas and semicolons as text', () => {
    expect(parseTsv('a,b\t1;2\n\nc\td')).toEqual([['a,b', '1;2'], [''], ['c', 'd']])
  })
  it('refuses a cell longer than the limit, naming row and column', () => {
    const r = parseTsvResult(`x\t${'y'.repeat(MAX_FIELD_CHARS + 1)}`)
    expect(r.ok ? '' : r.message).toMatch(/^Row 1, column 2: .*10,000/)
  })
})

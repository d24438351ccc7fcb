import { describe, expect, it } from 'vitest'
import { parseTsv, toTsv } from '../../../renderer/src/features/costGrid/tsv'

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
})

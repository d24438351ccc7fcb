import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CsvRecordStream } from '../../../shared/actuals/csvRecords'
import { createActualsReader, readActualsText } from '../../../shared/actuals/readActuals'
import { SAMPLE_DIR } from '../../fixtures/actuals/generateSamples'

/** Chunks of any size give the records, row numbers and lines of the whole text. */

function records(chunks: readonly string[]): [string[], number][] {
  const out: [string[], number][] = []
  const stream = new CsvRecordStream(
    (cells, row) => out.push([cells, row]),
    (cells, row) => out.push([cells, row]),
  )
  for (const c of chunks) stream.push(c)
  stream.end()
  if (stream.error) throw new Error(stream.error)
  return out
}

const pieces = (text: string, size: number): string[] =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size))

describe('CsvRecordStream', () => {
  const text = '\uFEFFa;b\r\n1;"x;\r\ny"\r\n\r\n2;"say ""hi"""\r\n3;z'

  it('gives the same records and row numbers however the text is cut (CRLF, quoted line breaks, blank lines)', () => {
    const whole = records([text])
    expect(whole).toEqual([
      [['a', 'b'], 1],
      [['1', 'x;\r\ny'], 2],
      [['2', 'say "hi"'], 4],
      [['3', 'z'], 5],
    ])
    for (const size of [1, 2, 3, 5, 7, 11]) expect(records(pieces(text, size))).toEqual(whole)
  })

  it('names the row of a broken record with its number in the whole file', () => {
    const stream = new CsvRecordStream(
      () => undefined,
      () => undefined,
    )
    for (const c of pieces('a,b\n1,2\n3,4\n5,x"y\n', 4)) stream.push(c)
    stream.end()
    expect(stream.error).toMatch(/^Row 4, column 2: a quote/)
  })
})

describe('createActualsReader', () => {
  it('reads a sample in 1,000-character chunks to the lines it reads whole', () => {
    const text = readFileSync(join(SAMPLE_DIR, 'focus-google-cloud.csv'), 'utf8')
    const reader = createActualsReader()
    for (const c of pieces(text, 1000)) reader.push(c)
    expect(reader.finish()).toEqual(readActualsText(text))
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePortfolio, evaluate } from '../../../shared/engine'
import { encodeField, toCsv } from '../../../shared/exports/csv'
import { gridCsv } from '../../../shared/exports/gridCsv'
import { LONG_COLUMNS, longFormatRows } from '../../../shared/exports/longFormat'
import { PORTFOLIO_LINES, PROJECTION_LINES } from '../../../shared/exports/projectionLines'
import { isFormulaLike, neutraliseText } from '../../../shared/exports/neutralise'
import { readPortfolioJson } from '../../../shared/format'
import { initiative, model, portfolio as buildPortfolio, price } from '../engine/fixtures'
import { NonFiniteNumberError } from '../../../shared/model/finiteNumber'
import { parseCsv as readCsv } from '../renderer/exportImport/parseCsv'

/** Lines per scenario of a one-initiative portfolio: the portfolio's, then the initiative's. */
const BLOCK_LINES = PORTFOLIO_LINES.length + PROJECTION_LINES.length

/**
 * The records of a written CSV file, by the app's one delimited-text reader (strict quotes), after
 * checking what that reader allows and RFC 4180 does not: every record ends with CRLF, and a bare
 * CR or LF appears only inside a quoted cell.
 */
function parseCsv(file: string): string[][] {
  const unquoted = file.replace(/"(?:[^"]|"")*"/g, '""')
  if (/\r(?!\n)|(?<!\r)\n/.test(unquoted)) throw new Error('a bare CR or LF outside quotes: not RFC 4180')
  if (file !== '' && !file.endsWith('\r\n')) throw new Error('last record does not end with CRLF')
  return readCsv(file)
}

describe('OWASP neutralisation of text cells', () => {
  it.each(['=', '+', '-', '@', '\t', '\r', '\n'])('prefixes text starting with %j with an apostrophe', (first) => {
    expect(neutraliseText(`${first}SUM(A1)`)).toBe(`'${first}SUM(A1)`)
    expect(encodeField(`${first}1+1`)).toBe(first === '\r' || first === '\n' ? `"'${first}1+1"` : `'${first}1+1`)
  })

  it('leaves other text and numbers as they are; negative numbers stay numbers', () => {
    expect(encodeField('Plain text')).toBe('Plain text')
    expect(encodeField("'quoted")).toBe("'quoted")
    expect(encodeField(-12.5)).toBe('-12.5')
    expect(encodeField(0)).toBe('0')
    expect(encodeField(1e-7)).toBe('1e-7')
    expect(encodeField(null)).toBe('')
    expect(encodeField(true)).toBe('TRUE')
  })

  it('refuses NaN and Infinity with a clear error rather than write a field a spreadsheet misreads', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(() => encodeField(bad)).toThrow(NonFiniteNumberError)
      expect(() => encodeField(bad)).toThrow(`A number of the CSV is ${String(bad)}, not a finite number`)
    }
  })

  it('property: no encoded text field can start a formula, and numbers read back exactly', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), (text, n) => {
        const [[field, number]] = parseCsv(`${encodeField(text)},${encodeField(n)}\r\n`) as [[string, string]]
        expect(isFormulaLike(field)).toBe(false)
        // What a reader gets is the text itself, or the text behind one apostrophe.
        expect(field === text || field === `'${text}`).toBe(true)
        expect(Object.is(Number(number), n === 0 ? 0 : n) || (n === 0 && Number(number) === 0)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('RFC 4180 quoting', () => {
  it('quotes fields holding a comma, a quote or a line break and doubles quotes', () => {
    const text = toCsv(
      [
        { header: 'name', value: (r: { name: string; n: number }) => r.name },
        { header: 'n', value: (r) => r.n },
      ],
      [
        { name: 'a, b', n: 1 },
        { name: 'say "hi"', n: 2 },
        { name: 'two\r\nlines', n: 3 },
        { name: 'lone\nLF', n: 4 },
      ],
    )
    expect(text).toBe('\ufeffname,n\r\n"a, b",1\r\n"say ""hi""",2\r\n"two\r\nlines",3\r\n"lone\nLF",4\r\n')
  })

  it('property: any grid of text and numbers reads back field for field (text neutralised)', () => {
    const cell = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null))
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }),
        (columns, rows) => {
          const text = gridCsv(columns, rows)
          expect(text.startsWith('\ufeff')).toBe(true)
          const records = parseCsv(text)
          expect(records).toHaveLength(rows.length + 1)
          expect(records[0]).toEqual(columns.map(neutraliseText))
          rows.forEach((row, r) => {
            const got = records[r + 1] ?? []
            expect(got).toHaveLength(columns.length)
            columns.forEach((_, c) => {
              const v = row[c]
              if (typeof v === 'number') expect(Number(got[c])).toBe(v === 0 ? 0 : v)
              else expect(got[c]).toBe(v === null || v === undefined ? '' : neutraliseText(v))
            })
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a grid row shorter than the header is padded and a longer one cut to the header', () => {
    expect(gridCsv(['a', 'b'], [[1], [1, 2, 3]])).toBe('\ufeffa,b\r\n1,\r\n1,2\r\n')
  })
})

describe('long-format projection', () => {
  const tiny = readPortfolioJson(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/tiny-portfolio.json'), 'utf8'),
  )
  if (!tiny.ok) throw new Error('tiny fixture does not read')
  const portfolio = tiny.value
  const result = evaluate(compilePortfolio(portfolio))

  it("has one record per scenario, initiative (portfolio first), line and month, with the engine's values", () => {
    const records = parseCsv(
      toCsv(
        LONG_COLUMNS,
        longFormatRows(portfolio, [
          { name: 'Baseline', result },
          { name: '=Copy', result },
        ]),
      ),
    )
    expect(records[0]).toEqual(['scenario', 'initiative', 'month', 'driver', 'value', 'unpriced'])
    // 2 scenarios x (15 portfolio lines + 16 initiative lines) x 3 months.
    expect(records).toHaveLength(1 + 2 * BLOCK_LINES * 3)
    const find = (scenario: string, who: string, month: string, driver: string): number =>
      Number(records.find((r) => r[0] === scenario && r[1] === who && r[2] === month && r[3] === driver)?.[4])
    // Hand calculation (test/integration/cli/compute.test.ts): 1,000 queries a month, inference $2.97 a month,
    // build $2,000 in the launch month only, value $2,000 a month.
    expect(find('Baseline', 'Tiny assistant', '2027-02', 'Queries')).toBe(1000)
    expect(find('Baseline', 'Tiny assistant', '2027-03', 'Model inference')).toBeCloseTo(2.97, 12)
    expect(find('Baseline', 'Tiny assistant', '2027-01', 'Engineering build')).toBe(2000)
    expect(find('Baseline', 'Tiny assistant', '2027-02', 'Engineering build')).toBe(0)
    expect(find('Baseline', 'Portfolio (total)', '2027-03', 'Value')).toBe(2000)
    // A hostile scenario name is neutralised in every record.
    expect(records.filter((r) => r[0] === "'=Copy")).toHaveLength(BLOCK_LINES * 3)
  })

  it('flags the figures of an unpriced month, and adds the cost spent before the horizon', () => {
    // Model m1 is priced from 2026-02-01 (4 per million input tokens): January is unpriced.
    // Launch 0 after a 2-month build of 4 FTE-months x 10,000 (40,000 before the horizon);
    // 100 queries of 1,000 tokens a month (inference 0 in January, 0.4 after), platform 100.
    const p = buildPortfolio({
      months: 2,
      priceBook: [model('m1', [price({ effectiveFrom: '2026-02-01', inputPerM: 4 })])],
      initiatives: [
        initiative({
          usage: { targetUsers: 10, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 },
          costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 2, platformPerMonth: 100 },
        }),
      ],
    })
    const records = parseCsv(
      toCsv(LONG_COLUMNS, longFormatRows(p, [{ name: 'Baseline', result: evaluate(compilePortfolio(p)) }])),
    )
    const find = (who: string, month: string, driver: string) =>
      records.find((r) => r[1] === who && r[2] === month && r[3] === driver)?.slice(4)
    const a = 'Initiative a'
    expect(find(a, '2026-01', 'Model inference')).toEqual(['0', 'true'])
    expect(find(a, '2026-01', 'Total cost')).toEqual(['100', 'true'])
    expect(find(a, '2026-01', 'Net')).toEqual(['-100', 'true'])
    expect(find(a, '2026-01', 'Queries')).toEqual(['100', 'false'])
    expect(find(a, '2026-01', 'Platform & hosting')).toEqual(['100', 'false'])
    expect(find(a, '2026-02', 'Model inference')).toEqual(['0.4', 'false'])
    expect(find(a, '2026-02', 'Total cost')).toEqual(['100.4', 'false'])
    // The cumulative net still holds January's unknown price.
    expect(find(a, '2026-02', 'Cumulative net')).toEqual(['-200.4', 'true'])
    expect(find('Portfolio (total)', '2026-01', 'Total cost')).toEqual(['100', 'true'])
    expect(find('Portfolio (total)', '2026-02', 'Total cost')).toEqual(['100.4', 'false'])
    const sunk = 'Spent before the horizon (build and one-offs, sunk)'
    expect(find(a, 'before 2026-01', sunk)).toEqual(['40000', 'false'])
    expect(find('Portfolio (total)', 'before 2026-01', sunk)).toEqual(['40000', 'false'])
    // 15 portfolio and 16 initiative lines x 2 months, and the two records before the horizon.
    expect(records).toHaveLength(1 + BLOCK_LINES * 2 + 2)
  })
})

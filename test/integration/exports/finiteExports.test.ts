import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Writable } from 'node:stream'
import fc from 'fast-check'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { exportToBuffer, type ExportJob } from '../../../electron/exports/exportFile'
import { writeDeck } from '../../../electron/exports/pptx'
import { writeProjectionCsv } from '../../../electron/exports/projectionCsv'
import { writeWorkbook } from '../../../electron/exports/xlsx'
import { compilePortfolio, evaluate, type PortfolioResult } from '../../../shared/engine'
import { parsePortfolioJson } from '../../../shared/format'
import { NonFiniteNumberError, type Portfolio } from '../../../shared/model'
import { boundaryPortfolioArb, maximalPortfolio } from '../../fixtures/boundaryPortfolio'
import { convert, makeProfile } from './libreOffice'
import { fixturePortfolio } from './portfolioFixture'
import { poisoned } from './scenarioFixture'
import { readStoredValues, type StoredValue } from './xlsxValues'

/**
 * Portfolios at the edges of what validation accepts export to files holding finite numbers only
 * (XLSX cells, CSV values, PPTX chart values, JSON), and LibreOffice recalculating the workbook of
 * the maximal portfolio from its formulas finds no error and no overflow. A result that does hold
 * NaN (only a bug could make one) stops every writer with a clear error and leaves no file.
 */
const dir = mkdtempSync(join(tmpdir(), 'gpp-finite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const job = (portfolio: Portfolio, format: ExportJob['format']): ExportJob => ({
  portfolio,
  format,
  exportedOn: '2026-11-28',
})

/** Cells of an xlsx whose stored number is not finite, or whose value is a spreadsheet error. */
function badCells(sheets: Map<string, Map<string, StoredValue>>): string[] {
  const bad: string[] = []
  for (const [sheet, cells] of sheets) {
    for (const [address, v] of cells) {
      const error = typeof v === 'string' && (/^#ERROR/.test(v) || /^(#NUM!|#VALUE!|#DIV\/0!|Err:\d+)$/.test(v))
      if ((typeof v === 'number' && !Number.isFinite(v)) || error) bad.push(`${sheet}!${address}=${String(v)}`)
    }
  }
  return bad
}

async function xlsxBadCells(bytes: Buffer, name: string): Promise<string[]> {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return badCells(await readStoredValues(path))
}

/** The numbers cached in the deck's native charts. */
async function chartValues(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
  const values: string[] = []
  for (const name of charts) {
    const xml = (await zip.file(name)?.async('string')) ?? ''
    for (const m of xml.matchAll(/<c:numCache>([\s\S]*?)<\/c:numCache>/g))
      for (const v of (m[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)) values.push(v[1] ?? '')
  }
  return values
}

async function expectFiniteExports(p: Portfolio, name: string): Promise<void> {
  const xlsx = await exportToBuffer(job(p, 'xlsx'))
  expect(await xlsxBadCells(xlsx, `${name}.xlsx`)).toEqual([])

  const csv = (await exportToBuffer(job(p, 'csv'))).toString('utf8')
  const [header, ...lines] = csv.trim().split('\r\n')
  // The last two columns are never quoted: the value, then whether it is unpriced.
  expect(header?.endsWith(',value,unpriced')).toBe(true)
  const lastTwo = lines.map((line) => line.split(',').slice(-2))
  expect(lastTwo.length).toBeGreaterThan(0)
  expect(lastTwo.filter(([v]) => v === '' || !Number.isFinite(Number(v)))).toEqual([])
  expect(lastTwo.filter(([, unpriced]) => unpriced !== 'true' && unpriced !== 'false')).toEqual([])

  const deck = await chartValues(await exportToBuffer(job(p, 'pptx')))
  expect(deck.length).toBeGreaterThan(0)
  expect(deck.filter((v) => !Number.isFinite(Number(v)))).toEqual([])

  const json = parsePortfolioJson((await exportToBuffer(job(p, 'json'))).toString('utf8'))
  expect(json.ok && json.value).toEqual(p)
}

describe('exports of portfolios at the edges of validation hold finite numbers only', () => {
  it('the maximal portfolio with its extreme scenarios: XLSX, CSV, PPTX and JSON', async () => {
    await expectFiniteExports(maximalPortfolio(3, 3), 'maximal')
  })

  it('property: generated portfolios with numbers at their edges', async () => {
    const samples = fc.sample(boundaryPortfolioArb({ maxInitiatives: 3 }), { numRuns: 6, seed: 20261128 })
    for (const [k, p] of samples.entries()) await expectFiniteExports(p, `edges-${k}`)
  })
})

describe('LibreOffice recalculating the maximal workbook from its formulas', () => {
  let recalculated: Map<string, Map<string, StoredValue>>
  beforeAll(async () => {
    const source = join(dir, 'max-recalc.xlsx')
    writeFileSync(source, await exportToBuffer(job(maximalPortfolio(3, 3), 'xlsx')))
    await convert(makeProfile(join(dir, 'profile')), [source], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'))
    recalculated = await readStoredValues(join(dir, 'out', 'max-recalc.xlsx'))
  })

  it('finds no error value and no number beyond the finite range', () => {
    expect(recalculated.size).toBeGreaterThan(3)
    const numbers = [...recalculated.values()].flatMap((cells) =>
      [...cells.values()].filter((v) => typeof v === 'number'),
    )
    expect(numbers.length).toBeGreaterThan(1000)
    expect(badCells(recalculated)).toEqual([])
  })
})

/** The engine's results for the fixture with NaN in a month of cost and in the totals, as only a bug could make. */
function resultWithNaN(): { portfolio: Portfolio; result: PortfolioResult } {
  const portfolio = fixturePortfolio()
  const compiled = compilePortfolio(portfolio)
  const result = poisoned(evaluate(compiled))
  result.series.totalCost[2] = Number.NaN
  result.totals.npv = Number.NaN
  const first = result.initiatives[0]
  if (first) first.series.value[1] = Number.NaN
  return { portfolio, result }
}

describe('every writer refuses a NaN with a clear error and leaves no file behind', () => {
  const { portfolio, result } = resultWithNaN()
  const compiled = compilePortfolio(portfolio)
  const writers: [string, (out: Writable) => Promise<void>][] = [
    [
      'workbook.xlsx',
      (out) =>
        writeWorkbook(
          { portfolio, scenarios: [{ name: 'Baseline', levers: [], compiled, result }], exportedOn: '2026-11-28' },
          out,
        ),
    ],
    ['projection.csv', (out) => writeProjectionCsv(out, portfolio, [{ name: 'Baseline', result }])],
    [
      'deck.pptx',
      (out) =>
        writeDeck({ portfolio, scenarios: [{ name: 'Baseline', compiled, result }], exportedOn: '2026-11-28' }, out),
    ],
  ]

  it.each(writers)('%s', async (name, write) => {
    const folder = mkdtempSync(join(dir, 'refused-'))
    const target = join(folder, name)
    const error = await writeAtomically(target, write).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(NonFiniteNumberError)
    expect((error as Error).message).toMatch(/is NaN, not a finite number/)
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(folder)).toEqual([])
  })
})

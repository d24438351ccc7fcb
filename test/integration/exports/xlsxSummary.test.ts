import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { writeWorkbook } from '../../../electron/exports/xlsx'
import { SUMMARY_COLUMNS, SUMMARY_FIRST_COL } from '../../../electron/exports/xlsx/summarySheet'
import { compilePortfolio, evaluate } from '../../../shared/engine'
import { columnName } from '../../../shared/exports/cellRef'
import { monthSerial } from '../../../shared/exports/months'
import { initiative, model, portfolio, price } from '../../unit/engine/fixtures'
import { convert, makeProfile } from './libreOffice'
import { readStoredValues, type StoredValue } from './xlsxValues'

/**
 * The Summary's portfolio row, unpriced marks and notes, payback and cost before the horizon,
 * on a portfolio small enough to work out by hand (start 2026-01, 3 months):
 * - model m1 is priced from 2026-02-01 (4 per million input tokens): January is unpriced;
 * - a: launch 0 after a 2-month build of 4 FTE-months x 10,000 (40,000 before the horizon);
 *   10 users x 10 queries = 100 queries of 1,000 tokens (0.4 a month once priced), 50 outcomes,
 *   platform 100 a month, no value: cost 100, 100.4, 100.4; never pays back;
 * - b: launch 1, no cost, value 10 a month: nothing spent, so no payback (the rule before gave 1);
 * - c: launch -1 (evaluation set-up 7 in month -2, before the horizon), platform 10 and value 30
 *   a month: pays back in month 0.
 * Portfolio: first active month 0 (a and c); cost 110 for 100 queries, 10 users, 50 outcomes ->
 * 1.1, 11, 2.2 (unpriced: a's January); last month 110.4 -> 1.104, 11.04, 2.208; before the
 * horizon 40,007.
 */
const dir = mkdtempSync(join(tmpdir(), 'gpp-summary-'))
const p = portfolio({
  months: 3,
  priceBook: [model('m1', [price({ effectiveFrom: '2026-02-01', inputPerM: 4 })])],
  initiatives: [
    initiative({
      id: 'a',
      usage: { targetUsers: 10, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 },
      costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 2, platformPerMonth: 100 },
      value: { outcomesPerQuery: 0.5 },
    }),
    initiative({ id: 'b', usage: { launchMonth: 1 }, value: { fixedMonthlyValue: 10 } }),
    initiative({
      id: 'c',
      usage: { launchMonth: -1 },
      costs: { platformPerMonth: 10, evalSetup: 7 },
      value: { fixedMonthlyValue: 30 },
    }),
  ],
})
const compiled = compilePortfolio(p)
const result = evaluate(compiled)
let written: Map<string, StoredValue>
let recalculated: Map<string, StoredValue>
let notes: Map<string, string>
let fills: Map<string, string>
let notesAfterLibreOffice: Map<string, string>

const col = (header: (typeof SUMMARY_COLUMNS)[number]): string =>
  columnName(SUMMARY_FIRST_COL + SUMMARY_COLUMNS.indexOf(header))
// Row 1 title and statement, row 2 headers, then the portfolio and a, b, c.
const ROW = { portfolio: 3, a: 4, b: 5, c: 6 }

/** The Summary sheet's XML file, its notes by cell, and its cells' fill colours. */
async function readSheetExtras(path: string): Promise<{ notes: Map<string, string>; fills: Map<string, string> }> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? ''
  const workbook = await text('xl/workbook.xml')
  const rels = await text('xl/_rels/workbook.xml.rels')
  const rid = /<sheet [^>]*name="Summary"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1] ?? ''
  const target = (new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '').replace(/^\/?(xl\/)?/, '')
  const sheetXml = await text(`xl/${target}`)
  const file = target.split('/').pop() ?? ''
  const sheetRels = await text(`xl/worksheets/_rels/${file}.rels`)
  const commentsTarget = /Target="([^"]*comments[^"]*)"/.exec(sheetRels)?.[1] ?? ''
  const comments = await text(`xl/${commentsTarget.replace(/^(\.\.\/)+/, '')}`)
  const notes = new Map<string, string>()
  for (const m of comments.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g))
    notes.set(m[1] ?? '', [...(m[2] ?? '').matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''))
  // cellXfs index -> fillId -> the fill's foreground colour.
  const styles = await text('xl/styles.xml')
  const fillColours = [
    ...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>([\s\S]*?)<\/fill>/g),
  ].map((m) => /fgColor rgb="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? '')
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?fillId="(\d+)"/g),
  ].map((m) => Number(m[1]))
  const fills = new Map<string, string>()
  for (const c of sheetXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*? s="(\d+)"/g))
    fills.set(c[1] ?? '', fillColours[xfs[Number(c[2])] ?? 0] ?? '')
  return { notes, fills }
}

beforeAll(async () => {
  const path = join(dir, 'summary.xlsx')
  await writeAtomically(path, (out) =>
    writeWorkbook(
      { portfolio: p, scenarios: [{ name: 'Baseline', levers: [], compiled, result }], exportedOn: '2026-01-15' },
      out,
    ),
  )
  written = (await readStoredValues(path)).get('Summary') ?? new Map()
  ;({ notes, fills } = await readSheetExtras(path))
  await convert(makeProfile(join(dir, 'profile')), [path], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'))
  recalculated = (await readStoredValues(join(dir, 'out', 'summary.xlsx'))).get('Summary') ?? new Map()
  notesAfterLibreOffice = (await readSheetExtras(join(dir, 'out', 'summary.xlsx'))).notes
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('XLSX Summary', () => {
  const firstQuery = 'Full cost per query (first active month)'
  const firstUser = 'Full cost per user (first active month)'
  const firstOutcome = 'Full cost per outcome (first active month)'
  const lastQuery = 'Full cost per query (last month)'
  const lastUser = 'Full cost per user (last month)'
  const lastOutcome = 'Full cost per outcome (last month)'
  const before = 'Spent before the horizon (sunk)'
  const payback = 'Payback month'

  it.each([
    ['written by the app', () => written],
    ['recalculated by LibreOffice', () => recalculated],
  ] as const)("has the portfolio row's cost per query, user and outcome (%s)", (_, cells) => {
    const at = (header: (typeof SUMMARY_COLUMNS)[number]) => cells().get(`${col(header)}${ROW.portfolio}`)
    expect(at(firstQuery)).toBeCloseTo(1.1, 12)
    expect(at(firstUser)).toBeCloseTo(11, 12)
    expect(at(firstOutcome)).toBeCloseTo(2.2, 12)
    expect(at(lastQuery)).toBeCloseTo(1.104, 12)
    expect(at(lastUser)).toBeCloseTo(11.04, 12)
    expect(at(lastOutcome)).toBeCloseTo(2.208, 12)
  })

  it.each([
    ['written by the app', () => written],
    ['recalculated by LibreOffice', () => recalculated],
  ] as const)('pays back only when money was spent and recovered (%s)', (_, cells) => {
    const at = (row: number) => cells().get(`${col(payback)}${row}`)
    expect(at(ROW.a)).toBe('')
    expect(at(ROW.b)).toBe('')
    expect(at(ROW.c)).toBe(monthSerial('2026-01', 0))
    expect(at(ROW.portfolio)).toBe('')
  })

  it.each([
    ['written by the app', () => written],
    ['recalculated by LibreOffice', () => recalculated],
  ] as const)('shows the build and one-offs spent before the horizon (%s)', (_, cells) => {
    const at = (row: number) => cells().get(`${col(before)}${row}`)
    expect([at(ROW.portfolio), at(ROW.a), at(ROW.b), at(ROW.c)]).toEqual([40_007, 40_000, 0, 7])
  })

  it('marks unpriced unit costs and totals amber, with a note naming the month and the model', () => {
    const amber = 'FFFCE4B6'
    const marked = [...fills].filter(([, colour]) => colour === amber).map(([cell]) => cell)
    // January (a's and the portfolio's first active month) is unpriced; the later months are not.
    const expected = [
      ...[ROW.portfolio, ROW.a].flatMap((row) => [firstQuery, firstUser, firstOutcome].map((h) => `${col(h)}${row}`)),
      ...[ROW.portfolio, ROW.a].map((row) => `${col('Total cost')}${row}`),
    ]
    expect(marked.sort()).toEqual(expected.sort())
    expect([...notes.keys()].sort()).toEqual(expected.sort())
    expect(notes.get(`${col(firstQuery)}${ROW.portfolio}`)).toBe(
      'Lower bound: in Jan 2026 a model price this cost needs is unknown (counted as 0). Unpriced: Test m1.',
    )
    expect(notes.get(`${col('Total cost')}${ROW.a}`)).toContain('Unpriced: Test m1.')
    // LibreOffice reads the notes and writes them back: the package is well formed.
    expect([...notesAfterLibreOffice.keys()].sort()).toEqual(expected.sort())
  })

  it('states the NPV valuation date, that ROI is undiscounted and what is spent before the horizon', () => {
    const statement = String(written.get(`${columnName(SUMMARY_FIRST_COL)}1`))
    expect(statement).toContain('NPV as of 1 Jan 2026, the first day of the horizon')
    expect(statement).toContain('ROI is undiscounted')
    expect(statement).toContain('Spent before the horizon: build and one-offs before Jan 2026, sunk')
    expect(written.get(`${col('NPV (as of horizon start)')}2`)).toBe('NPV (as of horizon start)')
    expect(written.get(`${col('ROI (undiscounted)')}2`)).toBe('ROI (undiscounted)')
  })
})

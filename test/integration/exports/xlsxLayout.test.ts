import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { exportRuns } from '../../../electron/exports/scenarioRuns'
import { scenarioSheetNames, writeWorkbook } from '../../../electron/exports/xlsx'
import { projectionColumns } from '../../../electron/exports/xlsx/layout'
import { SUMMARY_COLUMNS, SUMMARY_FIRST_COL, summaryStatement } from '../../../electron/exports/xlsx/summarySheet'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { formatMoney } from '../../../shared/display'
import { computePortfolio } from '../../../shared/engine'
import { columnName } from '../../../shared/exports/cellRef'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { monthSerial } from '../../../shared/exports/months'
import { STAGES, VALUE_TYPES } from '../../../shared/model/categories'
import { convert, makeProfile } from './libreOffice'
import { readStoredValues, type StoredValue } from './xlsxValues'

/**
 * The sample workbook as finance receives it: readable unique sheet names and a Contents sheet
 * linking to each, dates for months, words for stages and value types, payback as a date, yearly
 * totals, named inputs, frozen headers and a print setup that LibreOffice prints in tens of pages.
 */
const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'gpp-layout-'))
const portfolio = samplePortfolio()
const runs = exportRuns(portfolio)
const sheets = scenarioSheetNames(runs)
const path = join(dir, 'sample.xlsx')
let zip: JSZip
let values: Map<string, Map<string, StoredValue>>
let workbookXml: string
let pdfText: string
/** The PDF's text page by page (pdftotext ends each page with a form feed). */
let pdfPages: string[]
let pages: number

/** The XML of a sheet by its name. */
async function sheetXml(name: string): Promise<string> {
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? ''
  const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&apos;')
  const rid = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`,
  ).exec(workbookXml)?.[1]
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ''
  return (await zip.file(`xl/${target.replace(/^\/?(xl\/)?/, '')}`)?.async('string')) ?? ''
}

/** The number format of a cell's style (by its s attribute). */
async function formatOf(xml: string, address: string): Promise<string> {
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? ''
  const s = Number(new RegExp(`<c r="${address}"[^>]* s="(\\d+)"`).exec(xml)?.[1] ?? -1)
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? ''
  const xf = [...xfs.matchAll(/<xf [^>]*>/g)][s]?.[0] ?? ''
  const id = /numFmtId="(\d+)"/.exec(xf)?.[1] ?? ''
  return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1] ?? `builtin ${id}`
}

beforeAll(async () => {
  await writeAtomically(path, (out) => writeWorkbook({ portfolio, scenarios: runs, exportedOn: '2026-11-28' }, out))
  zip = await JSZip.loadAsync(readFileSync(path))
  workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? ''
  values = await readStoredValues(path)
  await convert(makeProfile(join(dir, 'profile')), [path], 'pdf', join(dir, 'out'))
  const pdf = join(dir, 'out', 'sample.pdf')
  pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1] ?? 0)
  pdfText = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
  pdfPages = pdfText.split('\f')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const names = (): string[] => [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '')
const unescape = (s: string): string => s.replace(/&apos;/g, "'").replace(/&amp;/g, '&')

describe('the sample workbook finance keeps', () => {
  it('has readable, unique sheet names of at most 31 characters, and a Contents sheet linking to each', async () => {
    const all = names().map(unescape)
    expect(all).toEqual([
      'Cover',
      'Contents',
      'How this workbook works',
      'Assumptions',
      'Prices by month',
      'Baseline',
      'S1 levers',
      'S1 Model prices -50% over 12…',
      'S2 levers',
      'S2 Caching and routing to a…',
      'S3 levers',
      'S3 Prompt growth +40% a year',
      'S4 levers',
      'S4 Adoption at half the plan',
      'Summary',
      'Decision matrix',
    ])
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length)
    for (const n of all) expect(n.length).toBeLessThanOrEqual(31)
    const contents = await sheetXml('Contents')
    const links = [...contents.matchAll(/<hyperlink ref="(A\d+)"[^>]*location="([^"]+)"/g)].map((m) => ({
      cell: m[1] ?? '',
      to: unescape(m[2] ?? ''),
    }))
    expect(links.map((l) => l.to)).toEqual(all.map((n) => `'${n}'!A1`))
    // Each link sits on the cell naming its sheet.
    for (const l of links) expect(values.get('Contents')?.get(l.cell)).toBe(l.to.slice(1, -4))
  })

  it('writes months as dates, launch months and payback as dates, stages and value types as words', async () => {
    const start = portfolio.settings.startMonth
    const { monthCol, firstYearCol, totalCol } = projectionColumns(start, portfolio.settings.horizonMonths)
    const baseline = values.get('Baseline')
    const xml = await sheetXml('Baseline')
    expect(baseline?.get(`${columnName(monthCol)}2`)).toBe(monthSerial(start, 0))
    expect(baseline?.get(`${columnName(monthCol + 35)}2`)).toBe(monthSerial(start, 35))
    expect(await formatOf(xml, `${columnName(monthCol)}2`)).toBe('mmm yyyy')
    // Yearly totals and the horizon total sit between the labels and the months.
    expect([0, 1, 2].map((j) => baseline?.get(`${columnName(firstYearCol + j)}2`))).toEqual(['2026', '2027', '2028'])
    expect(baseline?.get(`${columnName(totalCol)}2`)).toBe('Total')

    const assumptions = values.get('Assumptions')
    const header = [...(assumptions?.entries() ?? [])].find(([, v]) => v === 'Launch month')?.[0] ?? ''
    const col = header.replace(/\d+$/, '')
    const firstRow = Number(header.replace(/^[A-Z]+/, '')) + 1
    portfolio.initiatives.forEach((init, i) =>
      expect(assumptions?.get(`${col}${firstRow + i}`)).toBe(monthSerial(start, init.usage.launchMonth)),
    )
    expect(await formatOf(await sheetXml('Assumptions'), `${col}${firstRow}`)).toBe('mmm yyyy')

    const summary = values.get('Summary')
    const paybackCol = columnName(SUMMARY_FIRST_COL + SUMMARY_COLUMNS.indexOf('Payback month'))
    expect(summary?.get(`${paybackCol}3`)).toBe(monthSerial(start, runs[0]?.result.totals.paybackMonth ?? -1))
    expect(await formatOf(await sheetXml('Summary'), `${paybackCol}3`)).toBe('mmm yyyy')

    const codes = new Set<string>([...STAGES, ...VALUE_TYPES])
    const texts = [...values.values()].flatMap((sheet) => [...sheet.values()]).filter((v) => typeof v === 'string')
    expect(texts.filter((t) => codes.has(t))).toEqual([])
    expect(texts).toContain('Cost savings')
    expect(texts).toContain('Pilot')
  })

  it('wraps names longer than their column on Prices by month and Assumptions instead of cutting them', async () => {
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? ''
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
    ]
    const wraps = (s: number): boolean => /wrapText="1"/.test(xfs[s]?.[0] ?? '')
    for (const [sheet, longest] of [
      ['Prices by month', 'Meta (Amazon Bedrock) Llama 3.3 70B Instruct on Bedrock'],
      ['Assumptions', 'Tomasz Kowalski, Director Field Operations'],
    ] as const) {
      const xml = await sheetXml(sheet)
      const widths = new Map(
        [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[3])]),
      )
      let checked = 0
      let wrapped = 0
      for (const row of xml.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)) {
        const lines = Number(/ ht="([\d.]+)"/.exec(row[2] ?? '')?.[1] ?? 15) / 15
        const cells = row[3] ?? ''
        for (const c of cells.matchAll(/<c r="([ABC])\d+"(?: s="(\d+)")? t="inlineStr"><is><t[^>]*>([^<]*)</g)) {
          const col = (c[1] ?? 'A').charCodeAt(0) - 64
          const text = unescape(c[3] ?? '')
          const width = widths.get(col) ?? 0
          // Text is cut at the cell's edge only where the next cell holds something; it spills over an empty one.
          const next = `<c r="${String.fromCharCode(65 + col)}${row[1]}"`
          if (text.length + 2 <= width || !cells.includes(next)) continue
          checked++
          expect(wraps(Number(c[2] ?? 0)), `${sheet} ${c[1]}${row[1]} "${text}" in ${width}`).toBe(true)
          expect(lines, `${sheet} row ${row[1]}`).toBeGreaterThanOrEqual(Math.ceil(text.length / (width - 1)))
          if (text === longest) wrapped++
        }
      }
      expect(checked, sheet).toBeGreaterThan(0)
      if (sheet === 'Prices by month') expect(wrapped).toBeGreaterThan(0)
    }
    // Every owner of the sample fits its column on one line.
    const owners = (await sheetXml('Assumptions')).match(/<col min="3" max="3" width="([\d.]+)"/)?.[1]
    for (const init of portfolio.initiatives)
      expect(init.governance.owner.length + 2, init.governance.owner).toBeLessThanOrEqual(Number(owners))
  })

  it("words the decision matrix's money in the portfolio's currency and its dates as the app does", () => {
    const texts = [...(values.get('Decision matrix')?.values() ?? [])].filter((v) => typeof v === 'string')
    const hrCost = computePortfolio(portfolio).byId.get('hr-policy')?.totals.cost ?? NaN
    expect(
      texts.some((t) =>
        t.includes(
          `Horizon cost ${formatMoney(Math.round(hrCost), 'USD')} is above the investment threshold $250,000 without`,
        ),
      ),
    ).toBe(true)
    // The R&D agent is held on its strategic case until its review date, written as the app writes dates.
    expect(texts.some((t) => t.includes('held on its strategic case until the review on 15 Dec 2027'))).toBe(true)
    for (const t of texts) expect(t).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
  })

  it('names the main inputs, freezes the headers and sets up every sheet for print', async () => {
    const defined = new Map(
      [...workbookXml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?>([^<]+)<\/definedName>/g)].map(
        (m) => [`${m[1]}${m[2] === undefined ? '' : `@${m[2]}`}`, unescape(m[3] ?? '')],
      ),
    )
    for (const name of ['StartMonth', 'Horizon', 'DiscountRate', 'MonthlyRate', 'AnnualBudget', 'InitiativeCount'])
      expect(defined.get(name), name).toMatch(/^'?Assumptions'?!\$B\$\d+$/)
    expect(defined.get('TargetUsers')).toMatch(/^'?Assumptions'?!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/)
    expect(INPUT_FIELDS.every((f) => defined.has(f.key.charAt(0).toUpperCase() + f.key.slice(1)))).toBe(true)
    expect(defined.has('MatrixScaleThreshold')).toBe(true)
    names().forEach((name, i) => expect(defined.get(`_xlnm.Print_Area@${i}`), name).toMatch(/!\$A\$1:\$[A-Z]+\$\d+$/))
    for (const s of sheets)
      expect(defined.get(`_xlnm.Print_Titles@${names().indexOf(s.projection)}`)).toMatch(/\$1:\$3$/)

    for (const name of names().map(unescape)) {
      const xml = await sheetXml(name)
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>')
      expect(xml, name).toMatch(
        /<pageSetup [^>]*orientation="(landscape|portrait)"[^>]*fitToWidth="\d"[^>]*fitToHeight="0"/,
      )
      expect(xml, name).toContain('Page &amp;P of &amp;N')
    }
    for (const s of sheets)
      expect(await sheetXml(s.projection)).toMatch(/<pane xSplit="4" ySplit="3"[^>]*state="frozen"/)
  })

  it('prints in tens of pages, not hundreds, every sheet with its name and page number in the footer', () => {
    // 16 sheets; each projection's print area is its yearly view; wide tables print a few pages across.
    expect(pages).toBeGreaterThanOrEqual(16)
    expect(pages).toBeLessThanOrEqual(60)
    for (const name of names().map(unescape)) {
      const count = pdfText
        .split('\n')
        .filter((line) =>
          new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+Page \\d+ of ${pages}`).test(line),
        ).length
      expect(count, name).toBeGreaterThan(0)
      expect(count, name).toBeLessThanOrEqual(8)
    }
    // The Summary prints three pages across (drivers; totals and KPIs; unit costs), its statement
    // whole on the first of them rather than cut where a page ends.
    const summaryPages = pdfPages.filter((page) => /^\s*Summary\s+Page \d+ of/m.test(page))
    expect(summaryPages.length).toBe(3)
    expect(summaryPages[0]?.replace(/\s+/g, ' ')).toContain(summaryStatement(portfolio))
    // A statement spanning the page break would print again, cut, on the next page across.
    for (const page of summaryPages.slice(1)) expect(page).not.toContain('NPV as of')
    expect(summaryPages[1]).toContain('Payback month')
    expect(summaryPages[2]).toContain('horizon (sunk)')
    // The guide prints whole: its last words are on a page.
    expect(pdfText).toContain('How this workbook works')
    expect(pdfText.replace(/\s+/g, ' ')).toContain('(Page Layout → Print Area).')
  })
})

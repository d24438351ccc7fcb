import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compilePortfolio, evaluate, portfolioSpend, type PortfolioResult, type Series } from '../../../shared/engine'
import { PROJECTION_LINES } from '../../../shared/exports/projectionLines'
import { columnName } from '../../../shared/exports/cellRef'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { writeWorkbook, type WorkbookScenario } from '../../../electron/exports/xlsx'
import { SUMMARY_COLUMNS, SUMMARY_FIRST_COL } from '../../../electron/exports/xlsx/summarySheet'
import { MATRIX_HEADER_ROW, MATRIX_SHEET, MATRIX_THRESHOLD_ROWS } from '../../../electron/exports/xlsx/matrixSheet'
import { decisionMatrix, quadrantOf, QUADRANT_LABELS } from '../../../shared/decisions'
import { isFormulaLike } from '../../../shared/exports/neutralise'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import JSZip from 'jszip'
import { readFileSync, writeFileSync } from 'node:fs'
import { fixturePortfolio } from './portfolioFixture'
import { leverScenario, poisoned } from './scenarioFixture'
import { convert, makeProfile } from './libreOffice'
import { readStoredValues, type StoredValue } from './xlsxValues'

/**
 * Acceptance test of issue 6: LibreOffice recalculates the exported workbook from its
 * formulas alone (a profile that forces recalculation on load) and must reproduce the
 * engine's numbers, every projection cell and every summary KPI, within 1e-9 relative.
 * A second workbook carries deliberately wrong cached results: LibreOffice must still
 * produce the engine's numbers, which proves the comparison reads recalculated formulas.
 */
const dir = mkdtempSync(join(tmpdir(), 'gpp-xlsx-'))
const portfolio = fixturePortfolio()
const baseCompiled = compilePortfolio(portfolio)
const leversCompiled = leverScenario(baseCompiled)
const truth: WorkbookScenario[] = [
  { name: 'Baseline', compiled: baseCompiled, result: evaluate(baseCompiled) },
  {
    name: 'Cheaper prices & caching',
    description: 'Big model -50% from month 12',
    compiled: leversCompiled,
    result: evaluate(leversCompiled),
  },
]
let recalculated: Map<string, Map<string, StoredValue>>
let recalculatedPoisoned: Map<string, Map<string, StoredValue>>
let writtenPoisoned: Map<string, Map<string, StoredValue>>
let written: Map<string, Map<string, StoredValue>>
let recalculatedMoved: Map<string, Map<string, StoredValue>>
/** The scale-economics threshold written into moved.xlsx before LibreOffice recalculates it. */
const MOVED_THRESHOLD = -30

/** |a - b| <= 1e-9 * max(|a|, |b|); an exact zero must be (almost) exactly zero. */
function close(got: StoredValue | undefined, want: number | null, scale: number): boolean {
  if (want === null) return got === ''
  if (typeof got !== 'number') return false
  // A running sum that crosses zero has no relative precision left at the crossing: there
  // the tolerance is relative to the largest figure of the same line.
  const tol = 1e-9 * Math.max(Math.abs(want), Math.abs(got), scale * 1e-6, 1e-300)
  return Math.abs(got - want) <= tol
}

function maxAbs(values: ArrayLike<number>): number {
  let m = 0
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i] ?? 0))
  return m
}

beforeAll(async () => {
  const write = (name: string, scenarios: WorkbookScenario[]) =>
    writeAtomically(join(dir, name), (out) => writeWorkbook({ portfolio, scenarios, exportedOn: '2026-11-28' }, out))
  await write('good.xlsx', truth)
  await write(
    'poisoned.xlsx',
    truth.map((s) => ({ ...s, result: poisoned(s.result) })),
  )
  await moveThreshold(join(dir, 'good.xlsx'), join(dir, 'moved.xlsx'))
  const profile = makeProfile(join(dir, 'profile'))
  await convert(
    profile,
    [join(dir, 'good.xlsx'), join(dir, 'poisoned.xlsx'), join(dir, 'moved.xlsx')],
    'xlsx:Calc MS Excel 2007 XML',
    join(dir, 'out'),
  )
  recalculatedMoved = await readStoredValues(join(dir, 'out', 'moved.xlsx'))
  written = await readStoredValues(join(dir, 'good.xlsx'))
  recalculated = await readStoredValues(join(dir, 'out', 'good.xlsx'))
  recalculatedPoisoned = await readStoredValues(join(dir, 'out', 'poisoned.xlsx'))
  writtenPoisoned = await readStoredValues(join(dir, 'poisoned.xlsx'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A reader's edit: the decision matrix's scale-economics threshold cell set to MOVED_THRESHOLD, straight in the XML. */
async function moveThreshold(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(from))
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? ''
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? ''
  const rid = new RegExp(`<sheet [^>]*name="${MATRIX_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? ''
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ''
  const name = `xl/${target.replace(/^\/?(xl\/)?/, '')}`
  const xml = (await zip.file(name)?.async('string')) ?? ''
  const cell = new RegExp(`(<c r="B${MATRIX_THRESHOLD_ROWS.scaleEconomics}"[^>]*><v>)[^<]*(</v>)`)
  if (!cell.test(xml)) throw new Error('threshold cell not found')
  zip.file(name, xml.replace(cell, `$1${MOVED_THRESHOLD}$2`))
  writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer' }))
}

/** Checks every month cell of one projection sheet against the engine; returns the number of cells checked. */
function checkProjection(sheet: Map<string, StoredValue>, scenario: WorkbookScenario, failures: string[]): number {
  const result: PortfolioResult = scenario.result
  const H = result.months
  const byId = new Map(result.initiatives.map((r) => [r.id, r.series]))
  const lineByLabel = new Map(PROJECTION_LINES.map((l) => [l.label, l]))
  let checked = 0
  for (let row = 4; row < 10_000; row++) {
    const who = sheet.get(`A${row}`)
    const id = sheet.get(`B${row}`) ?? ''
    const label = String(sheet.get(`C${row}`) ?? '')
    if (who === undefined && label === '') continue
    let expected: ArrayLike<number> | null = null
    if (who === 'Shared cost pool') {
      const pool = scenario.compiled.pools.find((p) => p.id === id)
      if (pool)
        expected = Float64Array.from({ length: H }, (_, t) =>
          t >= pool.startMonth ? pool.monthlyCost * (pool.costFactor?.[t] ?? 1) : 0,
        )
    } else {
      const line = lineByLabel.get(label.replace(/ \(basis\)$/, ''))
      const series: Series | undefined = who === 'Portfolio (total)' ? result.series : byId.get(String(id))
      if (line && series) expected = line.read(series)
    }
    if (!expected) continue
    const scale = maxAbs(expected)
    for (let t = 0; t < H; t++) {
      const address = `${columnName(5 + t)}${row}`
      const got = sheet.get(address)
      checked++
      if (!close(got, expected[t] ?? 0, scale))
        failures.push(`${address} ${String(who)} ${label}: got ${String(got)}, engine ${expected[t]}`)
    }
  }
  return checked
}

function checkSummary(sheet: Map<string, StoredValue>, failures: string[]): number {
  let checked = 0
  for (let row = 3; row < 1000; row++) {
    const scenarioName = sheet.get(`A${row}`)
    if (scenarioName === undefined) continue
    const scenario = truth.find((s) => s.name === scenarioName)
    const id = sheet.get(`C${row}`) ?? ''
    const r = id === '' ? null : scenario?.result.byId.get(String(id))
    const totals = r ? r.totals : scenario?.result.totals
    if (!scenario || !totals) continue
    const spend = portfolioSpend(scenario.result)
    const first = r ? r.unitFirst : spend.unitFirst
    const last = r ? r.unitLast : spend.unitLast
    const want: (number | null)[] = [
      ...Object.values(totals.costByDriver),
      totals.cost,
      totals.value,
      totals.net,
      totals.npv,
      totals.roi,
      totals.paybackMonth,
      first.fullPerQuery,
      first.fullPerUser,
      first.fullPerOutcome,
      last.fullPerQuery,
      last.fullPerUser,
      last.fullPerOutcome,
      totals.costBeforeHorizon,
    ]
    want.forEach((w, j) => {
      const address = `${columnName(SUMMARY_FIRST_COL + j)}${row}`
      checked++
      if (!close(sheet.get(address), w, Math.abs(w ?? 0)))
        failures.push(
          `Summary ${address} ${SUMMARY_COLUMNS[j]} of ${String(id || 'portfolio')} in ${scenario.name}: got ${String(sheet.get(address))}, engine ${w}`,
        )
    })
  }
  return checked
}

describe('XLSX export recalculated by LibreOffice', () => {
  for (const [label, values] of [
    ['correct cached values', () => recalculated],
    ['wrong cached values', () => recalculatedPoisoned],
  ] as const) {
    it(`reproduces every projection cell of every scenario (${label})`, () => {
      const failures: string[] = []
      let checked = 0
      for (const scenario of truth) {
        const sheet = values().get(`Projection ${scenario.name}`.slice(0, 31))
        expect(sheet, scenario.name).toBeDefined()
        if (sheet) checked += checkProjection(sheet, scenario, failures)
      }
      expect(failures.slice(0, 20)).toEqual([])
      // 2 scenarios x (4 pools + 15 portfolio lines + 3 x 16 initiative lines + 6 basis lines) x 30 months.
      expect(checked).toBe(2 * (4 + 15 + 48 + 6) * 30)
    })

    it(`reproduces every summary KPI (${label})`, () => {
      const failures: string[] = []
      const summary = values().get('Summary')
      expect(summary).toBeDefined()
      const checked = summary ? checkSummary(summary, failures) : 0
      expect(failures.slice(0, 20)).toEqual([])
      // Per scenario: the portfolio row and 3 initiative rows of 21 KPIs each (8 drivers, total
      // cost, value, net, NPV, ROI, payback, cost per query, user and outcome in the first active
      // and the last month, cost before the horizon).
      expect(checked).toBe(2 * 4 * 21)
    })
  }

  it('reproduces the decision matrix: spend from the Summary, quadrant from the thresholds', () => {
    const points = decisionMatrix(portfolio, truth[0]?.result as PortfolioResult, '2026-11-28')
    expect(points.map((p) => p.quadrant)).toEqual(['double_down', 'pull_back', null])
    for (const [label, values, spendOnly] of [
      ['correct', recalculated, false],
      ['wrong cached values', recalculatedPoisoned, true],
    ] as const) {
      const sheet = values.get(MATRIX_SHEET)
      expect(sheet, label).toBeDefined()
      points.forEach((p, i) => {
        const row = MATRIX_HEADER_ROW + 1 + i
        expect(sheet?.get(`B${row}`), label).toBe(p.id)
        expect(
          close(sheet?.get(`E${row}`), p.spend, p.spend),
          `${label} spend of ${p.id}: ${String(sheet?.get(`E${row}`))} vs ${p.spend}`,
        ).toBe(true)
        if (!spendOnly)
          expect(sheet?.get(`F${row}`), `${label} quadrant of ${p.id}`).toBe(
            p.quadrant ? QUADRANT_LABELS[p.quadrant] : '',
          )
      })
    }
  })

  it('moves the quadrants when a reader changes a threshold', () => {
    const points = decisionMatrix(portfolio, truth[0]?.result as PortfolioResult, '2026-11-28')
    const thresholds = { ...DEFAULT_SCORING_MODEL.thresholds, scaleEconomics: MOVED_THRESHOLD }
    const want = points.map((p) =>
      p.x === null || p.y === null ? '' : QUADRANT_LABELS[quadrantOf(p.x, p.y, thresholds)],
    )
    // The support assistant (x ~ 70) stays; contracts (x ~ -24: its running cost passes its value at
    // scale) moves from Pull back to Harvest when the threshold drops to -30.
    expect(want).toEqual([QUADRANT_LABELS.double_down, QUADRANT_LABELS.harvest, ''])
    const sheet = recalculatedMoved.get(MATRIX_SHEET)
    expect(points.map((_, i) => sheet?.get(`F${MATRIX_HEADER_ROW + 1 + i}`))).toEqual(want)
  })

  it('neutralises every text cell of the workbook (OWASP), keeping numbers as numbers', () => {
    let texts = 0
    const offending: string[] = []
    for (const [name, sheet] of written) {
      for (const [address, value] of sheet) {
        if (typeof value !== 'string') continue
        texts++
        if (isFormulaLike(value)) offending.push(`${name}!${address}: ${value}`)
      }
    }
    expect(offending).toEqual([])
    expect(texts).toBeGreaterThan(200)
    const assumptions = written.get('Assumptions')
    const cells = [...(assumptions?.values() ?? [])]
    // The fixture's hostile owner and price source come out as inert text.
    expect(cells).toContain(`'=HYPERLINK("http://evil")`)
    expect(cells).toContain(`'=cmd|`)
    expect(cells).toContain(`'+30% deflection`)
    expect(cells).toContain(`'@monthly review`)
    // A negative input stays a number (the drafting initiative's user growth of -10% a year).
    expect(cells).toContain(-0.1)
  })

  it("caches the engine's values in the written workbook, for viewers that do not recalculate", () => {
    const failures: string[] = []
    for (const scenario of truth) {
      const sheet = written.get(`Projection ${scenario.name}`.slice(0, 31))
      if (sheet) checkProjection(sheet, scenario, failures)
    }
    expect(failures.slice(0, 20)).toEqual([])
  })

  it('really wrote wrong cached values into the poisoned workbook', () => {
    const sheet = writtenPoisoned.get('Projection Baseline')
    const failures: string[] = []
    if (sheet) checkProjection(sheet, truth[0] as WorkbookScenario, failures)
    // Every month cell but the month-independent pool rows is wrong before recalculation.
    expect(failures.length).toBeGreaterThan(1000)
  })

  it('recalculates the lever scenario to different numbers than the baseline', () => {
    const base = truth[0]?.result.totals.npv ?? 0
    const levers = truth[1]?.result.totals.npv ?? 0
    expect(Math.abs(levers - base)).toBeGreaterThan(1)
  })
})

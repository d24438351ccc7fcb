import JSZip from 'jszip'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { exportRuns, type ExportRun } from '../../../electron/exports/scenarioRuns'
import { scenarioSheetNames, writeWorkbook, type WorkbookScenario } from '../../../electron/exports/xlsx'
import { MATRIX_HEADER_ROW, MATRIX_SHEET, MATRIX_THRESHOLD_ROWS } from '../../../electron/exports/xlsx/matrixSheet'
import { SUMMARY_COLUMNS } from '../../../electron/exports/xlsx/summarySheet'
import { decisionMatrix, quadrantOf, QUADRANT_LABELS } from '../../../shared/decisions'
import { compilePortfolio, type PortfolioResult } from '../../../shared/engine'
import { runScenario } from '../../../shared/engine/scenarios'
import { isFormulaLike } from '../../../shared/exports/neutralise'
import type { Portfolio } from '../../../shared/model'
import type { Scenario } from '../../../shared/model/scenario'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import { editWorkbook } from './leverEdits'
import { convert, makeProfile } from './libreOffice'
import { fixturePortfolio } from './portfolioFixture'
import { fixtureScenarios, poisoned } from './scenarioFixture'
import { checkProjection, checkSummary, close, type EngineRun } from './workbookCheck'
import { readStoredValues, type StoredValue } from './xlsxValues'

/**
 * LibreOffice recalculates the exported workbook from its formulas alone (a profile that forces
 * recalculation on load) and must reproduce the engine's numbers, every projection cell, yearly
 * total and summary KPI of the baseline and of two scenarios whose levers cover every lever kind,
 * within 1e-9 relative. A second workbook carries deliberately wrong cached results: LibreOffice
 * must still produce the engine's numbers, which proves the comparison reads recalculated formulas.
 * A third has its levers edited by a reader (exceljs): it must reproduce the engine evaluating the
 * same lever values.
 */
const dir = mkdtempSync(join(tmpdir(), 'gpp-xlsx-'))
const portfolio: Portfolio = { ...fixturePortfolio(), scenarios: fixtureScenarios() }
const runs: ExportRun[] = exportRuns(portfolio)
const sheets = scenarioSheetNames(runs)
const start = portfolio.settings.startMonth
let recalculated: Map<string, Map<string, StoredValue>>
let recalculatedPoisoned: Map<string, Map<string, StoredValue>>
let writtenPoisoned: Map<string, Map<string, StoredValue>>
let written: Map<string, Map<string, StoredValue>>
let recalculatedMoved: Map<string, Map<string, StoredValue>>
let recalculatedEdited: Map<string, Map<string, StoredValue>>
let recalculatedEmpty: Map<string, Map<string, StoredValue>>
/** The portfolio without initiatives or pools, with its scenarios (their levers have nothing to act on). */
const empty: Portfolio = { ...portfolio, initiatives: [], costPools: [] }
const emptyRuns: ExportRun[] = exportRuns(empty)
/** The scale-economics threshold written into moved.xlsx before LibreOffice recalculates it. */
const MOVED_THRESHOLD = -30

/** The scenarios as edited on their levers sheets in edited.xlsx, evaluated by the engine. */
function editedRuns(): EngineRun[] {
  const [first, second] = fixtureScenarios()
  if (!first || !second) throw new Error('fixture needs two scenarios')
  const lever = (s: Scenario, id: string): Scenario['levers'][number] => {
    const found = s.levers.find((l) => l.id === id)
    if (!found) throw new Error(`no lever ${id}`)
    return found
  }
  const set = (l: object, values: object): void => {
    Object.assign(l, values)
  }
  // Scenario 1: the big model's cut now also cuts the small model (both Acme's), slower batch
  // growth, a higher cache target without the support assistant, less traffic moved off the big model.
  set(lever(first, 'big-cut'), { target: { kind: 'provider', provider: 'Acme' } })
  set(lever(first, 'batch-yearly'), { amount: 0.05 })
  set(lever(first, 'cache-set'), { amount: 0.8, scope: { kind: 'initiatives', ids: ['contracts'] } })
  set(lever(first, 'route-big-small'), { share: 0.3 })
  // Scenario 2: ramps, the discount rate, the pools' cost and its start, outcomes off, compliance.
  set(lever(second, 'slower-ramp'), { months: 1 })
  set(lever(second, 'value-sooner'), { months: -4 })
  set(lever(second, 'rate-set'), { amount: 0.05 })
  set(lever(second, 'pools'), { amount: 0.2, timing: { kind: 'linear', fromMonth: 12, toMonth: 15 } })
  set(lever(second, 'outcomes-up'), { enabled: false })
  set(lever(second, 'compliance'), { amount: 0.5 })
  const base = compilePortfolio(portfolio)
  return [first, second].map((s) => runScenario(portfolio, base, s))
}

const date = (month: number, day = 1): Date => new Date(Date.UTC(2026, month, day))

beforeAll(async () => {
  const write = (name: string, scenarios: WorkbookScenario[]) =>
    writeAtomically(join(dir, name), (out) => writeWorkbook({ portfolio, scenarios, exportedOn: '2026-11-28' }, out))
  await write('good.xlsx', runs)
  await write(
    'poisoned.xlsx',
    runs.map((s) => ({ ...s, result: poisoned(s.result) })),
  )
  await writeAtomically(join(dir, 'empty.xlsx'), (out) =>
    writeWorkbook({ portfolio: empty, scenarios: emptyRuns, exportedOn: '2026-11-28' }, out),
  )
  await moveThreshold(join(dir, 'good.xlsx'), join(dir, 'moved.xlsx'))
  const s1 = sheets[1]?.levers ?? ''
  const s2 = sheets[2]?.levers ?? ''
  await editWorkbook(join(dir, 'good.xlsx'), join(dir, 'edited.xlsx'), [
    { sheet: s1, lever: 1, model: 'small', applies: 1 },
    { sheet: s1, lever: 5, field: 'amount', value: 0.05 },
    { sheet: s1, lever: 3, field: 'amount', value: 0.8 },
    { sheet: s1, lever: 3, initiative: 'support', applies: 0 },
    { sheet: s1, lever: 7, field: 'amount', value: 0.3 },
    { sheet: s2, lever: 13, field: 'amount', value: 1 },
    { sheet: s2, lever: 15, field: 'amount', value: -4 },
    { sheet: s2, lever: 16, field: 'amount', value: 0.05 },
    { sheet: s2, lever: 10, field: 'amount', value: 0.2 },
    { sheet: s2, lever: 10, field: 'start', value: date(12, 20) },
    { sheet: s2, lever: 10, field: 'full', value: date(15) },
    { sheet: s2, lever: 12, field: 'on', value: 0 },
    { sheet: s2, lever: 6, field: 'amount', value: 0.5 },
  ])
  const profile = makeProfile(join(dir, 'profile'))
  await convert(
    profile,
    ['good.xlsx', 'poisoned.xlsx', 'moved.xlsx', 'edited.xlsx', 'empty.xlsx'].map((f) => join(dir, f)),
    'xlsx:Calc MS Excel 2007 XML',
    join(dir, 'out'),
  )
  recalculatedMoved = await readStoredValues(join(dir, 'out', 'moved.xlsx'))
  recalculatedEdited = await readStoredValues(join(dir, 'out', 'edited.xlsx'))
  recalculatedEmpty = await readStoredValues(join(dir, 'out', 'empty.xlsx'))
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

/** Cells checked per projection sheet: 73 engine rows x 30 months, and 56 summed rows x 3 years. */
const CELLS_PER_SHEET = 73 * 30 + 56 * 3
const SUMMARY_KPIS = SUMMARY_COLUMNS.length

describe('XLSX export recalculated by LibreOffice', () => {
  for (const [label, values] of [
    ['correct cached values', () => recalculated],
    ['wrong cached values', () => recalculatedPoisoned],
  ] as const) {
    it(`reproduces every projection cell and yearly total of every scenario (${label})`, () => {
      const failures: string[] = []
      let checked = 0
      runs.forEach((run, n) => {
        const sheet = values().get(sheets[n]?.projection ?? '')
        expect(sheet, run.name).toBeDefined()
        if (sheet) checked += checkProjection(sheet, run, start, failures)
      })
      expect(failures.slice(0, 20)).toEqual([])
      expect(checked).toBe(3 * CELLS_PER_SHEET)
    })

    it(`reproduces every summary KPI (${label})`, () => {
      const failures: string[] = []
      const summary = values().get('Summary')
      expect(summary).toBeDefined()
      const checked = summary ? checkSummary(summary, runs, start, failures) : 0
      expect(failures.slice(0, 20)).toEqual([])
      // Per scenario: the portfolio row and 3 initiative rows of 21 KPIs each (8 drivers, total
      // cost, value, net, NPV, ROI, payback, cost per query, user and outcome in the first active
      // and the last month, cost before the horizon).
      expect(checked).toBe(3 * 4 * SUMMARY_KPIS)
    })
  }

  it('follows levers a reader edited (amounts, start and full effect, on/off, scope, price models) as the engine does', () => {
    const edited = editedRuns()
    const failures: string[] = []
    let checked = 0
    edited.forEach((run, j) => {
      const sheet = recalculatedEdited.get(sheets[j + 1]?.projection ?? '')
      expect(sheet, run.name).toBeDefined()
      if (sheet) checked += checkProjection(sheet, run, start, failures)
    })
    const summary = recalculatedEdited.get('Summary')
    if (summary) checked += checkSummary(summary, edited, start, failures)
    expect(failures.slice(0, 20)).toEqual([])
    expect(checked).toBe(2 * CELLS_PER_SHEET + 2 * 4 * SUMMARY_KPIS)
    // The edits moved every edited scenario's figures.
    edited.forEach((run, j) => {
      expect(Math.abs(run.result.totals.npv - (runs[j + 1]?.result.totals.npv ?? 0))).toBeGreaterThan(1)
    })
  })

  it('recalculates a portfolio without initiatives to the engine’s figures: zeros, and no payback', () => {
    const failures: string[] = []
    let checked = 0
    emptyRuns.forEach((run, n) => {
      const sheet = recalculatedEmpty.get(scenarioSheetNames(emptyRuns)[n]?.projection ?? '')
      expect(sheet, run.name).toBeDefined()
      if (sheet) checked += checkProjection(sheet, run, start, failures)
    })
    const summary = recalculatedEmpty.get('Summary')
    if (summary) checked += checkSummary(summary, emptyRuns, start, failures)
    expect(failures).toEqual([])
    // Per scenario: 15 portfolio lines x 30 months and 13 summed lines x 3 years; the portfolio's KPIs.
    expect(checked).toBe(3 * (15 * 30 + 13 * 3 + SUMMARY_KPIS))
    expect(emptyRuns[0]?.result.totals.paybackMonth).toBeNull()
  })

  it('reproduces the decision matrix: spend from the Summary, quadrant from the thresholds', () => {
    const points = decisionMatrix(portfolio, runs[0]?.result as PortfolioResult, '2026-11-28')
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
    const points = decisionMatrix(portfolio, runs[0]?.result as PortfolioResult, '2026-11-28')
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
    runs.forEach((run, n) => {
      const sheet = written.get(sheets[n]?.projection ?? '')
      if (sheet) checkProjection(sheet, run, start, failures)
    })
    expect(failures.slice(0, 20)).toEqual([])
  })

  it('really wrote wrong cached values into the poisoned workbook', () => {
    const sheet = writtenPoisoned.get(sheets[0]?.projection ?? '')
    const failures: string[] = []
    if (sheet && runs[0]) checkProjection(sheet, runs[0], start, failures)
    // Every month cell but the month-independent pool rows is wrong before recalculation.
    expect(failures.length).toBeGreaterThan(1000)
  })

  it('recalculates each lever scenario to different numbers than the baseline', () => {
    const base = runs[0]?.result.totals.npv ?? 0
    for (const run of runs.slice(1)) expect(Math.abs(run.result.totals.npv - base)).toBeGreaterThan(1)
  })
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { exportRuns } from '../../../electron/exports/scenarioRuns'
import { scenarioSheetNames, writeWorkbook } from '../../../electron/exports/xlsx'
import { SUMMARY_COLUMNS } from '../../../electron/exports/xlsx/summarySheet'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { compilePortfolio } from '../../../shared/engine'
import { runScenario } from '../../../shared/engine/scenarios'
import type { Lever, Scenario } from '../../../shared/model/scenario'
import { editWorkbook, type CellEdit } from './leverEdits'
import { convert, makeProfile } from './libreOffice'
import { checkProjection, checkSummary, type EngineRun } from './workbookCheck'
import { readStoredValues, type StoredValue } from './xlsxValues'
import { DRIVERS } from '../../../shared/model/drivers'
import { PORTFOLIO_LINES, PROJECTION_LINES } from '../../../shared/exports/projectionLines'

/**
 * The workbook finance keeps working in: the sample portfolio is exported with its four scenarios,
 * a reader changes lever cells with exceljs (an amount, a start or full-effect month typed as any
 * day of the month, a lever switched off, the scope cells of some initiatives), LibreOffice
 * recalculates, and every projection cell and Summary KPI of each changed scenario must equal the
 * app's engine evaluating the same lever values (1e-9 relative).
 */
const dir = mkdtempSync(join(tmpdir(), 'gpp-levers-'))
const portfolio = samplePortfolio()
const runs = exportRuns(portfolio)
const sheets = scenarioSheetNames(runs)
const base = compilePortfolio(portfolio)
const start = portfolio.settings.startMonth
const ids = (test: (i: (typeof portfolio.initiatives)[number]) => boolean): string[] =>
  portfolio.initiatives.filter(test).map((i) => i.id)
const pilots = ids((i) => i.governance.stage === 'pilot')
const scaling = ids((i) => i.governance.stage === 'scaling')
const notRouted = ['code-assistant', 'meeting-notes']
/** The first day (or another day) of month index t of the sample's horizon (January 2026 = 0). */
const month = (t: number, day = 1): Date => new Date(Date.UTC(2026, t, day))

/** One reader's change to one scenario: the cells typed, and the same change made to the scenario's levers. */
interface Case {
  title: string
  scenario: number
  edits: CellEdit[]
  levers: (levers: Lever[]) => void
}

const patch = (levers: Lever[], n: number, values: object): void => {
  const lever = levers[n - 1]
  if (!lever) throw new Error(`no lever ${n}`)
  Object.assign(lever, values)
}

/** Two files; each changes every scenario once (a scenario's projection reads only its own levers sheet). */
const FILES: Case[][] = [
  [
    {
      title: 'price decline -50% to -30%',
      scenario: 1,
      edits: [{ lever: 1, field: 'amount', value: -0.3 }],
      levers: (l) => patch(l, 1, { amount: -0.3 }),
    },
    {
      title: 'cache +30 to +20 points; routing 40% to 60% from mid-July (typed as the 15th), off for two initiatives',
      scenario: 2,
      edits: [
        { lever: 1, field: 'amount', value: 0.2 },
        { lever: 2, field: 'amount', value: 0.6 },
        { lever: 2, field: 'start', value: month(6, 15) },
        { lever: 2, field: 'full', value: month(6, 15) },
        ...notRouted.map((initiative) => ({ lever: 2, initiative, applies: 0 as const })),
      ],
      levers: (l) => {
        patch(l, 1, { amount: 0.2 })
        patch(l, 2, {
          share: 0.6,
          timing: { kind: 'from', month: 6 },
          scope: { kind: 'initiatives', ids: ids((i) => !notRouted.includes(i.id)) },
        })
      },
    },
    {
      title: 'prompt growth 40% to 25% a year, from July',
      scenario: 3,
      edits: [
        { lever: 1, field: 'amount', value: 0.25 },
        { lever: 1, field: 'start', value: month(6) },
      ],
      levers: (l) => patch(l, 1, { amount: 0.25, timing: { kind: 'yearly', fromMonth: 6 } }),
    },
    {
      title: 'adoption -50% to -20%, for pilots only',
      scenario: 4,
      edits: [
        { lever: 1, field: 'amount', value: -0.2 },
        ...ids((i) => !pilots.includes(i.id)).map((initiative) => ({ lever: 1, initiative, applies: 0 as const })),
      ],
      levers: (l) => patch(l, 1, { amount: -0.2, scope: { kind: 'stage', stages: ['pilot'] } }),
    },
  ],
  [
    {
      title: 'price decline from April, full effect a year and a half in',
      scenario: 1,
      edits: [
        { lever: 1, field: 'start', value: month(3) },
        { lever: 1, field: 'full', value: month(18, 28) },
      ],
      levers: (l) => patch(l, 1, { timing: { kind: 'linear', fromMonth: 3, toMonth: 18 } }),
    },
    {
      title: 'caching switched off; routing phased in from April to October',
      scenario: 2,
      edits: [
        { lever: 1, field: 'on', value: 0 },
        { lever: 2, field: 'full', value: month(9) },
      ],
      levers: (l) => {
        patch(l, 1, { enabled: false })
        patch(l, 2, { timing: { kind: 'linear', fromMonth: 3, toMonth: 9 } })
      },
    },
    {
      title: 'prompt growth for scaling initiatives only',
      scenario: 3,
      edits: ids((i) => !scaling.includes(i.id)).map((initiative) => ({ lever: 1, initiative, applies: 0 as const })),
      levers: (l) => patch(l, 1, { scope: { kind: 'stage', stages: ['scaling'] } }),
    },
    {
      title: 'adoption halves from July instead of January',
      scenario: 4,
      edits: [
        { lever: 1, field: 'start', value: month(6) },
        { lever: 1, field: 'full', value: month(6) },
      ],
      levers: (l) => patch(l, 1, { timing: { kind: 'from', month: 6 } }),
    },
  ],
]

/** The engine's figures for a scenario with the case's change made to its levers. */
function expected(c: Case): EngineRun {
  const scenario = portfolio.scenarios?.[c.scenario - 1]
  if (!scenario) throw new Error(`no scenario ${c.scenario}`)
  const changed: Scenario = structuredClone(scenario)
  c.levers(changed.levers)
  return runScenario(portfolio, base, changed)
}

const recalculated: Map<string, Map<string, StoredValue>>[] = []

beforeAll(async () => {
  const exported = join(dir, 'sample.xlsx')
  await writeAtomically(exported, (out) => writeWorkbook({ portfolio, scenarios: runs, exportedOn: '2026-11-28' }, out))
  const files = FILES.map((_, f) => join(dir, `edited-${f + 1}.xlsx`))
  for (const [f, cases] of FILES.entries()) {
    const edits = cases.flatMap((c) => c.edits.map((e) => ({ ...e, sheet: sheets[c.scenario]?.levers ?? '' })))
    await editWorkbook(exported, files[f] ?? '', edits)
  }
  await convert(makeProfile(join(dir, 'profile')), files, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'))
  for (let f = 0; f < files.length; f++)
    recalculated.push(await readStoredValues(join(dir, 'out', `edited-${f + 1}.xlsx`)))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a reader changes levers in the exported sample workbook', () => {
  FILES.forEach((cases, f) => {
    for (const c of cases) {
      it(`${runs[c.scenario]?.name}: ${c.title}`, () => {
        const run = expected(c)
        const values = recalculated[f]
        const failures: string[] = []
        const sheet = values?.get(sheets[c.scenario]?.projection ?? '')
        expect(sheet).toBeDefined()
        let checked = sheet ? checkProjection(sheet, run, start, failures) : 0
        const summary = values?.get('Summary')
        if (summary) checked += checkSummary(summary, [run], start, failures)
        expect(failures.slice(0, 20)).toEqual([])
        // 4 pools, 15 portfolio lines, 11 initiatives x 16 lines, 22 basis lines over 36 months;
        // 56 + 13 x 11 summed lines over 3 years; every KPI of the Summary's portfolio row and 11 initiative rows.
        // 4 pools, the portfolio's and 11 initiatives' lines and 22 basis rows x 36 months; the pools'
        // and the summed lines (every driver, queries, outcomes, total cost, value, net) x 3 years.
        const summed = DRIVERS.length + 5
        expect(checked).toBe(
          (4 + PORTFOLIO_LINES.length + 11 * PROJECTION_LINES.length + 22) * 36 +
            (4 + summed + summed * 11) * 3 +
            12 * SUMMARY_COLUMNS.length,
        )
        // The change moved the scenario's figures: the test would notice a workbook that ignored it.
        expect(run.result.totals.npv).not.toBeCloseTo(runs[c.scenario]?.result.totals.npv ?? 0, 0)
      })
    }
  })
})

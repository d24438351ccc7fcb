import ExcelJS from 'exceljs'
import type { Writable } from 'node:stream'
import { decisionMatrix } from '../../../shared/decisions'
import { safeSheetName } from '../../../shared/exports/cellRef'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import { writeAssumptions } from './assumptionsSheet'
import { writeCover } from './coverSheet'
import { ASSUMPTIONS, type ScenarioRefs, type WorkbookInput } from './layout'
import { hasLevers, writeLevers } from './leversSheet'
import { MATRIX_SHEET, writeMatrix } from './matrixSheet'
import { writeProjection } from './projectionSheet'
import { StyleIds } from './sheetWriter'
import { makeStyles } from './styles'
import { writeSummary, type SummaryEntry } from './summarySheet'

export type { WorkbookInput, WorkbookScenario } from './layout'

/** Progress of a long export: sheets written so far out of the total. */
export type Progress = (done: number, total: number) => void

/**
 * Streams the workbook (Cover, Assumptions, Levers and Projection per scenario,
 * Summary, Decision matrix) into `out`. Rows are committed as they are written, so memory stays flat
 * for 1,000 initiatives x 60 months x several scenarios.
 */
export async function writeWorkbook(input: WorkbookInput, out: Writable, progress?: Progress): Promise<void> {
  const { portfolio, scenarios } = input
  const baseline = scenarios[0]
  if (!baseline) throw new Error('an export needs at least the baseline scenario')
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  })
  workbook.creator = 'Gen AI Portfolio Planner'
  workbook.title = portfolio.settings.name
  // Excel and LibreOffice recalculate on open; the cached results serve viewers that cannot.
  workbook.calcProperties = { fullCalcOnLoad: true }
  const styles = makeStyles(portfolio.settings.currency, new StyleIds(workbook))
  const total = 4 + scenarios.length * 2
  let done = 0
  const step = (): void => progress?.(++done, total)

  writeCover(workbook, portfolio, scenarios, input.exportedOn, styles)
  step()
  const baseRefs = writeAssumptions(workbook, portfolio, baseline.compiled, styles)
  step()
  const taken = new Set(['cover', ASSUMPTIONS.toLowerCase(), 'summary', MATRIX_SHEET.toLowerCase()])
  const entries: SummaryEntry[] = []
  for (const [s, scenario] of scenarios.entries()) {
    let refs: ScenarioRefs = baseRefs
    if (s > 0 && hasLevers(baseline.compiled, scenario.compiled)) {
      const leversName = safeSheetName(`Levers ${scenario.name}`, taken)
      taken.add(leversName.toLowerCase())
      refs = writeLevers(
        workbook,
        leversName,
        scenario.name,
        portfolio,
        baseline.compiled,
        scenario.compiled,
        baseRefs,
        styles,
      )
    }
    step()
    const name = safeSheetName(`Projection ${scenario.name}`, taken)
    taken.add(name.toLowerCase())
    const layout = await writeProjection(
      workbook,
      name,
      `Projection: ${scenario.name}`,
      portfolio,
      scenario.compiled,
      scenario.result,
      refs,
      styles,
    )
    entries.push({ scenario, refs, layout })
    step()
  }
  const summary = writeSummary(workbook, portfolio, entries, styles)
  step()
  const thresholds = (portfolio.scoring ?? DEFAULT_SCORING_MODEL).thresholds
  writeMatrix(
    workbook,
    decisionMatrix(portfolio, baseline.result, input.exportedOn),
    thresholds,
    summary,
    input.exportedOn,
    styles,
  )
  step()
  await workbook.commit()
}

import ExcelJS from 'exceljs'
import type { Writable } from 'node:stream'
import { decisionMatrix } from '../../../shared/decisions'
import { safeSheetName } from '../../../shared/exports/cellRef'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { planLevers, type PlannedLever } from '../../../shared/exports/leverPlan'
import type { Portfolio } from '../../../shared/model'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import { inputName, writeAssumptions } from './assumptionsSheet'
import { CONTENTS_SHEET, writeContents, type ContentsEntry, type NamedInput } from './contentsSheet'
import { COVER_SHEET, writeCover } from './coverSheet'
import { GUIDE_SHEET, writeGuide } from './guideSheet'
import { ASSUMPTIONS, PRICES_SHEET, SUMMARY_SHEET, type ScenarioRefs, type WorkbookInput } from './layout'
import { writeLevers } from './leversSheet'
import { MATRIX_SHEET, writeMatrix } from './matrixSheet'
import { writePrices } from './pricesSheet'
import { writeProjection } from './projectionSheet'
import { StyleIds } from './sheetWriter'
import { makeStyles } from './styles'
import { writeSummary, type SummaryEntry } from './summarySheet'

export type { WorkbookInput, WorkbookScenario } from './layout'

/** Progress of a long export: sheets written so far out of the total. */
export type Progress = (done: number, total: number) => void

/** The sheets of one scenario: its levers sheet (scenarios with levers) and its projection. */
interface ScenarioSheets {
  levers: string | null
  projection: string
}

/**
 * Readable, unique sheet names: the baseline's projection is named after it; scenario n's sheets
 * are "Sn levers" and "Sn <its name, cut at a word>", so a scenario's two sheets sort together.
 */
export function scenarioSheetNames(
  scenarios: readonly { name: string; levers: readonly unknown[] }[],
): ScenarioSheets[] {
  const taken = new Set(
    [COVER_SHEET, CONTENTS_SHEET, GUIDE_SHEET, ASSUMPTIONS, PRICES_SHEET, SUMMARY_SHEET, MATRIX_SHEET].map((n) =>
      n.toLowerCase(),
    ),
  )
  const claim = (name: string): string => {
    const safe = safeSheetName(name, taken)
    taken.add(safe.toLowerCase())
    return safe
  }
  return scenarios.map((s, n) =>
    n === 0
      ? { levers: null, projection: claim(s.name) }
      : { levers: s.levers.length > 0 ? claim(`S${n} levers`) : null, projection: claim(`S${n} ${s.name}`) },
  )
}

/** Models whose monthly prices a formula may read: in an initiative's mix, or moved to or from by a routing lever. */
function usedModels(portfolio: Portfolio, plans: readonly PlannedLever[][]): Set<string> {
  const used = new Set(portfolio.initiatives.flatMap((i) => i.usage.modelMix.map((m) => m.modelId)))
  for (const p of plans.flat()) {
    if (p.role.role !== 'routing') continue
    used.add(p.role.toModelId)
    if (p.role.fromModelId !== null) used.add(p.role.fromModelId)
  }
  return used
}

function contentsOf(scenarios: WorkbookInput['scenarios'], sheets: readonly ScenarioSheets[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [
    {
      sheet: COVER_SHEET,
      what: 'Portfolio, export date, currency, horizon, the scenarios included and the date of each model’s prices.',
    },
    { sheet: CONTENTS_SHEET, what: 'This list, and the named inputs.' },
    { sheet: GUIDE_SHEET, what: 'How the sheets connect, what to change and how the formulas work.' },
    {
      sheet: ASSUMPTIONS,
      what: 'Settings and every input of every initiative, the model mixes, the shared cost pools and the dated price book.',
    },
    { sheet: PRICES_SHEET, what: 'Each model’s prices in force month by month (inputs the projections read).' },
  ]
  scenarios.forEach((s, n) => {
    const names = sheets[n]
    if (!names) return
    if (names.levers)
      entries.push({
        sheet: names.levers,
        what: `Levers of “${s.name}”: on/off, amount, start and full effect, and which initiatives and models each applies to.`,
      })
    entries.push({
      sheet: names.projection,
      what: `${n === 0 ? 'Baseline' : `Scenario “${s.name}”`}: monthly projection per initiative and for the portfolio, with yearly totals.`,
    })
  })
  entries.push(
    {
      sheet: SUMMARY_SHEET,
      what: 'Every scenario side by side: horizon cost by driver, value, net, NPV, ROI, payback month, cost per query, user and outcome, cost before the horizon.',
    },
    {
      sheet: MATRIX_SHEET,
      what: 'The baseline’s decision matrix: quadrants from editable thresholds, recommendations and flags.',
    },
  )
  return entries
}

const NAMED_INPUTS: NamedInput[] = [
  { name: 'StartMonth', what: 'The horizon’s first month (Assumptions).' },
  { name: 'Horizon', what: 'Months in the horizon.' },
  {
    name: 'DiscountRate',
    what: 'Annual discount rate of the baseline (scenarios may change it on their levers sheet).',
  },
  { name: 'MonthlyRate', what: 'The monthly rate NPV discounts by: (1 + DiscountRate)^(1/12) − 1.' },
  { name: 'InvestmentThreshold', what: 'Spend above which an initiative needs a business case.' },
  { name: 'AnnualBudget', what: 'The portfolio’s yearly budget (blank when none).' },
  { name: 'InitiativeCount', what: 'Number of initiatives.' },
  ...INPUT_FIELDS.map((f) => ({
    name: inputName(f.key),
    what: `${f.label} of every initiative (a column of Assumptions).`,
  })),
  {
    name: 'MatrixScaleThreshold',
    what: 'Scale-economics score from which an initiative counts as scaling well (Decision matrix).',
  },
  {
    name: 'MatrixStrategicThreshold',
    what: 'Strategic-importance score from which an initiative counts as strategic (Decision matrix).',
  },
]

/**
 * Streams the workbook (Cover, Contents, How this workbook works, Assumptions, Prices by month,
 * each scenario's levers and projection, Summary, Decision matrix) into `out`. Rows are committed
 * as they are written, so memory stays flat for 1,000 initiatives x 60 months x several scenarios.
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
  const sheets = scenarioSheetNames(scenarios)
  const plans = scenarios.map((s, n) => (n === 0 ? [] : planLevers(portfolio, s.levers)))
  const used = usedModels(portfolio, plans)
  const total = 7 + scenarios.length * 2
  let done = 0
  const step = (): void => progress?.(++done, total)

  writeCover(workbook, portfolio, scenarios, input.exportedOn, styles)
  step()
  writeContents(workbook, contentsOf(scenarios, sheets), NAMED_INPUTS, styles)
  step()
  writeGuide(workbook, portfolio.settings.name, input.exportedOn, styles)
  step()
  const assumptions = writeAssumptions(workbook, portfolio, baseline.compiled, styles)
  step()
  const models = writePrices(workbook, portfolio, baseline.compiled.priceTable, used, styles)
  step()
  const entries: SummaryEntry[] = []
  for (const [s, scenario] of scenarios.entries()) {
    const names = sheets[s]
    const planned = plans[s] ?? []
    if (!names) continue
    const levers = names.levers
      ? writeLevers(workbook, names.levers, scenario, portfolio, planned, assumptions, used, styles)
      : null
    step()
    const refs: ScenarioRefs = {
      monthlyRate: levers?.monthlyRate ?? assumptions.monthlyRate,
      count: assumptions.count,
      startMonth: assumptions.startMonth,
      launches: assumptions.launches,
      initiatives: assumptions.initiatives.map((inputs, i) => ({
        ...inputs,
        rampMonths: levers?.rampMonths[i] ?? inputs.rampMonths,
        monthsToFullValue: levers?.monthsToFullValue[i] ?? inputs.monthsToFullValue,
      })),
      mixShares: assumptions.mixShares,
      models,
      pools: assumptions.pools,
    }
    const title = s === 0 ? `Projection: ${scenario.name}` : `Projection of scenario ${s}: ${scenario.name}`
    const layout = await writeProjection(
      workbook,
      names.projection,
      title,
      portfolio,
      baseline,
      scenario,
      refs,
      levers,
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

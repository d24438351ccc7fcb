import type ExcelJS from 'exceljs'
import type { CompiledPortfolio } from '../../../shared/engine'
import { absRef, columnName, sheetPrefix } from '../../../shared/exports/cellRef'
import { monthlyRateFormula, type InputRefs } from '../../../shared/exports/formulas'
import { INPUT_FIELDS, inputValue } from '../../../shared/exports/inputFields'
import { isoDateSerial, monthSerial } from '../../../shared/exports/months'
import {
  STAGE_LABELS,
  VALUE_TYPE_LABELS,
  type AllocationRule,
  type Initiative,
  type Portfolio,
} from '../../../shared/model'
import { PRICE_FIELDS } from '../../../shared/model/priceBook'
import { ASSUMPTIONS, type PoolRefs } from './layout'
import { printSetup, setPrintArea } from './printSetup'
import { labelWidth, SheetWriter, type RowWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

const S = ASSUMPTIONS
const FIRST_INPUT_COL = 6

const ALLOCATION_LABELS: Record<AllocationRule, string> = {
  inference: 'By share of inference cost',
  queries: 'By share of queries',
  even: 'Evenly',
  fixed: 'Fixed shares',
}

const GOVERNANCE_TEXT: readonly [string, (i: Initiative) => string][] = [
  ['Outcome name', (i) => i.value.outcomeName],
  ['Hypothesis', (i) => i.governance.hypothesis],
  ['Success metric', (i) => i.governance.successMetric],
  ['Baseline', (i) => i.governance.baseline],
  ['Target', (i) => i.governance.target],
  ['Measurement plan', (i) => i.governance.measurementPlan],
]
const REVIEW_DATE = 'Review date'
const NARRATIVE: readonly [string, (i: Initiative) => string] = [
  'Strategic narrative',
  (i) => i.governance.strategicNarrative,
]

/** A defined name for an input column: "targetUsers" -> "TargetUsers". */
export const inputName = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1)

/** Where the Assumptions sheet put the inputs every scenario shares. */
export interface AssumptionRefs {
  monthlyRate: string
  discountRate: string
  count: string
  startMonth: string
  launches: string | null
  initiatives: InputRefs[]
  mixShares: string[][]
  pools: PoolRefs[]
}

/** Widths of the first three columns, in characters: names longer than these wrap. */
interface LabelWidths {
  name: number
  id: number
  owner: number
}

function header(cursor: SheetWriter, titles: readonly string[], styles: WorkbookStyles, lines = 1): void {
  const row = cursor.row()
  titles.forEach((t, i) => row.text(1 + i, t, lines > 1 ? styles.headerWrapped : styles.header))
  row.lines(lines)
  row.done()
}

function section(cursor: SheetWriter, title: string, styles: WorkbookStyles): void {
  cursor.skip()
  const row = cursor.row()
  row.text(1, title, styles.section)
  row.done()
}

/**
 * The Assumptions sheet: settings, every input of every initiative, model mixes, cost pools and
 * the dated price book. Returns where each input lives, so the projection formulas can reference it.
 */
export function writeAssumptions(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  compiled: CompiledPortfolio,
  styles: WorkbookStyles,
): AssumptionRefs {
  const { settings } = portfolio
  // Printed two pages across with the initiative's name repeated; the framing texts (long prose
  // that a grid cell cuts off) stay out of the print area.
  const sheet = workbook.addWorksheet(S, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 0 }],
    ...printSetup('landscape', 0, { pagesWide: 2, titleColumns: 'A:A' }),
  })
  const lastInputCol = FIRST_INPUT_COL + INPUT_FIELDS.length - 1
  // Names longer than their column wrap (RowWriter.label) instead of being cut at its edge.
  const widths: LabelWidths = {
    name: labelWidth([...portfolio.initiatives.map((i) => i.name), ...portfolio.costPools.map((p) => p.name)], 30, 40),
    // Ids, and the model names of the dated prices below them.
    id: labelWidth(
      portfolio.priceBook.map((m) => m.name),
      22,
      36,
    ),
    // An owner is a name and a title ("Tomasz Kowalski, Director Field Operations").
    owner: labelWidth(
      portfolio.initiatives.map((i) => i.governance.owner),
      20,
      44,
    ),
  }
  sheet.columns = [
    { width: widths.name },
    { width: widths.id },
    { width: widths.owner },
    { width: 13 },
    { width: 13 },
    ...INPUT_FIELDS.map(() => ({ width: 12 })),
    ...GOVERNANCE_TEXT.map(() => ({ width: 30 })),
    { width: 12 },
    { width: 30 },
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  const name = (cell: string, definedName: string): void =>
    workbook.definedNames.add(`${sheetPrefix(S)}${cell}`, definedName)

  let row = cursor.row()
  row.text(1, 'Assumptions', styles.title)
  row.done()
  row = cursor.row()
  row.text(1, 'Blue figures are inputs: change one and every projection sheet recalculates.', styles.note)
  row.done()

  section(cursor, 'Settings', styles)
  const setting = (label: string, write: (row: RowWriter) => void, definedName?: string, note?: string): string => {
    const r = cursor.row()
    r.text(1, label)
    write(r)
    if (note) r.text(3, note, styles.note)
    r.done()
    if (definedName) name(`$B$${r.number}`, definedName)
    return absRef(S, r.number, 2)
  }
  setting('Portfolio', (r) => r.text(2, settings.name))
  setting('Currency', (r) => r.text(2, settings.currency))
  const startMonth = setting(
    'Start month',
    (r) => r.value(2, monthSerial(settings.startMonth, 0), styles.computed.month),
    'StartMonth',
    'Fixed at export: the months of every sheet and the prices by month are laid out from it.',
  )
  setting(
    'Horizon (months)',
    (r) => r.value(2, settings.horizonMonths, styles.computed.integer),
    'Horizon',
    'Fixed at export: each projection has one column per month.',
  )
  const discountRate = setting(
    'Annual discount rate',
    (r) => r.value(2, compiled.discountRateAnnual, styles.input.percent),
    'DiscountRate',
  )
  const monthlyRate = setting(
    'Monthly discount rate',
    (r) =>
      r.formula(
        2,
        monthlyRateFormula(discountRate),
        Math.pow(1 + compiled.discountRateAnnual, 1 / 12) - 1,
        styles.computed.percent,
      ),
    'MonthlyRate',
  )
  setting(
    'Investment threshold',
    (r) => r.value(2, settings.investmentThreshold, styles.input.money),
    'InvestmentThreshold',
  )
  setting('Annual budget', (r) => r.value(2, settings.annualBudget, styles.input.money), 'AnnualBudget')
  setting('Experimentation reserve', (r) =>
    r.value(
      2,
      settings.experimentationReserve.value,
      settings.experimentationReserve.kind === 'share' ? styles.input.percent : styles.input.money,
    ),
  )
  const count = setting(
    'Number of initiatives',
    (r) => r.value(2, portfolio.initiatives.length, styles.computed.integer),
    'InitiativeCount',
  )

  section(cursor, 'Initiatives', styles)
  header(
    cursor,
    [
      'Initiative',
      'Id',
      'Owner',
      'Stage',
      'Value type',
      ...INPUT_FIELDS.map((f) => f.label),
      ...GOVERNANCE_TEXT.map(([t]) => t),
      REVIEW_DATE,
      NARRATIVE[0],
    ],
    styles,
    3,
  )
  const firstInitiativeRow = cursor.rowNumber
  const initiatives: InputRefs[] = portfolio.initiatives.map((init, i) => {
    const inputs = compiled.initiatives[i]
    const r = cursor.row()
    r.label(1, init.name, widths.name, styles.wrappedLabel)
    r.label(2, init.id, widths.id, styles.wrappedLabel)
    r.label(3, init.governance.owner, widths.owner, styles.wrappedLabel)
    r.text(4, STAGE_LABELS[init.governance.stage])
    r.text(5, VALUE_TYPE_LABELS[init.governance.valueType])
    const refs = {} as InputRefs
    INPUT_FIELDS.forEach((f, j) => {
      const value = inputs ? inputValue(inputs, f.key) : 0
      const shown = f.format === 'month' ? monthSerial(settings.startMonth, value) : value
      r.value(FIRST_INPUT_COL + j, shown, styles.input[f.format])
      refs[f.key] = absRef(S, r.number, FIRST_INPUT_COL + j)
    })
    const textCol = FIRST_INPUT_COL + INPUT_FIELDS.length
    GOVERNANCE_TEXT.forEach(([, read], j) => r.text(textCol + j, read(init)))
    const review = init.governance.reviewDate
    r.value(textCol + GOVERNANCE_TEXT.length, review ? isoDateSerial(review) : null, styles.input.date)
    r.text(textCol + GOVERNANCE_TEXT.length + 1, NARRATIVE[1](init))
    r.done()
    return refs
  })
  const lastInitiativeRow = cursor.rowNumber - 1
  const columnRange = (j: number): string => {
    const col = columnName(FIRST_INPUT_COL + j)
    return `$${col}$${firstInitiativeRow}:$${col}$${lastInitiativeRow}`
  }
  const any = portfolio.initiatives.length > 0
  if (any) INPUT_FIELDS.forEach((f, j) => name(columnRange(j), inputName(f.key)))
  const launchCol = INPUT_FIELDS.findIndex((f) => f.key === 'launchMonth')
  const launches = any ? `${sheetPrefix(S)}${columnRange(launchCol)}` : null

  section(cursor, 'Model mix', styles)
  header(cursor, ['Initiative', 'Initiative id', 'Model', 'Share of queries', 'Model id'], styles, 2)
  const modelNames = new Map(portfolio.priceBook.map((m) => [m.id, `${m.provider} ${m.name}`]))
  const mixShares = portfolio.initiatives.map((init) =>
    init.usage.modelMix.map((entry) => {
      const r = cursor.row()
      r.label(1, init.name, widths.name, styles.wrappedLabel)
      r.label(2, init.id, widths.id, styles.wrappedLabel)
      r.label(3, modelNames.get(entry.modelId) ?? entry.modelId, widths.owner, styles.wrappedLabel)
      r.value(4, entry.share, styles.input.percent)
      r.text(5, entry.modelId)
      r.done()
      return absRef(S, r.number, 4)
    }),
  )

  const pools = writePools(cursor, portfolio, compiled, widths, styles)
  writeDatedPrices(cursor, portfolio, widths, styles)

  setPrintArea(sheet, lastInputCol, cursor.rowNumber - 1)
  cursor.end()
  return { monthlyRate, discountRate, count, startMonth, launches, initiatives, mixShares, pools }
}

function writePools(
  cursor: SheetWriter,
  portfolio: Portfolio,
  compiled: CompiledPortfolio,
  widths: LabelWidths,
  styles: WorkbookStyles,
): PoolRefs[] {
  section(cursor, 'Shared cost pools', styles)
  header(cursor, ['Pool', 'Id', 'Allocation', 'Monthly cost', 'Starts', 'Sum of fixed shares'], styles, 2)
  const poolStart = cursor.rowNumber
  // Fixed-share rows follow the pool rows (and a gap and two heading rows); their positions are known up front.
  const shareRowsFrom = poolStart + portfolio.costPools.length + 3
  let nextShareRow = shareRowsFrom
  const ids = portfolio.initiatives.map((i) => i.id)
  const plan = compiled.pools.map((pool) => {
    const shares = pool.rule === 'fixed' && pool.fixedShares ? pool.fixedShares : null
    const total = shares ? shares.reduce((s, x) => s + x, 0) : 0
    if (!shares || total <= 0) return { rows: null, from: 0, to: 0 }
    const rows = ids.map((_, i) => ((shares[i] ?? 0) !== 0 ? nextShareRow++ : null))
    return { rows, from: rows.find((r) => r !== null) ?? nextShareRow, to: nextShareRow - 1 }
  })
  const refs: PoolRefs[] = portfolio.costPools.map((pool, p) => {
    const r = cursor.row()
    const layout = plan[p]
    r.label(1, pool.name, widths.name, styles.wrappedLabel)
    r.label(2, pool.id, widths.id, styles.wrappedLabel)
    r.text(3, ALLOCATION_LABELS[pool.allocation])
    r.value(4, pool.monthlyCost, styles.input.money)
    r.value(5, monthSerial(portfolio.settings.startMonth, pool.startMonth), styles.input.month)
    let fixedSum: string | null = null
    if (layout?.rows) {
      const sum = compiled.pools[p]?.fixedShares?.reduce((s, x) => s + x, 0) ?? 0
      r.formula(6, `SUM(${columnName(4)}${layout.from}:${columnName(4)}${layout.to})`, sum, styles.computed.percent)
      fixedSum = absRef(S, r.number, 6)
    }
    r.done()
    return {
      monthlyCost: absRef(S, r.number, 4),
      start: absRef(S, r.number, 5),
      fixedShares: layout?.rows ? layout.rows.map((n) => (n === null ? null : absRef(S, n, 4))) : null,
      fixedSum,
    }
  })
  section(cursor, 'Fixed shares of pools', styles)
  header(cursor, ['Pool', 'Pool id', 'Initiative', 'Share', 'Initiative id'], styles)
  if (cursor.rowNumber !== shareRowsFrom) throw new Error('fixed-share rows out of place')
  compiled.pools.forEach((pool, p) => {
    if (!plan[p]?.rows) return
    portfolio.initiatives.forEach((init, i) => {
      const share = pool.fixedShares?.[i] ?? 0
      if (share === 0) return
      const r = cursor.row()
      r.label(1, portfolio.costPools[p]?.name ?? pool.id, widths.name, styles.wrappedLabel)
      r.label(2, pool.id, widths.id, styles.wrappedLabel)
      r.label(3, init.name, widths.owner, styles.wrappedLabel)
      r.value(4, share, styles.input.percent)
      r.text(5, init.id)
      r.done()
    })
  })
  return refs
}

function writeDatedPrices(
  cursor: SheetWriter,
  portfolio: Portfolio,
  widths: LabelWidths,
  styles: WorkbookStyles,
): void {
  section(
    cursor,
    'Price book (dated prices per million tokens; blank = unpriced). The projections read the Prices by month sheet.',
    styles,
  )
  header(
    cursor,
    [
      'Provider',
      'Model',
      'Model id',
      'Effective from',
      'Input',
      'Cached input',
      'Cache write',
      'Output',
      'Batch discount',
      'Long-context threshold',
      'Long-context input',
      'Long-context cached',
      'Long-context cache write',
      'Long-context output',
      'Source',
    ],
    styles,
    2,
  )
  for (const model of portfolio.priceBook) {
    for (const price of model.prices) {
      const r = cursor.row()
      r.label(1, model.provider, widths.name, styles.wrappedLabel)
      r.label(2, model.name, widths.id, styles.wrappedLabel)
      r.label(3, model.id, widths.owner, styles.wrappedLabel)
      r.value(4, isoDateSerial(price.effectiveFrom), styles.computed.date)
      const tier = price.longContext
      PRICE_FIELDS.forEach((f, j) => r.value(5 + j, price[f], styles.computed.pricePerM))
      r.value(9, price.batchDiscount, styles.computed.percent)
      r.value(10, tier ? tier.thresholdTokens : null, styles.computed.count)
      PRICE_FIELDS.forEach((f, j) => r.value(11 + j, tier ? tier[f] : null, styles.computed.pricePerM))
      r.text(15, price.source)
      r.done()
    }
  }
}

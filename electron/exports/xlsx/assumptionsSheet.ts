import type ExcelJS from 'exceljs'
import type { CompiledPortfolio } from '../../../shared/engine'
import { absRef, columnName } from '../../../shared/exports/cellRef'
import { monthlyRateFormula, type InputRefs } from '../../../shared/exports/formulas'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { isoMonths } from '../../../shared/engine/calendar'
import type { Initiative, Portfolio } from '../../../shared/model'
import { ASSUMPTIONS, type PoolRefs, type ScenarioRefs } from './layout'
import { writeModelPriceRows } from './priceRows'
import { SheetWriter, type RowWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

const S = ASSUMPTIONS
const FIRST_INPUT_COL = 6

const GOVERNANCE_TEXT: readonly [string, (i: Initiative) => string][] = [
  ['Outcome name', (i) => i.value.outcomeName],
  ['Hypothesis', (i) => i.governance.hypothesis],
  ['Success metric', (i) => i.governance.successMetric],
  ['Baseline', (i) => i.governance.baseline],
  ['Target', (i) => i.governance.target],
  ['Measurement plan', (i) => i.governance.measurementPlan],
  ['Review date', (i) => i.governance.reviewDate ?? ''],
  ['Strategic narrative', (i) => i.governance.strategicNarrative],
]

function header(cursor: SheetWriter, titles: readonly string[], styles: WorkbookStyles, fromCol = 1): void {
  const row = cursor.row()
  titles.forEach((t, i) => row.text(fromCol + i, t, styles.header))
  row.done()
}

function section(cursor: SheetWriter, title: string, styles: WorkbookStyles): void {
  cursor.skip()
  const row = cursor.row()
  row.text(1, title, styles.section)
  row.done()
}

/**
 * The Assumptions sheet: settings, every input of every initiative, model mixes, cost
 * pools, the dated price book and the prices in force per month. Returns where each
 * input lives, so the projection formulas can reference it.
 */
export function writeAssumptions(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  compiled: CompiledPortfolio,
  styles: WorkbookStyles,
): ScenarioRefs {
  const { settings } = portfolio
  const H = settings.horizonMonths
  const sheet = workbook.addWorksheet(S, { views: [{ state: 'frozen', xSplit: 2, ySplit: 0 }] })
  sheet.columns = [
    { width: 34 },
    { width: 22 },
    { width: 26 },
    { width: 22 },
    ...Array.from({ length: Math.max(H, 40) }, () => ({ width: 14 })),
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  const name = (cell: string, definedName: string): void => workbook.definedNames.add(`${S}!${cell}`, definedName)

  let row = cursor.row()
  row.text(1, 'Assumptions', styles.title)
  row.done()
  row = cursor.row()
  row.text(1, 'Blue figures are inputs: change one and every projection sheet recalculates.')
  row.done()

  section(cursor, 'Settings', styles)
  const setting = (label: string, write: (row: RowWriter) => void, definedName?: string): string => {
    const r = cursor.row()
    r.text(1, label)
    write(r)
    r.done()
    if (definedName) name(`$B$${r.number}`, definedName)
    return absRef(S, r.number, 2)
  }
  setting('Portfolio', (r) => r.text(2, settings.name))
  setting('Currency', (r) => r.text(2, settings.currency))
  setting('Start month', (r) => r.text(2, settings.startMonth))
  setting('Horizon (months)', (r) => r.value(2, H, styles.input.integer), 'Horizon')
  const discount = setting(
    'Annual discount rate',
    (r) => r.value(2, compiled.discountRateAnnual, styles.input.percent),
    'DiscountRate',
  )
  const monthlyRate = setting(
    'Monthly discount rate',
    (r) =>
      r.formula(
        2,
        monthlyRateFormula(discount),
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
  setting('Annual budget', (r) => r.value(2, settings.annualBudget, styles.input.money))
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
    ],
    styles,
  )
  const initiatives: InputRefs[] = portfolio.initiatives.map((init, i) => {
    const inputs = compiled.initiatives[i]
    const r = cursor.row()
    r.text(1, init.name)
    r.text(2, init.id)
    r.text(3, init.governance.owner)
    r.text(4, init.governance.stage)
    r.text(5, init.governance.valueType)
    const refs = {} as InputRefs
    INPUT_FIELDS.forEach((f, j) => {
      r.value(FIRST_INPUT_COL + j, inputs ? inputs[f.key] : 0, styles.input[f.format])
      refs[f.key] = absRef(S, r.number, FIRST_INPUT_COL + j)
    })
    GOVERNANCE_TEXT.forEach(([, read], j) => r.text(FIRST_INPUT_COL + INPUT_FIELDS.length + j, read(init)))
    r.done()
    return refs
  })

  section(cursor, 'Model mix', styles)
  header(cursor, ['Initiative', 'Initiative id', 'Model', 'Model id', 'Share of queries'], styles)
  const modelNames = new Map(portfolio.priceBook.map((m) => [m.id, `${m.provider} ${m.name}`]))
  const mixShares = portfolio.initiatives.map((init) =>
    init.usage.modelMix.map((entry) => {
      const r = cursor.row()
      r.text(1, init.name)
      r.text(2, init.id)
      r.text(3, modelNames.get(entry.modelId) ?? entry.modelId)
      r.text(4, entry.modelId)
      r.value(5, entry.share, styles.input.percent)
      r.done()
      return absRef(S, r.number, 5)
    }),
  )

  const pools = writePools(cursor, portfolio, compiled, styles)
  writeDatedPrices(cursor, portfolio, styles)

  section(cursor, 'Prices in force per month (price book resolved on the first day of each month)', styles)
  // Month columns line up with the projection sheets', so a price cell is referenced column-relative.
  header(cursor, ['Model', 'Model id', 'Price', 'Unit', ...isoMonths(settings.startMonth, H)], styles)
  const models = portfolio.priceBook.map((m, k) =>
    writeModelPriceRows(cursor, S, compiled.priceTable, k, { name: `${m.provider} ${m.name}`, id: m.id }, styles),
  )

  cursor.end()
  return { monthlyRate, count, initiatives, mixShares, models, monthly: initiatives.map(() => ({ cost: {} })), pools }
}

function writePools(
  cursor: SheetWriter,
  portfolio: Portfolio,
  compiled: CompiledPortfolio,
  styles: WorkbookStyles,
): PoolRefs[] {
  section(cursor, 'Shared cost pools', styles)
  header(cursor, ['Pool', 'Id', 'Allocation', 'Monthly cost', 'Start month (index)', 'Sum of fixed shares'], styles)
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
    r.text(1, pool.name)
    r.text(2, pool.id)
    r.text(3, pool.allocation)
    r.value(4, pool.monthlyCost, styles.input.money)
    r.value(5, pool.startMonth, styles.input.integer)
    let fixedSum: string | null = null
    if (layout?.rows) {
      const sum = compiled.pools[p]?.fixedShares?.reduce((s, x) => s + x, 0) ?? 0
      r.formula(6, `SUM(${columnName(5)}${layout.from}:${columnName(5)}${layout.to})`, sum, styles.computed.percent)
      fixedSum = absRef(S, r.number, 6)
    }
    r.done()
    return {
      monthlyCost: absRef(S, r.number, 4),
      startMonth: absRef(S, r.number, 5),
      fixedShares: layout?.rows ? layout.rows.map((n) => (n === null ? null : absRef(S, n, 5))) : null,
      fixedSum,
    }
  })
  section(cursor, 'Fixed shares of pools', styles)
  header(cursor, ['Pool', 'Pool id', 'Initiative', 'Initiative id', 'Share'], styles)
  if (cursor.rowNumber !== shareRowsFrom) throw new Error('fixed-share rows out of place')
  compiled.pools.forEach((pool, p) => {
    if (!plan[p]?.rows) return
    portfolio.initiatives.forEach((init, i) => {
      const share = pool.fixedShares?.[i] ?? 0
      if (share === 0) return
      const r = cursor.row()
      r.text(1, portfolio.costPools[p]?.name ?? pool.id)
      r.text(2, pool.id)
      r.text(3, init.name)
      r.text(4, init.id)
      r.value(5, share, styles.input.percent)
      r.done()
    })
  })
  return refs
}

function writeDatedPrices(cursor: SheetWriter, portfolio: Portfolio, styles: WorkbookStyles): void {
  section(cursor, 'Price book (dated prices, per million tokens; blank = unpriced)', styles)
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
  )
  for (const model of portfolio.priceBook) {
    for (const price of model.prices) {
      const r = cursor.row()
      r.text(1, model.provider)
      r.text(2, model.name)
      r.text(3, model.id)
      r.text(4, price.effectiveFrom)
      const tier = price.longContext
      const values = [price.inputPerM, price.cachedInputPerM, price.cacheWritePerM, price.outputPerM]
      values.forEach((v, j) => r.value(5 + j, v, styles.input.pricePerM))
      r.value(9, price.batchDiscount, styles.input.percent)
      r.value(10, tier ? tier.thresholdTokens : null, styles.input.count)
      const tierValues = tier
        ? [tier.inputPerM, tier.cachedInputPerM, tier.cacheWritePerM, tier.outputPerM]
        : [null, null, null, null]
      tierValues.forEach((v, j) => r.value(11 + j, v, styles.input.pricePerM))
      r.text(15, price.source)
      r.done()
    }
  }
}

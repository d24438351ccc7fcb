import type ExcelJS from 'exceljs'
import type { CompiledPortfolio } from '../../../shared/engine'
import { absRef, columnName } from '../../../shared/exports/cellRef'
import { monthlyRateFormula, type InputRefs } from '../../../shared/exports/formulas'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { monthLabels } from '../../../shared/exports/months'
import type { Initiative, Portfolio } from '../../../shared/model'
import { setFormula, setNumber, setText } from './cells'
import { ASSUMPTIONS, type PoolRefs, type ScenarioRefs } from './layout'
import { writeModelPriceRows } from './priceRows'
import { SheetCursor } from './sheetCursor'
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

function header(cursor: SheetCursor, titles: readonly string[], styles: WorkbookStyles, fromCol = 1): void {
  const row = cursor.row()
  titles.forEach((t, i) => setText(row.getCell(fromCol + i), t, styles.header))
  cursor.commit(row)
}

function section(cursor: SheetCursor, title: string, styles: WorkbookStyles): void {
  cursor.skip()
  const row = cursor.row()
  setText(row.getCell(1), title, styles.section)
  cursor.commit(row)
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
  sheet.columns = [{ width: 34 }, { width: 22 }, { width: 26 }, { width: 22 }, ...Array.from({ length: Math.max(H, 40) }, () => ({ width: 14 }))]
  const cursor = new SheetCursor(sheet)
  const name = (cell: string, definedName: string): void => workbook.definedNames.add(`${S}!${cell}`, definedName)

  let row = cursor.row()
  setText(row.getCell(1), 'Assumptions', styles.title)
  cursor.commit(row)
  row = cursor.row()
  setText(row.getCell(1), 'Blue figures are inputs: change one and every projection sheet recalculates.')
  cursor.commit(row)

  section(cursor, 'Settings', styles)
  const setting = (label: string, write: (cell: ExcelJS.Cell) => void, definedName?: string): string => {
    const r = cursor.row()
    setText(r.getCell(1), label)
    write(r.getCell(2))
    cursor.commit(r)
    if (definedName) name(`$B$${r.number}`, definedName)
    return absRef(S, r.number, 2)
  }
  setting('Portfolio', (c) => setText(c, settings.name))
  setting('Currency', (c) => setText(c, settings.currency))
  setting('Start month', (c) => setText(c, settings.startMonth))
  setting('Horizon (months)', (c) => setNumber(c, H, styles.input.integer), 'Horizon')
  const discount = setting('Annual discount rate', (c) => setNumber(c, compiled.discountRateAnnual, styles.input.percent), 'DiscountRate')
  const monthlyRate = setting(
    'Monthly discount rate',
    (c) => setFormula(c, monthlyRateFormula(discount), Math.pow(1 + compiled.discountRateAnnual, 1 / 12) - 1, styles.computed.percent),
    'MonthlyRate',
  )
  setting('Investment threshold', (c) => setNumber(c, settings.investmentThreshold, styles.input.money), 'InvestmentThreshold')
  setting('Annual budget', (c) => setNumber(c, settings.annualBudget, styles.input.money))
  setting('Experimentation reserve', (c) =>
    setNumber(c, settings.experimentationReserve.value, settings.experimentationReserve.kind === 'share' ? styles.input.percent : styles.input.money),
  )
  const count = setting('Number of initiatives', (c) => setNumber(c, portfolio.initiatives.length, styles.computed.integer), 'InitiativeCount')

  section(cursor, 'Initiatives', styles)
  header(cursor, ['Initiative', 'Id', 'Owner', 'Stage', 'Value type', ...INPUT_FIELDS.map((f) => f.label), ...GOVERNANCE_TEXT.map(([t]) => t)], styles)
  const initiatives: InputRefs[] = portfolio.initiatives.map((init, i) => {
    const inputs = compiled.initiatives[i]
    const r = cursor.row()
    setText(r.getCell(1), init.name)
    setText(r.getCell(2), init.id)
    setText(r.getCell(3), init.governance.owner)
    setText(r.getCell(4), init.governance.stage)
    setText(r.getCell(5), init.governance.valueType)
    const refs = {} as InputRefs
    INPUT_FIELDS.forEach((f, j) => {
      setNumber(r.getCell(FIRST_INPUT_COL + j), inputs ? inputs[f.key] : 0, styles.input[f.format])
      refs[f.key] = absRef(S, r.number, FIRST_INPUT_COL + j)
    })
    GOVERNANCE_TEXT.forEach(([, read], j) => setText(r.getCell(FIRST_INPUT_COL + INPUT_FIELDS.length + j), read(init)))
    cursor.commit(r)
    return refs
  })

  section(cursor, 'Model mix', styles)
  header(cursor, ['Initiative', 'Initiative id', 'Model', 'Model id', 'Share of queries'], styles)
  const modelNames = new Map(portfolio.priceBook.map((m) => [m.id, `${m.provider} ${m.name}`]))
  const mixShares = portfolio.initiatives.map((init) =>
    init.usage.modelMix.map((entry) => {
      const r = cursor.row()
      setText(r.getCell(1), init.name)
      setText(r.getCell(2), init.id)
      setText(r.getCell(3), modelNames.get(entry.modelId) ?? entry.modelId)
      setText(r.getCell(4), entry.modelId)
      setNumber(r.getCell(5), entry.share, styles.input.percent)
      cursor.commit(r)
      return absRef(S, r.number, 5)
    }),
  )

  const pools = writePools(cursor, portfolio, compiled, styles)
  writeDatedPrices(cursor, portfolio, styles)

  section(cursor, 'Prices in force per month (price book resolved on the first day of each month)', styles)
  // Month columns line up with the projection sheets', so a price cell is referenced column-relative.
  header(cursor, ['Model', 'Model id', 'Price', 'Unit', ...monthLabels(settings.startMonth, H)], styles)
  const models = portfolio.priceBook.map((m, k) =>
    writeModelPriceRows(cursor, S, compiled.priceTable, k, { name: `${m.provider} ${m.name}`, id: m.id }, styles),
  )

  sheet.commit()
  return { monthlyRate, count, initiatives, mixShares, models, monthly: initiatives.map(() => ({ cost: {} })), pools }
}

function writePools(cursor: SheetCursor, portfolio: Portfolio, compiled: CompiledPortfolio, styles: WorkbookStyles): PoolRefs[] {
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
    setText(r.getCell(1), pool.name)
    setText(r.getCell(2), pool.id)
    setText(r.getCell(3), pool.allocation)
    setNumber(r.getCell(4), pool.monthlyCost, styles.input.money)
    setNumber(r.getCell(5), pool.startMonth, styles.input.integer)
    let fixedSum: string | null = null
    if (layout?.rows) {
      const sum = compiled.pools[p]?.fixedShares?.reduce((s, x) => s + x, 0) ?? 0
      setFormula(r.getCell(6), `SUM(${columnName(5)}${layout.from}:${columnName(5)}${layout.to})`, sum, styles.computed.percent)
      fixedSum = absRef(S, r.number, 6)
    }
    cursor.commit(r)
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
      setText(r.getCell(1), portfolio.costPools[p]?.name ?? pool.id)
      setText(r.getCell(2), pool.id)
      setText(r.getCell(3), init.name)
      setText(r.getCell(4), init.id)
      setNumber(r.getCell(5), share, styles.input.percent)
      cursor.commit(r)
    })
  })
  return refs
}

function writeDatedPrices(cursor: SheetCursor, portfolio: Portfolio, styles: WorkbookStyles): void {
  section(cursor, 'Price book (dated prices, per million tokens; blank = unpriced)', styles)
  header(
    cursor,
    ['Provider', 'Model', 'Model id', 'Effective from', 'Input', 'Cached input', 'Cache write', 'Output', 'Batch discount',
      'Long-context threshold', 'Long-context input', 'Long-context cached', 'Long-context cache write', 'Long-context output', 'Source'],
    styles,
  )
  for (const model of portfolio.priceBook) {
    for (const price of model.prices) {
      const r = cursor.row()
      setText(r.getCell(1), model.provider)
      setText(r.getCell(2), model.name)
      setText(r.getCell(3), model.id)
      setText(r.getCell(4), price.effectiveFrom)
      const tier = price.longContext
      const values = [price.inputPerM, price.cachedInputPerM, price.cacheWritePerM, price.outputPerM]
      values.forEach((v, j) => setNumber(r.getCell(5 + j), v, styles.input.pricePerM))
      setNumber(r.getCell(9), price.batchDiscount, styles.input.percent)
      setNumber(r.getCell(10), tier ? tier.thresholdTokens : null, styles.input.count)
      const tierValues = tier ? [tier.inputPerM, tier.cachedInputPerM, tier.cacheWritePerM, tier.outputPerM] : [null, null, null, null]
      tierValues.forEach((v, j) => setNumber(r.getCell(11 + j), v, styles.input.pricePerM))
      setText(r.getCell(15), price.source)
      cursor.commit(r)
    }
  }
}

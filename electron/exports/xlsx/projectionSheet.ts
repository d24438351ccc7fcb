import type ExcelJS from 'exceljs'
import type { CompiledPortfolio, PortfolioResult } from '../../../shared/engine'
import { columnName, monthRef } from '../../../shared/exports/cellRef'
import * as F from '../../../shared/exports/formulas'
import { isoMonths } from '../../../shared/engine/calendar'
import { PORTFOLIO_LINES, PROJECTION_LINES, type ProjectionLine } from '../../../shared/exports/projectionLines'
import type { Portfolio } from '../../../shared/model'
import { MONTH_COL, type ScenarioRefs } from './layout'
import { SheetWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

export const T_ROW = 3
type LineKey = ProjectionLine['key']

/** Row numbers of a written projection sheet, for the Summary's formulas. */
export interface ProjectionLayout {
  sheet: string
  months: number
  portfolio: Partial<Record<LineKey, number>>
  initiatives: Record<LineKey, number>[]
}

const ref = (row: number): string => monthRef(null, row, MONTH_COL)

function styleOf(line: ProjectionLine, styles: WorkbookStyles): Partial<ExcelJS.Style> {
  return line.unit === 'money' ? styles.computed.moneyCents : styles.computed.count
}

/**
 * One scenario's monthly projection: pool costs, portfolio totals, then a block of
 * lines per initiative. Every month cell is a live formula over the Assumptions (or
 * the scenario's Levers) cells, written once per row as a shared formula, and carries
 * the engine's value as its cached result.
 */
export async function writeProjection(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetName: string,
  title: string,
  portfolio: Portfolio,
  compiled: CompiledPortfolio,
  result: PortfolioResult,
  refs: ScenarioRefs,
  styles: WorkbookStyles,
): Promise<ProjectionLayout> {
  const H = result.months
  const N = result.initiatives.length
  const currency = portfolio.settings.currency
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 4, ySplit: T_ROW }] })
  sheet.columns = [
    { width: 34 },
    { width: 18 },
    { width: 22 },
    { width: 9 },
    ...Array.from({ length: H }, () => ({ width: 13 })),
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  const t = ref(T_ROW)

  let row = cursor.row()
  row.text(1, title, styles.title)
  row.done()
  row = cursor.row()
  ;['Initiative', 'Id', 'Line', 'Unit'].forEach((h, i) => row.text(i + 1, h, styles.header))
  isoMonths(portfolio.settings.startMonth, H).forEach((l, m) => row.text(MONTH_COL + m, l, styles.header))
  row.done()
  row = cursor.row()
  row.text(3, 'Month index')
  for (let m = 0; m < H; m++) row.value(MONTH_COL + m, m)
  row.done()

  const lineRow = (
    who: string,
    id: string,
    line: { label: string; unit: string },
    formula: string,
    values: ArrayLike<number>,
    style: Partial<ExcelJS.Style>,
  ): number => {
    const r = cursor.row()
    r.text(1, who)
    r.text(2, id)
    r.text(3, line.label)
    r.text(4, line.unit)
    r.sharedMonths(MONTH_COL, formula, values, style).done()
    return r.number
  }
  const unitOf = (line: ProjectionLine): string =>
    line.unit === 'money' ? currency : line.unit === 'tokens' ? 'tokens' : ''

  // Pool costs per month: the amounts the initiatives' shared lines allocate.
  const poolRows = compiled.pools.map((pool, p) => {
    const pr = refs.pools[p]
    if (!pr) throw new Error(`no assumption cells for pool ${pool.id}`)
    const values = new Float64Array(H)
    for (let m = Math.max(0, pool.startMonth); m < H; m++)
      values[m] = pool.monthlyCost * (pool.costFactor ? (pool.costFactor[m] ?? 1) : 1)
    const name = portfolio.costPools[p]?.name ?? pool.id
    return lineRow(
      'Shared cost pool',
      pool.id,
      { label: `Pool: ${name}`, unit: currency },
      F.poolCostFormula(t, pr.monthlyCost, pr.startMonth, pr.factor),
      values,
      styles.computed.moneyCents,
    )
  })

  // Portfolio block, then initiative blocks at known positions (the sums reference rows below).
  const portfolioFrom = cursor.rowNumber + 1
  const blocksFrom = portfolioFrom + PORTFOLIO_LINES.length + 1
  const blockRows = (i: number): Record<LineKey, number> => {
    const rows = {} as Record<LineKey, number>
    PROJECTION_LINES.forEach((l, j) => (rows[l.key] = blocksFrom + i * (PROJECTION_LINES.length + 1) + j))
    return rows
  }
  const lastInitiativeRow = blocksFrom + N * (PROJECTION_LINES.length + 1) - 2
  const keys = `$C$${blocksFrom}:$C$${lastInitiativeRow}`
  const values = `${columnName(MONTH_COL)}$${blocksFrom}:${columnName(MONTH_COL)}$${lastInitiativeRow}`
  const poolSum = poolRows.length ? poolRows.map(ref).join('+') : '0'
  // The pools allocate by the portfolio's queries and inference cost. Summing those over the
  // initiative blocks would make every block's shared line depend on itself (spreadsheets
  // track dependencies by range), so the two bases are copied into their own rows below the
  // blocks and summed from there.
  const basisQueriesFrom = lastInitiativeRow + 3
  const basisInferenceFrom = basisQueriesFrom + N
  const basisSum = (from: number): string => F.sumFormula(`${ref(from)}:${ref(from + N - 1)}`)

  cursor.skip()
  if (cursor.rowNumber !== portfolioFrom) throw new Error('portfolio block out of place')
  const portfolioRows: Partial<Record<LineKey, number>> = {}
  PORTFOLIO_LINES.forEach((line, j) => {
    const r = portfolioFrom + j
    portfolioRows[line.key] = r
    const sum = N > 0 ? F.sumByKeyFormula(keys, `$C${r}`, values) : '0'
    let formula: string
    switch (line.key) {
      case 'queries':
        formula = N > 0 ? basisSum(basisQueriesFrom) : '0'
        break
      case 'inference':
        formula = N > 0 ? basisSum(basisInferenceFrom) : '0'
        break
      case 'shared':
        formula = N > 0 ? sum : poolSum
        break
      case 'totalCost':
        formula = F.sumFormula(`${ref(r - 8)}:${ref(r - 1)}`)
        break
      case 'net':
        formula = F.netFormula(ref(r - 1), ref(r - 2))
        break
      case 'cumulativeNet':
        formula = F.sumFormula(`$${columnName(MONTH_COL)}$${r - 1}:${ref(r - 1)}`)
        break
      default:
        formula = sum
    }
    lineRow(
      'Portfolio (total)',
      '',
      { label: line.label, unit: unitOf(line) },
      formula,
      line.read(result.series),
      styleOf(line, styles),
    )
  })

  const pRow = (key: LineKey): string => ref(portfolioRows[key] ?? 0)
  const initiatives: Record<LineKey, number>[] = []
  for (const [i, res] of result.initiatives.entries()) {
    cursor.skip()
    const rows = blockRows(i)
    if (cursor.rowNumber !== rows.users) throw new Error('initiative block out of place')
    const inputs = compiled.initiatives[i]
    const r = refs.initiatives[i]
    const lever = refs.monthly[i] ?? { cost: {} }
    const shares = refs.mixShares[i] ?? []
    if (!inputs || !r) throw new Error(`no assumption cells for initiative ${res.id}`)
    const mix: F.MixRefs[] = []
    inputs.mixModels.forEach((k, j) => {
      const model = refs.models[k]
      const share = shares[j]
      if (model && share) mix.push({ share, batchDiscount: model.batchDiscount, base: model.base, tier: model.tier })
    })
    const rates: F.RateRefs = {
      cacheHitRate: lever.cacheHitRate ?? r.cacheHitRate,
      cacheWriteRate: lever.cacheWriteRate ?? r.cacheWriteRate,
      batchShare: lever.batchShare ?? r.batchShare,
    }
    const c = (key: LineKey): string => ref(rows[key])
    const cost = lever.cost
    const poolTerms = compiled.pools
      .map((pool, p) => {
        const pr = refs.pools[p]
        const poolCost = ref(poolRows[p] ?? 0)
        const fixedShare = pr?.fixedShares?.[i]
        let share: F.PoolShare
        if (pool.rule === 'inference') share = { rule: 'inference', own: c('inference'), total: pRow('inference') }
        else if (pool.rule === 'queries') share = { rule: 'queries', own: c('queries'), total: pRow('queries') }
        else if (pool.rule === 'fixed' && pr?.fixedSum)
          share = fixedShare
            ? { rule: 'fixed', share: fixedShare, sum: pr.fixedSum }
            : { rule: 'fixed', share: '0', sum: pr.fixedSum }
        else share = { rule: 'even' }
        return { cost: poolCost, share }
      })
      .filter((term) => !(term.share.rule === 'fixed' && term.share.share === '0'))
    const formulas: Record<LineKey, string> = {
      users: F.usersFormula(t, r, lever),
      queries: F.queriesFormula(c('users'), r, lever),
      outcomes: F.outcomesFormula(c('queries'), r, lever),
      inputTokensPerQuery: F.inputTokensFormula(t, r, lever),
      inference: F.withCostFactor(
        F.inferenceFormula(c('queries'), c('inputTokensPerQuery'), r, rates, mix, lever),
        cost.inference,
      ),
      build: F.withCostFactor(F.buildFormula(t, r), cost.build),
      integration: F.withCostFactor(F.integrationFormula(t, r), cost.integration),
      platform: F.withCostFactor(F.platformFormula(t, r), cost.platform),
      data: F.withCostFactor(F.dataFormula(t, c('queries'), r), cost.data),
      evaluation: F.withCostFactor(F.evaluationFormula(t, r), cost.evaluation),
      compliance: F.withCostFactor(F.complianceFormula(t, r), cost.compliance),
      shared: F.sharedFormula(poolTerms, refs.count),
      totalCost: F.sumFormula(`${c('inference')}:${c('shared')}`),
      value: F.valueFormula(t, c('outcomes'), r, lever),
      net: F.netFormula(c('value'), c('totalCost')),
      cumulativeNet: F.sumFormula(`$${columnName(MONTH_COL)}$${rows.net}:${c('net')}`),
    }
    const name = portfolio.initiatives[i]?.name ?? res.id
    for (const line of PROJECTION_LINES) {
      lineRow(
        name,
        res.id,
        { label: line.label, unit: unitOf(line) },
        formulas[line.key],
        line.read(res.series),
        styleOf(line, styles),
      )
    }
    initiatives.push(rows)
    await cursor.drain()
  }

  if (N > 0) {
    cursor.skip()
    const r = cursor.row()
    r.text(
      1,
      "Allocation basis (copies of each initiative's queries and inference cost, summed by the portfolio lines)",
      styles.section,
    )
    r.done()
    if (cursor.rowNumber !== basisQueriesFrom) throw new Error('allocation basis out of place')
    for (const key of ['queries', 'inference'] as const) {
      const line = PROJECTION_LINES.find((l) => l.key === key)
      if (!line) continue
      result.initiatives.forEach((res, i) => {
        const source = initiatives[i]?.[key] ?? 0
        lineRow(
          portfolio.initiatives[i]?.name ?? res.id,
          res.id,
          { label: `${line.label} (basis)`, unit: unitOf(line) },
          ref(source),
          line.read(res.series),
          styleOf(line, styles),
        )
      })
    }
  }

  cursor.end()
  return { sheet: sheetName, months: H, portfolio: portfolioRows, initiatives }
}

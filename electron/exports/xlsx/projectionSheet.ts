import type ExcelJS from 'exceljs'
import { DRIVERS } from '../../../shared/engine'
import { columnName, monthRef } from '../../../shared/exports/cellRef'
import * as F from '../../../shared/exports/formulas'
import { effectFormula, factorProduct, type EffectKind } from '../../../shared/exports/leverFormulas'
import { monthSerial } from '../../../shared/exports/months'
import { PORTFOLIO_LINES, PROJECTION_LINES, type ProjectionLine } from '../../../shared/exports/projectionLines'
import type { Portfolio } from '../../../shared/model'
import { LEVER_LABELS } from '../../../shared/model/scenario'
import { projectionColumns, type ProjectionColumns, type ScenarioRefs, type WorkbookScenario } from './layout'
import type { LeverCells, ScenarioLeverRefs } from './leversSheet'
import { printSetup, setPrintArea } from './printSetup'
import { initiativeLevers, type InitiativeLevers, type LineRef } from './scenarioLines'
import { SheetWriter, type RowWriter } from './sheetWriter'
import type { Format, WorkbookStyles } from './styles'

export const DATE_ROW = 2
export const T_ROW = 3
type LineKey = ProjectionLine['key']

/** Rows of one initiative's block: its lines, and the months since launch every formula reads. */
type InitiativeRows = Record<LineKey, number> & { sinceLaunch: number }

/** Row numbers of a written projection sheet, for the Summary's formulas. */
export interface ProjectionLayout {
  sheet: string
  columns: ProjectionColumns
  portfolio: Partial<Record<LineKey, number>>
  initiatives: InitiativeRows[]
}

/** How a line's yearly columns sum it up: flows add up; users, rates and shares show the year's last month. */
type YearTotal = 'sum' | 'last' | 'none'
const YEAR_TOTAL: Record<LineKey, YearTotal> = {
  users: 'last',
  queries: 'sum',
  outcomes: 'sum',
  inputTokensPerQuery: 'last',
  ...(Object.fromEntries(DRIVERS.map((d) => [d, 'sum'])) as Record<(typeof DRIVERS)[number], YearTotal>),
  totalCost: 'sum',
  value: 'sum',
  net: 'sum',
  cumulativeNet: 'last',
}

const EFFECT_LABELS: Record<EffectKind | 'routing', string> = {
  factor: 'Factor',
  points: 'Points added',
  weight: 'Weight towards the set rate',
  routing: 'Share of traffic moved',
}

const formatOf = (line: ProjectionLine): Format => (line.unit === 'money' ? 'money' : 'count')

/** A line as written: labels, its month formula with the engine's values, and how its years add up. */
interface Line {
  who: string
  id: string
  label: string
  unit: string
  formula: string
  values: ArrayLike<number>
  format: Format
  years: YearTotal
}

/**
 * One scenario's monthly projection: the month effect of each of its levers, the pools' costs,
 * portfolio totals, then a block of lines per initiative. Every month cell is a live formula over
 * the Assumptions, Prices by month and levers sheets, written once per row as a shared formula and
 * carrying the engine's value as its cached result. Yearly totals and the horizon total sit between
 * the labels and the months.
 */
export async function writeProjection(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetName: string,
  title: string,
  portfolio: Portfolio,
  baseline: WorkbookScenario,
  scenario: WorkbookScenario,
  refs: ScenarioRefs,
  levers: ScenarioLeverRefs | null,
  styles: WorkbookStyles,
): Promise<ProjectionLayout> {
  const { compiled, result } = scenario
  const H = result.months
  const N = result.initiatives.length
  const currency = portfolio.settings.currency
  const columns = projectionColumns(portfolio.settings.startMonth, H)
  const { monthCol, firstYearCol, totalCol, years } = columns
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 4, ySplit: T_ROW }],
    ...printSetup('landscape', T_ROW),
  })
  sheet.columns = [
    { width: 30 },
    { width: 18 },
    { width: 36 },
    { width: 7 },
    ...years.map(() => ({ width: 14 })),
    { width: 15 },
    ...Array.from({ length: H }, () => ({ width: 12 })),
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  const ref = (row: number): string => monthRef(null, row, monthCol)
  const t = ref(T_ROW)
  const monthDate = ref(DATE_ROW)

  let row = cursor.row()
  row.text(1, title, styles.title)
  row.done()
  row = cursor.row()
  ;['Initiative', 'Id', 'Line', 'Unit'].forEach((h, i) => row.text(i + 1, h, styles.header))
  years.forEach((y, j) => row.text(firstYearCol + j, y.label, styles.yearHeader))
  row.text(totalCol, 'Total', styles.yearHeader)
  for (let m = 0; m < H; m++) row.value(monthCol + m, monthSerial(portfolio.settings.startMonth, m), styles.monthHeader)
  row.done()
  row = cursor.row()
  row.text(3, 'Month no.')
  for (let m = 0; m < H; m++) row.value(monthCol + m, m)
  row.done()

  const yearCells = (r: RowWriter, line: Line): void => {
    if (line.years === 'none') return
    const style = styles.year[line.format]
    const cell = (m: number): string => `${columnName(monthCol + m)}${r.number}`
    const add = (col: number, first: number, last: number): void => {
      if (line.years === 'last') r.formula(col, cell(last), line.values[last] ?? 0, style)
      else {
        let sum = 0
        for (let m = first; m <= last; m++) sum += line.values[m] ?? 0
        r.formula(col, F.sumFormula(`${cell(first)}:${cell(last)}`), sum, style)
      }
    }
    years.forEach((y, j) => add(firstYearCol + j, y.first, y.last))
    add(totalCol, 0, H - 1)
  }
  const write = (line: Line): number => {
    const r = cursor.row()
    r.text(1, line.who)
    r.text(2, line.id)
    r.text(3, line.label)
    r.text(4, line.unit)
    yearCells(r, line)
    r.sharedMonths(monthCol, line.formula, line.values, styles.computed[line.format]).done()
    return r.number
  }
  const section = (text: string): void => {
    const r = cursor.row()
    r.text(1, text, styles.section)
    r.done()
  }
  const unitOf = (line: ProjectionLine): string =>
    line.unit === 'money' ? currency : line.unit === 'tokens' ? 'tokens' : ''

  // Each timed lever's effect month by month: the initiatives' formulas read these rows.
  const effects = new Map<LeverCells, string>()
  const timed = (levers?.levers ?? []).filter((l) => l.planned.effect !== null)
  if (timed.length > 0) {
    section('Lever effects per month (inputs on the levers sheet)')
    for (const l of timed) {
      const kind = l.planned.effect ?? 'factor'
      const r = write({
        who: `Lever ${l.planned.number}: ${LEVER_LABELS[l.planned.lever.kind]}`,
        id: '',
        label: EFFECT_LABELS[l.planned.role.role === 'routing' ? 'routing' : kind],
        unit: '',
        formula: effectFormula(kind, l.planned.yearly, t, l),
        values: l.planned.series ?? new Float64Array(H),
        format: kind === 'factor' ? 'decimal' : 'percent',
        years: 'last',
      })
      effects.set(l, ref(r))
    }
    cursor.skip()
  }
  const effect = (l: LeverCells): string => effects.get(l) ?? '1'

  // Pool costs per month: the amounts the initiatives' shared lines allocate.
  const poolLevers = (levers?.levers ?? []).filter((l) => l.planned.role.role === 'pools')
  const poolFactor = factorProduct(poolLevers.map(effect))
  const poolRows = compiled.pools.map((pool, p) => {
    const pr = refs.pools[p]
    if (!pr) throw new Error(`no assumption cells for pool ${pool.id}`)
    const values = new Float64Array(H)
    for (let m = Math.max(0, pool.startMonth); m < H; m++)
      values[m] = pool.monthlyCost * (pool.costFactor ? (pool.costFactor[m] ?? 1) : 1)
    return write({
      who: 'Shared cost pool',
      id: pool.id,
      label: `Pool: ${portfolio.costPools[p]?.name ?? pool.id}`,
      unit: currency,
      formula: F.poolCostFormula(monthDate, pr.monthlyCost, pr.start, poolFactor),
      values,
      format: 'money',
      years: 'sum',
    })
  })

  // Each initiative's share of the levers, then the blocks' positions (the portfolio sums reference rows below).
  const plans: InitiativeLevers[] = compiled.initiatives.map((_, i) => {
    const base = baseline.compiled.initiatives[i]
    const inputs = refs.initiatives[i]
    if (!base || !inputs) throw new Error(`no assumption cells for initiative ${i + 1}`)
    return initiativeLevers(i, base, inputs, refs.mixShares[i] ?? [], levers?.levers ?? [], effect, portfolio, H)
  })
  const portfolioFrom = cursor.rowNumber + 1
  const blocksFrom = portfolioFrom + PORTFOLIO_LINES.length + 1
  const blockStarts: number[] = []
  let next = blocksFrom
  for (const plan of plans) {
    blockStarts.push(next)
    next += 1 + PROJECTION_LINES.length + plan.lines.length + 1
  }
  const lastInitiativeRow = next - 2
  const keys = `$C$${blocksFrom}:$C$${lastInitiativeRow}`
  const valuesCol = columnName(monthCol)
  const values = `${valuesCol}$${blocksFrom}:${valuesCol}$${lastInitiativeRow}`
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
        formula = F.sumFormula(`${ref(r - DRIVERS.length)}:${ref(r - 1)}`)
        break
      case 'net':
        formula = F.netFormula(ref(r - 1), ref(r - 2))
        break
      case 'cumulativeNet':
        formula = F.sumFormula(`$${valuesCol}$${r - 1}:${ref(r - 1)}`)
        break
      default:
        formula = sum
    }
    write({
      who: 'Portfolio (total)',
      id: '',
      label: line.label,
      unit: unitOf(line),
      formula,
      values: line.read(result.series),
      format: formatOf(line),
      years: YEAR_TOTAL[line.key],
    })
  })

  const pRow = (key: LineKey): string => ref(portfolioRows[key] ?? 0)
  const initiatives: InitiativeRows[] = []
  for (const [i, res] of result.initiatives.entries()) {
    cursor.skip()
    const plan = plans[i]
    const start = blockStarts[i]
    const inputs = refs.initiatives[i]
    const base = baseline.compiled.initiatives[i]
    if (!plan || start === undefined || !inputs || !base) throw new Error(`no plan for initiative ${res.id}`)
    if (cursor.rowNumber !== start) throw new Error('initiative block out of place')
    const rows = { sinceLaunch: start } as InitiativeRows
    PROJECTION_LINES.forEach((l, j) => {
      const extra = j >= 4 ? plan.lines.length : 0
      rows[l.key] = start + 1 + j + extra
    })
    const lineRef = (index: number): string => ref(start + 5 + index)
    const cellOf = (r: LineRef): string => ('cell' in r ? r.cell : lineRef(r.line))
    const c = (key: LineKey): string => ref(rows[key])
    const m = ref(rows.sinceLaunch)
    const mix: F.MixRefs[] = []
    for (const entry of plan.mix) {
      const model = refs.models[entry.model]
      if (!model) continue
      mix.push({
        share: cellOf(entry.share),
        batchDiscount: model.batchDiscount,
        base: model.base,
        tier: model.tier,
        ...(entry.priceFactor ? { priceFactor: entry.priceFactor } : {}),
      })
    }
    const poolTerms: F.PoolTerm[] = []
    compiled.pools.forEach((pool, p) => {
      const pr = refs.pools[p]
      const cost = ref(poolRows[p] ?? 0)
      if (pool.rule === 'inference' || pool.rule === 'queries')
        poolTerms.push({ cost, share: { rule: pool.rule, own: c(pool.rule), total: pRow(pool.rule) } })
      else if (pool.rule === 'fixed' && pr?.fixedSum) {
        const share = pr.fixedShares?.[i]
        if (share) poolTerms.push({ cost, share: { rule: 'fixed', share, sum: pr.fixedSum } })
      } else poolTerms.push({ cost, share: { rule: 'even' } })
    })
    const cells: F.DriverCells = {
      m,
      queries: c('queries'),
      inputTokensPerQuery: c('inputTokensPerQuery'),
      inputs,
      rates: {
        cacheHitRate: cellOf(plan.cacheHitRate),
        cacheWriteRate: inputs.cacheWriteRate,
        batchShare: cellOf(plan.batchShare),
      },
      mix,
      factors: plan.factors,
      pools: poolTerms,
      count: refs.count,
    }
    const f = plan.factors
    const formulas: Record<LineKey, string> = {
      users: F.usersFormula(m, inputs, f),
      queries: F.queriesFormula(c('users'), inputs, f),
      outcomes: F.outcomesFormula(c('queries'), inputs, f),
      inputTokensPerQuery: F.inputTokensFormula(m, inputs, f),
      ...(Object.fromEntries(
        DRIVERS.map((d) => [d, F.withFactor(F.driverFormula(d, cells), plan.costFactors[d])]),
      ) as Record<(typeof DRIVERS)[number], string>),
      totalCost: F.sumFormula(`${c('inference')}:${c('shared')}`),
      value: F.valueFormula(m, c('outcomes'), inputs, f),
      net: F.netFormula(c('value'), c('totalCost')),
      cumulativeNet: F.sumFormula(`$${valuesCol}$${rows.net}:${c('net')}`),
    }
    const name = portfolio.initiatives[i]?.name ?? res.id
    const launch = base.launchMonth
    write({
      who: name,
      id: res.id,
      label: 'Months since launch',
      unit: '',
      formula: F.monthsBetweenFormula(inputs.launchMonth, monthDate),
      values: Float64Array.from({ length: H }, (_, month) => month - launch),
      format: 'integer',
      years: 'last',
    })
    PROJECTION_LINES.forEach((line, j) => {
      if (j === 4)
        for (const extra of plan.lines)
          write({
            who: name,
            id: res.id,
            label: extra.label,
            unit: 'share',
            formula: extra.formula(lineRef),
            values: extra.values,
            format: 'percent',
            years: 'last',
          })
      const written = write({
        who: name,
        id: res.id,
        label: line.label,
        unit: unitOf(line),
        formula: formulas[line.key],
        values: line.read(res.series),
        format: formatOf(line),
        years: YEAR_TOTAL[line.key],
      })
      if (written !== rows[line.key]) throw new Error(`line ${line.key} of ${res.id} out of place`)
    })
    initiatives.push(rows)
    await cursor.drain()
  }

  if (N > 0) {
    cursor.skip()
    section("Allocation basis (copies of each initiative's queries and inference cost, summed by the portfolio lines)")
    if (cursor.rowNumber !== basisQueriesFrom) throw new Error('allocation basis out of place')
    for (const key of ['queries', 'inference'] as const) {
      const line = PROJECTION_LINES.find((l) => l.key === key)
      if (!line) continue
      result.initiatives.forEach((res, i) => {
        write({
          who: portfolio.initiatives[i]?.name ?? res.id,
          id: res.id,
          label: `${line.label} (basis)`,
          unit: unitOf(line),
          formula: ref(initiatives[i]?.[key] ?? 0),
          values: line.read(res.series),
          format: formatOf(line),
          years: 'none',
        })
      })
    }
  }

  setPrintArea(sheet, totalCol, cursor.rowNumber - 1)
  cursor.end()
  return { sheet: sheetName, columns, portfolio: portfolioRows, initiatives }
}

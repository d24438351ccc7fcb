import type ExcelJS from 'exceljs'
import type { CompiledPortfolio, InitiativeInputs, PoolInputs } from '../../../shared/engine'
import { absRef, monthRef } from '../../../shared/exports/cellRef'
import { monthlyRateFormula } from '../../../shared/exports/formulas'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { isoMonths } from '../../../shared/engine/calendar'
import type { Portfolio } from '../../../shared/model'
import { MONTH_COL, type MonthlyLeverRefs, type PoolRefs, type ScenarioRefs } from './layout'
import { modelPricesDiffer, writeModelPriceRows } from './priceRows'
import { SheetWriter } from './sheetWriter'
import type { Format, WorkbookStyles } from './styles'

type MonthlyKey = Exclude<keyof MonthlyLeverRefs, 'cost'>
const MONTHLY: readonly [MonthlyKey, keyof NonNullable<InitiativeInputs['adjust']>, string, Format][] = [
  ['users', 'usersFactor', 'Users factor', 'decimal'],
  ['queriesPerUser', 'queriesPerUserFactor', 'Queries per user factor', 'decimal'],
  ['inputTokens', 'inputTokensFactor', 'Input tokens factor', 'decimal'],
  ['outputTokens', 'outputTokensFactor', 'Output tokens factor', 'decimal'],
  ['outcomes', 'outcomesFactor', 'Outcomes per query factor', 'decimal'],
  ['value', 'valueFactor', 'Value factor', 'decimal'],
  ['cacheHitRate', 'cacheHitRate', 'Cache hit rate', 'percent'],
  ['cacheWriteRate', 'cacheWriteRate', 'Cache write rate', 'percent'],
  ['batchShare', 'batchShare', 'Batch share', 'percent'],
]
const RATES = new Set<MonthlyKey>(['cacheHitRate', 'cacheWriteRate', 'batchShare'])
const COST_DRIVERS = ['inference', 'build', 'integration', 'platform', 'data', 'evaluation', 'compliance'] as const

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)

function sameMix(a: InitiativeInputs, b: InitiativeInputs): boolean {
  if (a.mixModels.length !== b.mixModels.length) return false
  for (let j = 0; j < a.mixModels.length; j++) {
    if (a.mixModels[j] !== b.mixModels[j] || !Object.is(a.mixShares[j], b.mixShares[j])) return false
  }
  return true
}

function poolChanged(a: PoolInputs | undefined, b: PoolInputs): boolean {
  return (
    !a ||
    a.monthlyCost !== b.monthlyCost ||
    a.startMonth !== b.startMonth ||
    a.costFactor !== null ||
    b.costFactor !== null
  )
}

/**
 * A scenario's levers as their own assumption cells: every compiled input that differs
 * from the baseline (a scalar override, a month-by-month factor or rate, a changed
 * price row, a pool factor, the discount rate) gets a cell here, and the scenario's
 * formulas reference it instead of the Assumptions cell. Returns the scenario's refs,
 * or the baseline's unchanged when the scenario changes nothing.
 */
export function writeLevers(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetName: string,
  scenarioName: string,
  portfolio: Portfolio,
  base: CompiledPortfolio,
  scenario: CompiledPortfolio,
  baseRefs: ScenarioRefs,
  styles: WorkbookStyles,
): ScenarioRefs {
  const H = scenario.months
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 4, ySplit: 2 }] })
  sheet.columns = [
    { width: 34 },
    { width: 22 },
    { width: 30 },
    { width: 14 },
    ...Array.from({ length: H }, () => ({ width: 12 })),
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  let r = cursor.row()
  r.text(1, `Levers of scenario "${scenarioName}" (inputs that differ from the Assumptions sheet)`, styles.title)
  r.done()
  r = cursor.row()
  ;['Applies to', 'Id', 'Lever', 'Value'].forEach((t, i) => r.text(i + 1, t, styles.header))
  isoMonths(portfolio.settings.startMonth, H).forEach((l, t) => r.text(MONTH_COL + t, l, styles.header))
  r.done()

  const scalar = (who: string, id: string, lever: string, value: number, style: Partial<ExcelJS.Style>): string => {
    const row = cursor.row()
    row.text(1, who)
    row.text(2, id)
    row.text(3, lever)
    row.value(4, value, style)
    row.done()
    return absRef(sheetName, row.number, 4)
  }
  const monthly = (
    who: string,
    id: string,
    lever: string,
    read: (t: number) => number,
    style: Partial<ExcelJS.Style>,
  ): string => {
    const row = cursor.row()
    row.text(1, who)
    row.text(2, id)
    row.text(3, lever)
    for (let t = 0; t < H; t++) row.value(MONTH_COL + t, read(t), style)
    row.done()
    return monthRef(sheetName, row.number, MONTH_COL)
  }

  let monthlyRate = baseRefs.monthlyRate
  if (scenario.discountRateAnnual !== base.discountRateAnnual) {
    const annual = scalar('Portfolio', '', 'Annual discount rate', scenario.discountRateAnnual, styles.input.percent)
    const row = cursor.row()
    row.text(1, 'Portfolio')
    row.text(3, 'Monthly discount rate')
    row.formula(
      4,
      monthlyRateFormula(annual),
      Math.pow(1 + scenario.discountRateAnnual, 1 / 12) - 1,
      styles.computed.percent,
    )
    row.done()
    monthlyRate = absRef(sheetName, row.number, 4)
  }

  const names = new Map(portfolio.initiatives.map((i) => [i.id, i.name]))
  const initiatives = baseRefs.initiatives.map((refs) => ({ ...refs }))
  const mixShares = baseRefs.mixShares.map((m) => [...m])
  const monthlyRefs: MonthlyLeverRefs[] = baseRefs.monthly.map(() => ({ cost: {} }))
  scenario.initiatives.forEach((inp, i) => {
    const b = base.initiatives[i]
    const refs = initiatives[i]
    const lever = monthlyRefs[i]
    if (!b || !refs || !lever || b.id !== inp.id)
      throw new Error(`scenario initiative ${inp.id} does not match the baseline`)
    const who = names.get(inp.id) ?? inp.id
    for (const f of INPUT_FIELDS) {
      if (!Object.is(inp[f.key], b[f.key]))
        refs[f.key] = scalar(who, inp.id, f.label, inp[f.key], styles.input[f.format])
    }
    if (!sameMix(inp, b)) {
      mixShares[i] = Array.from(inp.mixShares, (share, j) =>
        scalar(
          who,
          inp.id,
          `Mix share: ${scenario.priceTable.modelIds[inp.mixModels[j] ?? -1] ?? 'unknown model'}`,
          share,
          styles.input.percent,
        ),
      )
    }
    const adj = inp.adjust
    if (!adj) return
    for (const [key, adjKey, label, format] of MONTHLY) {
      const series = adj[adjKey]
      if (!(series instanceof Float64Array)) continue
      const read = RATES.has(key) ? (t: number) => clamp01(series[t] ?? 0) : (t: number) => series[t] ?? 1
      lever[key] = monthly(who, inp.id, label, read, styles.input[format])
    }
    if (adj.mixShares) {
      const shares = adj.mixShares
      mixShares[i] = Array.from(inp.mixModels, (k, j) =>
        monthly(
          who,
          inp.id,
          `Mix share: ${scenario.priceTable.modelIds[k] ?? 'unknown model'}`,
          (t) => Math.max(0, shares[j * H + t] ?? 0),
          styles.input.percent,
        ),
      )
    }
    for (const d of COST_DRIVERS) {
      const factor = adj.costFactor?.[d]
      if (factor) lever.cost[d] = monthly(who, inp.id, `${d} cost factor`, (t) => factor[t] ?? 1, styles.input.decimal)
    }
  })

  const models = baseRefs.models.map((m, k) => {
    if (!modelPricesDiffer(base.priceTable, scenario.priceTable, k)) return m
    const model = portfolio.priceBook[k]
    return writeModelPriceRows(
      cursor,
      sheetName,
      scenario.priceTable,
      k,
      { name: model ? `${model.provider} ${model.name}` : '', id: model?.id ?? '' },
      styles,
    )
  })

  const pools: PoolRefs[] = scenario.pools.map((pool, p) => {
    const baseRef = baseRefs.pools[p]
    const b = base.pools[p]
    if (!baseRef) throw new Error(`scenario pool ${pool.id} does not match the baseline`)
    if (!poolChanged(b, pool)) return baseRef
    const who = portfolio.costPools[p]?.name ?? pool.id
    const ref: PoolRefs = { ...baseRef }
    if (b?.monthlyCost !== pool.monthlyCost)
      ref.monthlyCost = scalar(who, pool.id, 'Monthly cost', pool.monthlyCost, styles.input.money)
    if (b?.startMonth !== pool.startMonth)
      ref.startMonth = scalar(who, pool.id, 'Start month (index)', pool.startMonth, styles.input.integer)
    const factor = pool.costFactor
    if (factor) ref.factor = monthly(who, pool.id, 'Pool cost factor', (t) => factor[t] ?? 1, styles.input.decimal)
    return ref
  })

  cursor.end()
  return { monthlyRate, count: baseRefs.count, initiatives, mixShares, models, monthly: monthlyRefs, pools }
}

/** True when a scenario's compiled inputs differ from the baseline's anywhere the formulas read. */
export function hasLevers(base: CompiledPortfolio, scenario: CompiledPortfolio): boolean {
  if (scenario.discountRateAnnual !== base.discountRateAnnual) return true
  if (scenario.priceTable !== base.priceTable) {
    for (let k = 0; k < scenario.priceTable.modelIds.length; k++)
      if (modelPricesDiffer(base.priceTable, scenario.priceTable, k)) return true
  }
  for (let i = 0; i < scenario.initiatives.length; i++) {
    const a = scenario.initiatives[i]
    const b = base.initiatives[i]
    if (!a || !b || a.adjust !== null || !sameMix(a, b)) return true
    if (INPUT_FIELDS.some((f) => !Object.is(a[f.key], b[f.key]))) return true
  }
  return scenario.pools.some((pool, p) => poolChanged(base.pools[p], pool))
}

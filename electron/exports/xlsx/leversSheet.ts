import type ExcelJS from 'exceljs'
import { absRef, columnName } from '../../../shared/exports/cellRef'
import { monthlyRateFormula, monthsBetweenFormula } from '../../../shared/exports/formulas'
import { discountStageFormula, rampStageFormula, type LeverInputCells } from '../../../shared/exports/leverFormulas'
import type { PlannedLever } from '../../../shared/exports/leverPlan'
import { leverText } from '../../../shared/exports/leverText'
import { monthSerial } from '../../../shared/exports/months'
import { STAGE_LABELS, VALUE_TYPE_LABELS, type Portfolio } from '../../../shared/model'
import type { AssumptionRefs } from './assumptionsSheet'
import { printSetup, setPrintArea } from './printSetup'
import { labelWidth, SheetWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

/** A lever's cells: its inputs, and per initiative (and per model for a price lever) whether it applies. */
export interface LeverCells extends LeverInputCells {
  planned: PlannedLever
  /** Per initiative: its scope cell (1 = applies); null for levers on the whole portfolio. */
  scope: (string | null)[]
  /** Price levers, per price-book model: its cell (1 = the lever changes its prices); null for unused models. */
  models: (string | null)[] | null
}

/** What a scenario's projection reads from its levers sheet. */
export interface ScenarioLeverRefs {
  levers: LeverCells[]
  /** Per initiative: the ramp months and months to full value after the ramp levers, where there are any. */
  rampMonths: (string | null)[]
  monthsToFullValue: (string | null)[]
  /** The scenario's monthly discount rate, when it has discount-rate levers. */
  monthlyRate: string | null
}

export const LEVER_COLUMNS = [
  'Lever',
  'Changes',
  'On (1 = on)',
  'Amount',
  'Unit',
  'Timing',
  'Starts',
  'Full effect at',
  'Scope as exported',
  'Initiatives in scope',
  'Starts (month no.)',
  'Full effect (month no.)',
] as const
const C = {
  lever: 1,
  changes: 2,
  on: 3,
  amount: 4,
  unit: 5,
  timing: 6,
  start: 7,
  full: 8,
  scope: 9,
  count: 10,
  startNo: 11,
  fullNo: 12,
} as const
/** First lever column of the scope and model tables. */
const FIRST_FLAG_COL = 5
const INSTRUCTIONS = [
  'Blue cells are inputs: switch a lever on or off (1/0), change its amount, the month it starts or reaches its full effect (any day counts as its month).',
  'Below, say which initiatives each lever applies to (1 = applies, 0 = not) and which models a price lever changes. The scenario’s projection follows.',
  'A start equal to the full effect is a step in that month; a later full effect makes a linear ramp. A yearly rate compounds from its start.',
  'Fixed at export (change them in the app): each lever’s kind, a yearly rate, the models a routing lever moves traffic between, a rate’s add/set mode.',
]

/**
 * A scenario's levers as input cells: one row per lever (on, amount, start, full effect), a scope
 * table (1/0 per initiative and lever), the models each price lever changes, the ramp months
 * after ramp levers and the discount rate after discount-rate levers. The scenario's projection
 * builds every lever's month effect and every initiative's formulas from these cells.
 */
export function writeLevers(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetName: string,
  scenario: { name: string; description?: string },
  portfolio: Portfolio,
  planned: readonly PlannedLever[],
  assumptions: AssumptionRefs,
  usedModels: ReadonlySet<string>,
  styles: WorkbookStyles,
): ScenarioLeverRefs {
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 0 }],
    ...printSetup('landscape', 0),
  })
  const names = [...portfolio.initiatives.map((i) => i.name), ...portfolio.priceBook.map((m) => m.name)]
  sheet.columns = [labelWidth(names, 30, 40), 42, 12, 10, 18, 12, 10, 12, 26, 10, 10, 10].map((width) => ({ width }))
  const cursor = new SheetWriter(sheet, styles.ids)
  const ref = (row: number, col: number): string => absRef(sheetName, row, col)
  const local = (row: number, col: number): string => absRef(null, row, col)
  const flags: string[] = []
  const N = portfolio.initiatives.length

  let row = cursor.row()
  row.text(1, `Levers of scenario “${scenario.name}”`, styles.title)
  row.done()
  if (scenario.description) {
    row = cursor.row()
    row.text(1, scenario.description, styles.note)
    row.done()
  }
  for (const line of INSTRUCTIONS) {
    row = cursor.row()
    row.text(1, line, styles.note)
    row.done()
  }
  cursor.skip()
  row = cursor.row()
  LEVER_COLUMNS.forEach((h, i) => row.text(i + 1, h, styles.headerWrapped))
  row.lines(2)
  row.done()

  const scoped = planned.filter((p) => p.scoped)
  const priced = planned.filter((p) => p.models !== null)
  const ramps = planned.filter((p) => p.role.role === 'ramp')
  // The scope table follows the lever rows, a blank row, its title and its header.
  const scopeFrom = cursor.rowNumber + planned.length + 3
  const scopeCol = new Map(scoped.map((p, j) => [p, FIRST_FLAG_COL + j]))

  const levers: LeverCells[] = planned.map((p) => {
    const text = leverText(p, portfolio)
    const r = cursor.row()
    const n = r.number
    r.text(C.lever, `${p.number}. ${text.kind}`)
    r.text(C.changes, text.changes)
    r.value(C.on, p.on, styles.input.integer)
    r.value(C.amount, p.amount, styles.input[text.format])
    r.text(C.unit, text.unit)
    r.text(C.timing, text.timing)
    const start = p.start === null ? null : monthSerial(portfolio.settings.startMonth, p.start)
    const full = p.full === null ? null : monthSerial(portfolio.settings.startMonth, p.full)
    if (start !== null) r.value(C.start, start, styles.input.month)
    if (full !== null) r.value(C.full, full, styles.input.month)
    r.text(C.scope, text.scope)
    const col = scopeCol.get(p)
    if (col !== undefined && N > 0) {
      const range = `${columnName(col)}${scopeFrom}:${columnName(col)}${scopeFrom + N - 1}`
      r.formula(
        C.count,
        `COUNTIF(${range},1)`,
        p.covers.reduce((s, x) => s + x, 0),
        styles.computed.integer,
      )
    } else if (col === undefined) r.text(C.count, 'All')
    const monthNo = (col: number): string => monthsBetweenFormula(assumptions.startMonth, local(n, col))
    if (p.start !== null) r.formula(C.startNo, monthNo(C.start), p.start, styles.computed.integer)
    if (p.full !== null) r.formula(C.fullNo, monthNo(C.full), p.full, styles.computed.integer)
    r.done()
    flags.push(`${columnName(C.on)}${n}`)
    return {
      planned: p,
      on: ref(n, C.on),
      amount: ref(n, C.amount),
      start: ref(n, C.startNo),
      full: ref(n, C.fullNo),
      scope: portfolio.initiatives.map(() => null),
      models: null,
    }
  })
  const cellsOf = new Map(levers.map((l) => [l.planned, l]))

  const rampMonths: (string | null)[] = portfolio.initiatives.map(() => null)
  const monthsToFullValue: (string | null)[] = portfolio.initiatives.map(() => null)
  if (scoped.length > 0) {
    cursor.skip()
    row = cursor.row()
    row.text(1, 'Scope: 1 = the lever applies to the initiative, 0 = it does not', styles.section)
    row.done()
    row = cursor.row()
    ;['Initiative', 'Id', 'Stage', 'Value type'].forEach((h, i) => row.text(i + 1, h, styles.header))
    scoped.forEach((p, j) => row.text(FIRST_FLAG_COL + j, `Lever ${p.number}`, styles.header))
    const rampCol = FIRST_FLAG_COL + scoped.length
    ramps.forEach((p, j) =>
      row.text(
        rampCol + j,
        p.role.role === 'ramp' && p.role.ramp === 'users'
          ? `Ramp months after lever ${p.number}`
          : `Months to full value after lever ${p.number}`,
        styles.header,
      ),
    )
    row.done()
    if (cursor.rowNumber !== scopeFrom) throw new Error('scope table out of place')
    portfolio.initiatives.forEach((init, i) => {
      const r = cursor.row()
      r.text(1, init.name)
      r.text(2, init.id)
      r.text(3, STAGE_LABELS[init.governance.stage])
      r.text(4, VALUE_TYPE_LABELS[init.governance.valueType])
      scoped.forEach((p, j) => {
        r.value(FIRST_FLAG_COL + j, p.covers[i] ?? 0, styles.input.integer)
        const cells = cellsOf.get(p)
        if (cells) cells.scope[i] = ref(r.number, FIRST_FLAG_COL + j)
      })
      const inputs = assumptions.initiatives[i]
      let users = { ref: inputs?.rampMonths ?? '0', value: portfolio.initiatives[i]?.usage.rampMonths ?? 0 }
      let value = {
        ref: inputs?.monthsToFullValue ?? '0',
        value: portfolio.initiatives[i]?.value.monthsToFullValue ?? 0,
      }
      ramps.forEach((p, j) => {
        if (p.role.role !== 'ramp') return
        const cells = cellsOf.get(p)
        const prev = p.role.ramp === 'users' ? users : value
        const applies = p.on === 1 && p.covers[i] === 1
        const next = {
          ref: ref(r.number, rampCol + j),
          value: applies ? Math.max(0, prev.value + p.amount) : prev.value,
        }
        r.formula(
          rampCol + j,
          rampStageFormula(prev.ref, cells?.on ?? '0', cells?.scope[i] ?? '0', cells?.amount ?? '0'),
          next.value,
          styles.computed.integer,
        )
        if (p.role.ramp === 'users') {
          users = next
          rampMonths[i] = next.ref
        } else {
          value = next
          monthsToFullValue[i] = next.ref
        }
      })
      r.done()
    })
    if (N > 0)
      flags.push(
        `${columnName(FIRST_FLAG_COL)}${scopeFrom}:${columnName(FIRST_FLAG_COL + scoped.length - 1)}${scopeFrom + N - 1}`,
      )
  }

  if (priced.length > 0) writeModelTable(cursor, portfolio, priced, cellsOf, usedModels, flags, ref, styles)
  const monthlyRate = writeDiscount(cursor, planned, cellsOf, assumptions, portfolio, ref, styles)

  // exceljs's types leave the worksheet's validations out; its streaming writer has them.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations
  for (const range of flags)
    validations.add(range, {
      type: 'whole',
      operator: 'between',
      formulae: [0, 1],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'On or off',
      error: 'Type 1 (applies, on) or 0 (does not apply, off).',
    })
  // The month numbers (columns K and L) are helpers the formulas read: left out of the printout.
  setPrintArea(sheet, Math.max(C.count, FIRST_FLAG_COL + scoped.length + ramps.length - 1), cursor.rowNumber - 1)
  cursor.end()
  return { levers, rampMonths, monthsToFullValue, monthlyRate }
}

function writeModelTable(
  cursor: SheetWriter,
  portfolio: Portfolio,
  priced: readonly PlannedLever[],
  cellsOf: ReadonlyMap<PlannedLever, LeverCells>,
  usedModels: ReadonlySet<string>,
  flags: string[],
  ref: (row: number, col: number) => string,
  styles: WorkbookStyles,
): void {
  cursor.skip()
  let row = cursor.row()
  row.text(1, 'Models each price lever changes: 1 = its prices change, 0 = they do not', styles.section)
  row.done()
  row = cursor.row()
  ;['Model', 'Model id', 'Provider', ''].forEach((h, i) => row.text(i + 1, h, styles.header))
  priced.forEach((p, j) => row.text(FIRST_FLAG_COL + j, `Lever ${p.number}`, styles.header))
  row.done()
  for (const p of priced) {
    const cells = cellsOf.get(p)
    if (cells) cells.models = portfolio.priceBook.map(() => null)
  }
  const first = cursor.rowNumber
  portfolio.priceBook.forEach((model, k) => {
    if (!usedModels.has(model.id)) return
    const r = cursor.row()
    r.text(1, model.name)
    r.text(2, model.id)
    r.text(3, model.provider)
    priced.forEach((p, j) => {
      r.value(FIRST_FLAG_COL + j, p.models?.[k] ?? 0, styles.input.integer)
      const models = cellsOf.get(p)?.models
      if (models) models[k] = ref(r.number, FIRST_FLAG_COL + j)
    })
    r.done()
  })
  if (cursor.rowNumber > first)
    flags.push(
      `${columnName(FIRST_FLAG_COL)}${first}:${columnName(FIRST_FLAG_COL + priced.length - 1)}${cursor.rowNumber - 1}`,
    )
}

/** The annual discount rate after each discount-rate lever, and the scenario's monthly rate; null without one. */
function writeDiscount(
  cursor: SheetWriter,
  planned: readonly PlannedLever[],
  cellsOf: ReadonlyMap<PlannedLever, LeverCells>,
  assumptions: AssumptionRefs,
  portfolio: Portfolio,
  ref: (row: number, col: number) => string,
  styles: WorkbookStyles,
): string | null {
  const discounts = planned.filter((p) => p.role.role === 'discount')
  if (discounts.length === 0) return null
  cursor.skip()
  let row = cursor.row()
  row.text(1, 'Discount rate', styles.section)
  row.done()
  row = cursor.row()
  row.text(1, 'Annual discount rate (Assumptions)')
  row.formula(2, assumptions.discountRate, portfolio.settings.discountRateAnnual, styles.computed.percent)
  row.done()
  let prev = { ref: ref(row.number, 2), value: portfolio.settings.discountRateAnnual }
  for (const p of discounts) {
    if (p.role.role !== 'discount') continue
    const cells = cellsOf.get(p)
    const mode = p.role.mode
    const next = mode === 'set' ? p.amount : prev.value + p.amount
    const value = p.on === 1 ? Math.min(1, Math.max(0, next)) : prev.value
    row = cursor.row()
    row.text(1, `After lever ${p.number}`)
    row.formula(
      2,
      discountStageFormula(mode, prev.ref, cells?.on ?? '0', cells?.amount ?? '0'),
      value,
      styles.computed.percent,
    )
    row.done()
    prev = { ref: ref(row.number, 2), value }
  }
  row = cursor.row()
  row.text(1, 'Monthly discount rate of the scenario')
  row.formula(2, monthlyRateFormula(prev.ref), Math.pow(1 + prev.value, 1 / 12) - 1, styles.computed.percent)
  row.done()
  return ref(row.number, 2)
}

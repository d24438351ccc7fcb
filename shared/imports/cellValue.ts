import { monthIndexOf } from '../engine/calendar'
import { STAGES, VALUE_TYPES } from '../model/categories'
import type { PriceBookModel } from '../model/priceBook'
import { isFormulaLike } from '../exports/neutralise'
import type { FieldKind } from './fields'
import type { ModelChoice } from './previewSchema'
import { readModelMix, type FindModel } from './modelNames'
import { parseAmount, parsePercentText } from './numberText'
import { cellText, type Cell } from './table'

/**
 * What a file is read against: the portfolio's start month (launch months) and price book (model
 * mix), and the models the person chose in the import dialog for names the price book does not know.
 */
export interface CellContext {
  startMonth: string
  priceBook: readonly Pick<PriceBookModel, 'id' | 'name'>[]
  modelChoices?: readonly ModelChoice[] | undefined
}

/** What one cell is read with: the start month and the model finder built once for the whole file. */
export interface CellReader {
  startMonth: string
  findModel: FindModel
}

export type CellValue = { ok: true; value: unknown } | { ok: false; rule: string }

const STAGE_LABELS = ['Idea', 'Pilot', 'Scaling', 'Mature', 'Sunset']
const VALUE_TYPE_LABELS = ['Revenue', 'Cost savings', 'Strategic']

const squash = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')

function pick(text: string, options: readonly string[], labels: readonly string[]): CellValue {
  const t = squash(text)
  const i = options.findIndex((o, j) => squash(o) === t || squash(labels[j] ?? '') === t)
  return i >= 0 ? { ok: true, value: options[i] } : { ok: false, rule: `must be one of ${labels.join(', ')}` }
}

function numberOf(cell: Cell, kind: FieldKind): CellValue {
  if (typeof cell === 'number') return { ok: true, value: cell }
  return kind === 'percent' ? parsePercentText(cell, 'share') : parseAmount(cell)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A launch month: an index (0 = horizon start), "2026-03", "2026-03-15" or "Mar 2026". */
function launchMonth(cell: Cell, ctx: CellReader): CellValue {
  if (typeof cell === 'number') return { ok: true, value: cell }
  const t = cell.trim()
  const iso = /^(\d{4})-(\d{1,2})(-\d{1,2})?$/.exec(t)
  if (iso) {
    const month = Number(iso[2])
    if (month < 1 || month > 12) return { ok: false, rule: 'must be a month such as 2026-03' }
    return { ok: true, value: monthIndexOf(ctx.startMonth, { year: Number(iso[1]), month }) }
  }
  const named = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/i.exec(t)
  const m = named ? MONTHS.indexOf((named[1] ?? '').toLowerCase()) : -1
  if (named && m >= 0)
    return { ok: true, value: monthIndexOf(ctx.startMonth, { year: Number(named[2]), month: m + 1 }) }
  const n = parseAmount(t)
  if (n.ok) return n
  return { ok: false, rule: 'must be a month such as 2026-03 or Mar 2026, or a month index' }
}

/**
 * The value a non-empty cell gives its field, or the rule it breaks. Percent cells: "12%" is 0.12
 * and a plain number is the share itself (0.12), as the app stores it and as an XLSX percent cell
 * holds it. Range rules are left to the model's schema.
 */
export function cellValue(kind: FieldKind, cell: Cell, ctx: CellReader): CellValue {
  const text = cellText(cell)
  switch (kind) {
    case 'text':
    case 'longText': {
      const t = text.trim()
      // The apostrophe the app's exports put before formula-like text ("'=Q3 bot"): dropped, so text round-trips.
      return { ok: true, value: t.startsWith("'") && isFormulaLike(t.slice(1)) ? t.slice(1) : t }
    }
    case 'id':
      return { ok: true, value: text.trim() }
    case 'stage':
      return pick(text, STAGES, STAGE_LABELS)
    case 'valueType':
      return pick(text, VALUE_TYPES, VALUE_TYPE_LABELS)
    case 'date': {
      const t = text.trim()
      return /^\d{4}-\d{2}-\d{2}$/.test(t)
        ? { ok: true, value: t }
        : { ok: false, rule: 'must be a date written YYYY-MM-DD' }
    }
    case 'month':
      return launchMonth(cell, ctx)
    case 'modelMix':
      return readModelMix(text, ctx.findModel)
    case 'number':
    case 'integer':
    case 'percent':
    case 'money':
      return numberOf(cell, kind)
  }
}

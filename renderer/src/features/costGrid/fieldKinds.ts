/**
 * How each kind of cell is shown, typed, pasted, copied and cleared. Parsing decides only what
 * number or text was meant; the model's rules (ranges, whole numbers, sums) are the API's.
 */
import { isoMonth } from '../../../../shared/engine/calendar'
import { parseAmount, parsePercentText } from '../../../../shared/imports/numberText'
import { STAGES, VALUE_TYPES } from '../../../../shared/model'
import {
  formatAmountInput,
  formatMoney,
  formatMonthIndex,
  formatNumber,
  formatPercent,
  formatTokens,
  formatUnitMoney,
  parseMonthIndex,
} from '../../format'

export type FieldKind =
  | 'text'
  | 'money'
  | 'unitMoney'
  | 'percent'
  | 'count'
  | 'tokens'
  | 'months'
  | 'month'
  | 'stage'
  | 'valueType'
  | 'mix'
  | 'roi'

export interface FormatContext {
  currency: string
  startMonth: string
  /** Model id -> display name, for the model-mix summary. */
  modelNames: ReadonlyMap<string, string>
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; rule: string }

const STAGE_LABELS: Readonly<Record<string, string>> = {
  idea: 'Idea',
  pilot: 'Pilot',
  scaling: 'Scaling',
  mature: 'Mature',
  sunset: 'Sunset',
}
const VALUE_TYPE_LABELS: Readonly<Record<string, string>> = {
  revenue: 'Revenue',
  cost_savings: 'Cost savings',
  strategic: 'Strategic',
}

function mixSummary(value: unknown, ctx: FormatContext): string {
  if (!Array.isArray(value)) return ''
  return (value as { modelId: string; share: number }[])
    .slice()
    .sort((a, b) => b.share - a.share)
    .map((m) => `${formatPercent(m.share, 1)} ${ctx.modelNames.get(m.modelId) ?? m.modelId}`)
    .join(', ')
}

/** What the cell shows. */
export function formatCell(kind: FieldKind, value: unknown, ctx: FormatContext): string {
  if (value === null || value === undefined) return ''
  if (kind === 'mix') return mixSummary(value, ctx)
  if (typeof value === 'string') {
    if (kind === 'stage') return STAGE_LABELS[value] ?? value
    if (kind === 'valueType') return VALUE_TYPE_LABELS[value] ?? value
    return value
  }
  if (typeof value !== 'number') return String(value)
  switch (kind) {
    case 'money':
      return formatMoney(value, ctx.currency)
    case 'unitMoney':
      return formatUnitMoney(value, ctx.currency)
    case 'percent':
    case 'roi':
      return formatPercent(value, kind === 'roi' ? 0 : 2)
    case 'tokens':
      return formatTokens(value)
    case 'months':
      return formatNumber(value, 0)
    case 'month':
      return formatMonthIndex(ctx.startMonth, value)
    default:
      return formatNumber(value, 4)
  }
}

/** Full-precision text for the editor and for copying, read back exactly by parseCell. */
export function editText(kind: FieldKind, value: unknown, ctx: FormatContext): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'number') return kind === 'mix' ? mixSummary(value, ctx) : String(value)
  if (kind === 'percent' || kind === 'roi') return `${Number((value * 100).toPrecision(12))}%`
  if (kind === 'month') return isoMonth(ctx.startMonth, value)
  return String(value)
}

/**
 * The text an editor opens with: as a person reads it, amounts with thousands separators
 * ("4,000,000") and months by name ("Mar 2027"). Copies keep editText's plain form, which any
 * spreadsheet reads in any locale; both read back to the same value.
 */
export function editorText(kind: FieldKind, value: unknown, ctx: FormatContext): string {
  if (typeof value !== 'number') return editText(kind, value, ctx)
  if (kind === 'money' || kind === 'count' || kind === 'tokens') return formatAmountInput(value)
  if (kind === 'month') return formatMonthIndex(ctx.startMonth, value)
  return editText(kind, value, ctx)
}

function pickOption(text: string, options: readonly string[], labels: Readonly<Record<string, string>>): ParseResult {
  const t = text.trim().toLowerCase()
  const found = options.find((o) => o.toLowerCase() === t || (labels[o] ?? '').toLowerCase() === t)
  return found
    ? { ok: true, value: found }
    : { ok: false, rule: `must be one of ${options.map((o) => labels[o] ?? o).join(', ')}` }
}

/** Reads typed or pasted text into the field's value. */
export function parseCell(kind: FieldKind, text: string, ctx: FormatContext): ParseResult {
  switch (kind) {
    case 'text':
      return { ok: true, value: text }
    case 'percent':
    case 'roi':
      return parsePercentText(text, 'points')
    case 'month': {
      const t = parseMonthIndex(ctx.startMonth, text)
      return t === null ? { ok: false, rule: 'must be a month such as 2026-03 or Mar 2026' } : { ok: true, value: t }
    }
    case 'stage':
      return pickOption(text, STAGES, STAGE_LABELS)
    case 'valueType':
      return pickOption(text, VALUE_TYPES, VALUE_TYPE_LABELS)
    case 'mix':
      return { ok: false, rule: 'is edited in the model-mix editor (double-click the cell)' }
    default:
      return parseAmount(text)
  }
}

/** The value Delete puts in the cell; null when the field cannot be cleared. */
export function clearedValue(kind: FieldKind): unknown {
  switch (kind) {
    case 'text':
      return ''
    case 'stage':
    case 'valueType':
    case 'mix':
      return null
    default:
      return 0
  }
}

export const isNumericKind = (kind: FieldKind): boolean => !['text', 'stage', 'valueType', 'mix'].includes(kind)

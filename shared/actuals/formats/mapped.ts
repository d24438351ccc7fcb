import { parseAmount } from '../../imports/numberText'
import { moneyFromNumber } from '../decimal'
import { normaliseName, type Fields } from '../fields'
import type { ChargeCategory } from '../line'
import { MAX_LINE_TOKENS } from '../limits'
import type { ReadContext } from '../readContext'
import { noTokens, type RowTokens } from '../sourceRow'
import { parseUnit } from '../units'
import { monthOf, utcDay } from '../utcTime'
import { ValueReader } from '../values'
import { focusCategory } from './chargeCategory'
import { KeyList } from './keys'
import type { ActualsMapping, MappedField } from './mappedColumns'
import type { RecordFormat, RecordReader } from './spec'

/**
 * Any CSV/XLSX through a column mapping. Numbers are read as people write them in sheets
 * ("1,200", "$3.5k", "(12.50)") by the app's one number reader; a month column files a row under
 * that month, a date column under the UTC day.
 */
const TOKEN_FIELDS: readonly [MappedField, keyof RowTokens][] = [
  ['uncachedInput', 'uncachedInput'],
  ['cacheRead', 'cacheRead'],
  ['cacheWrite', 'cacheWrite'],
  ['output', 'output'],
  ['input', 'inputUnsplit'],
]

function reader(ctx: ReadContext, mapping: ActualsMapping, exponent: number): RecordReader {
  const v = new ValueReader(ctx.issues)
  const col = (field: MappedField): string | undefined => mapping.columns[field]
  const cell = (f: Fields, field: MappedField): unknown => {
    const c = col(field)
    return c === undefined ? undefined : f.get(c)
  }
  const amount = (f: Fields, field: MappedField, row: number): number | null => {
    const value = cell(f, field)
    if (value === undefined) return null
    const n = typeof value === 'number' ? { ok: true as const, value } : parseAmount(String(value))
    if (!n.ok || !Number.isFinite(n.value)) {
      ctx.issues.add(row, col(field) ?? field, n.ok ? 'must be a finite number' : n.rule)
      return null
    }
    return n.value
  }
  const count = (f: Fields, field: MappedField, row: number, scale: number): number | null => {
    const n = amount(f, field, row)
    if (n === null) return null
    const scaled = Math.round(n * 10 ** scale)
    if (scaled < 0 || scaled > MAX_LINE_TOKENS) {
      ctx.issues.add(
        row,
        col(field) ?? field,
        scaled < 0 ? 'must not be negative' : `must be at most ${MAX_LINE_TOKENS.toExponential()}`,
      )
      return null
    }
    return scaled
  }
  const source = mapping.source?.trim() || 'CSV'
  return {
    read(f, row) {
      v.row = row
      const dateText = String(cell(f, 'date') ?? '')
      const monthText = String(cell(f, 'month') ?? '')
      const day = dateText !== '' ? utcDay(dateText) : null
      const month = day?.slice(0, 7) ?? (monthText !== '' ? monthOf(monthText) : null)
      if (month === null)
        ctx.issues.add(
          row,
          col('date') ?? col('month') ?? 'month',
          'must be a month such as 2026-03 or a date such as 2026-03-15',
        )
      const tokens = noTokens()
      for (const [field, slot] of TOKEN_FIELDS) tokens[slot] = count(f, field, row, exponent)
      const costValue = amount(f, 'cost', row)
      const currency = v.currency(
        String(cell(f, 'currency') ?? mapping.currency ?? 'USD'),
        col('currency') ?? 'currency',
      )
      const categoryText = String(cell(f, 'chargeCategory') ?? '')
      const category: ChargeCategory | null =
        categoryText === ''
          ? costValue !== null && costValue < 0
            ? 'credit'
            : 'usage'
          : focusCategory(categoryText, '', '')
      if (category === null)
        ctx.issues.add(
          row,
          col('chargeCategory') ?? 'chargeCategory',
          'must be Usage, Purchase, Tax, Credit or Adjustment',
        )
      const keys = new KeyList(v)
        .add('initiative', cell(f, 'initiative'), col('initiative') ?? 'initiative')
        .add(mapping.keyType ?? 'label', cell(f, 'key'), col('key') ?? 'key')
      if (month === null || currency === null || category === null) return
      ctx.emit({
        row,
        day,
        month,
        scope: `Mapped: ${source}`,
        provider: String(cell(f, 'provider') ?? mapping.provider ?? '').trim() || source,
        model: String(cell(f, 'model') ?? '').trim(),
        serviceTier:
          String(cell(f, 'serviceTier') ?? '')
            .trim()
            .toLowerCase() || null,
        chargeCategory: category,
        costBasis: costValue === null ? null : (mapping.costBasis ?? 'estimated'),
        currency: costValue === null ? null : currency,
        cost: costValue === null ? null : moneyFromNumber(costValue),
        tokens,
        requests: count(f, 'requests', row, 0),
        keys: keys.with(ctx.options.fileKeys),
        grain: '',
      })
    },
  }
}

export const mapped: RecordFormat = {
  kind: 'records',
  format: 'mapped',
  label: 'mapped CSV/XLSX',
  grade: 'estimate',
  detect: () => false,
  start(ctx, names) {
    const mapping = ctx.options.mapping
    if (!mapping) return { missing: ['a column mapping'] }
    const missing = Object.values(mapping.columns).filter((h) => !names.has(normaliseName(h)))
    if (mapping.columns.month === undefined && mapping.columns.date === undefined) missing.push('month or date')
    const unit = mapping.tokenUnit ? parseUnit(mapping.tokenUnit) : { exponent: 0, counts: 'tokens' as const }
    if (unit === null) return { missing: [`a token unit this app reads (not "${mapping.tokenUnit}")`] }
    return missing.length > 0 ? { missing } : reader(ctx, mapping, unit.exponent)
  },
}

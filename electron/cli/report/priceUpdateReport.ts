import type { LongContextTier } from '../../../shared/model/priceBook'
import { FIELD_WORDS } from '../../../shared/prices/mergePrice'
import type { FieldChange, PriceUpdatePreview, UpdateRow } from '../../../shared/prices/preview'

const count = (n: number, word: string, words = `${word}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? word : words}`

const tier = (t: LongContextTier | null): string =>
  t === null
    ? 'none'
    : `above ${t.thresholdTokens.toLocaleString('en-US')} tokens (in ${String(t.inputPerM)}, out ${String(t.outputPerM)})`

function value(change: FieldChange, side: 'before' | 'after'): string {
  const v = change[side]
  if (change.field === 'longContext') return tier(typeof v === 'object' ? v : null)
  if (typeof v !== 'number') return 'unknown'
  return change.field === 'batchDiscount' ? `${String(Math.round(v * 10_000) / 100)}%` : String(v)
}

const LABELS: Readonly<Record<UpdateRow['status'], string>> = {
  changed: 'New price',
  unchanged: 'Unchanged',
  new: 'New model',
  ambiguous: 'Choose',
  blocked: 'Blocked',
}

function rowLines(row: UpdateRow): string[] {
  const head = `  ${LABELS[row.status].padEnd(10)} ${row.modelName} (${row.modelId})`
  if (row.status === 'ambiguous') {
    const options = row.candidates.map((c) => `${c.name} (in ${String(c.inputPerM)}, out ${String(c.outputPerM)})`)
    return [
      `${head}: ${options.join(', ')}`,
      `             pass --map 'NAME=${row.modelId}' with the entry that prices it`,
    ]
  }
  const changes = row.changes.map((c) =>
    row.status === 'new'
      ? `${FIELD_WORDS[c.field]} ${value(c, 'after')}`
      : `${FIELD_WORDS[c.field]} ${value(c, 'before')} → ${value(c, 'after')}`,
  )
  const kept =
    row.kept.length > 0 && row.status !== 'new'
      ? `; kept from ${row.inForceFrom ?? '(no price)'}: ${row.kept.map((f) => FIELD_WORDS[f]).join(', ')}`
      : ''
  const lines = [`${head} ← ${row.entry}`, `             ${changes.join(', ')}${kept}`]
  if (row.reason) lines.push(`             ${row.reason}`)
  for (const note of row.notes) lines.push(`             ${note}`)
  return lines
}

/** The preview as lines for a terminal: every model that changes, then counts of the rest. */
export function priceUpdateReport(p: PriceUpdatePreview): string {
  const c = p.counts
  const lines = [
    `${p.formatLabel} "${p.fileName}" (${count(c.entries, 'entry', 'entries')}), prices per million tokens in force from ${p.effectiveFrom}:`,
    ...p.warnings.map((w) => `  Warning: ${w}`),
    ...p.rows.filter((r) => r.status !== 'unchanged').flatMap(rowLines),
  ]
  const rest = [
    `${count(c.unchanged, 'model')} unchanged`,
    p.notInFile.length > 0 ? `${count(p.notInFile.length, 'model')} of the price book not in the file` : '',
    c.unused > 0 ? `${count(c.unused, 'model')} of the file not in the price book (--add NAME adds one)` : '',
    c.refused > 0 ? `${count(c.refused, 'entry', 'entries')} refused` : '',
    c.skipped > 0
      ? `${String(c.skipped)} skipped (${p.skipped.map((s) => `${s.mode} ${String(s.count)}`).join(', ')})`
      : '',
  ].filter((s) => s !== '')
  lines.push(`  ${rest.join('; ')}.`)
  for (const r of p.refused.filter((x) => x.modelId !== null))
    lines.push(`  Refused: "${r.name}" would price ${r.modelId ?? ''}: ${r.reason}`)
  return `${lines.join('\n')}\n`
}

import type { LongContextTier } from '../../../../shared/model'
import type { MatchKind } from '../../../../shared/modelNames'
import type { FieldChange, PriceUpdateApplied, UpdateField } from '../../../../shared/prices/preview'
import { formatNumber, formatPercent, formatUnitMoney } from '../../format'
import { formatDate } from '../../../../shared/display/dates'

export const FIELD_LABELS: Readonly<Record<UpdateField, string>> = {
  inputPerM: 'Input',
  cachedInputPerM: 'Cache read',
  cacheWritePerM: 'Cache write',
  outputPerM: 'Output',
  batchDiscount: 'Batch discount',
  longContext: 'Long context',
}

/** How a name was matched, as the preview says it. */
export const MATCH_LABELS: Readonly<Record<MatchKind, string>> = {
  saved: 'your choice',
  id: 'same id',
  known: 'known name',
  provider: 'provider and name',
  name: 'same name',
  release: 'name without its release date: check',
}

const price = (v: number | null, currency: string): string => (v === null ? 'unknown' : formatUnitMoney(v, currency))

function tierText(tier: LongContextTier | null, currency: string): string {
  if (tier === null) return 'none'
  const parts = [
    `in ${price(tier.inputPerM, currency)}`,
    `out ${price(tier.outputPerM, currency)}`,
    `cache read ${price(tier.cachedInputPerM, currency)}`,
    `cache write ${price(tier.cacheWritePerM, currency)}`,
  ]
  return `above ${formatNumber(tier.thresholdTokens, 0)} tokens: ${parts.join(' · ')}`
}

/** One field's value as the preview shows it: a price per million tokens, a percentage, a tier. */
export function fieldText(field: UpdateField, value: FieldChange['before'], currency: string): string {
  if (field === 'longContext') return tierText(typeof value === 'object' ? value : null, currency)
  if (typeof value !== 'number') return 'unknown'
  return field === 'batchDiscount' ? formatPercent(value) : price(value, currency)
}

/** "12 models", "1 model", "3 entries". */
export const plural = (n: number, word: string, words = `${word}s`): string =>
  `${formatNumber(n, 0)} ${n === 1 ? word : words}`

/** What an update did, for the price book's notice. */
export function updateDoneText(applied: PriceUpdateApplied, fileName: string, effectiveFrom: string): string {
  const { pricesAdded, modelsAdded } = applied
  const what = [
    pricesAdded > 0 ? plural(pricesAdded, 'dated price') : '',
    modelsAdded > 0 ? plural(modelsAdded, 'model') : '',
  ].filter((s) => s !== '')
  if (what.length === 0) return `Saved your choices of model names from ${fileName}; no price changed.`
  return `Added ${what.join(' and ')} from ${fileName}, in force from ${formatDate(effectiveFrom)}. Undo (Ctrl+Z) takes the whole update back.`
}

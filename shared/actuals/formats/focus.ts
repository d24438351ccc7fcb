import { normaliseName, type Fields } from '../fields'
import type { ReadContext } from '../readContext'
import { noTokens, type RowTokens } from '../sourceRow'
import { modelOfMeter, parseUnit, tokenKindOf, type TokenKind, type UnitBlock } from '../units'
import { utcDay } from '../utcTime'
import { remembered } from '../memo'
import { jsonObjectOf, ValueReader } from '../values'
import { focusCategory } from './chargeCategory'
import { KeyList } from './keys'
import type { RecordFormat, RecordReader } from './spec'

/**
 * FOCUS 1.0-1.3 cost and usage exports (AWS, Azure, Google Cloud, Oracle, SaaS), including
 * Microsoft's with its x_ columns. Columns as the FOCUS specification names them.
 */
const COST_COLUMN: Readonly<Record<'billed' | 'effective' | 'list', string>> = {
  billed: 'BilledCost',
  effective: 'EffectiveCost',
  list: 'ListCost',
}

const REQUIRED = ['ChargePeriodStart', 'ChargeCategory', 'BillingCurrency', 'BillingAccountId']

/** Rows read: generative-AI services; the rest of a cloud bill is skipped (and counted). */
const AI_SERVICE =
  /openai|bedrock|vertex|gemini|anthropic|claude|cognitive services|foundry|ai studio|generative|language model|\bllm\b/i

/** The meter text a row names its token type in, most specific first. */
const METER_FIELDS = ['SkuMeter', 'x_SkuMeterName', 'x_UsageType', 'ChargeDescription'] as const

interface Meter {
  kind: TokenKind | null
  text: string
}

function meterOf(f: Fields, v: ValueReader, kindOf: (text: string) => TokenKind | null): Meter {
  for (const field of METER_FIELDS) {
    const text = v.text(f, field)
    if (text === '') continue
    const kind = kindOf(text)
    if (kind) return { kind, text }
  }
  return { kind: null, text: v.text(f, 'SkuMeter', 'x_SkuMeterName', 'x_UsageType') }
}

const DETAIL_MODEL = ['Model', 'ModelName', 'model', 'model_name', 'BaseModel']

/** The model: SkuPriceDetails' model property when the provider writes one, else the meter less its token words. */
function modelOf(
  details: Record<string, unknown> | null,
  meter: Meter,
  f: Fields,
  v: ValueReader,
  meterModel: (text: string) => string,
): string {
  for (const key of DETAIL_MODEL) {
    const value = details?.[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  if (meter.text !== '') return meterModel(meter.text)
  return v.text(f, 'ResourceName')
}

/**
 * Tokens from the quantity columns, read against their own units: ConsumedQuantity in ConsumedUnit
 * ("1000 Tokens", "Tokens"), else PricingQuantity in PricingUnit, whose block may be in
 * x_PricingBlockSize (Azure writes PricingUnit "Tokens" with a block size of 1000).
 */
function quantityOf(f: Fields, v: ValueReader): { amount: number | null; unit: UnitBlock | null } {
  const consumedUnit = parseUnit(v.text(f, 'ConsumedUnit'))
  if (consumedUnit && consumedUnit.counts !== 'other' && f.get('ConsumedQuantity') !== undefined) {
    return { amount: v.count(f, 'ConsumedQuantity', consumedUnit.exponent), unit: consumedUnit }
  }
  const pricingUnit = parseUnit(v.text(f, 'PricingUnit')) ?? parseUnit(v.text(f, 'x_PricingUnitDescription'))
  if (pricingUnit && pricingUnit.counts !== 'other' && f.get('PricingQuantity') !== undefined) {
    const block = v.text(f, 'x_PricingBlockSize')
    const blockExponent = block === '' ? 0 : Math.log10(Number(block))
    if (!Number.isInteger(blockExponent)) {
      v.count(f, 'x_PricingBlockSize', 0)
      return { amount: null, unit: null }
    }
    return { amount: v.count(f, 'PricingQuantity', pricingUnit.exponent + blockExponent), unit: pricingUnit }
  }
  return { amount: null, unit: consumedUnit }
}

function tierOf(details: Record<string, unknown> | null, meter: Meter): string | null {
  const t = details?.['ServiceTier'] ?? details?.['Tier'] ?? details?.['DeploymentType']
  if (typeof t === 'string' && t.trim() !== '') return t.trim().toLowerCase()
  return /\bbatch\b/i.test(meter.text) ? 'batch' : null
}

function reader(ctx: ReadContext, basis: 'billed' | 'effective' | 'list'): RecordReader {
  const v = new ValueReader(ctx.issues)
  let skipped = 0
  let firstSkipped = 0
  // Rows repeat their meters, services and tags: each distinct text is worked out once.
  const tagsText = remembered(jsonObjectOf)
  const tagsOf = (value: unknown): Record<string, unknown> | null =>
    typeof value === 'string' ? tagsText(value) : jsonObjectOf(value)
  const kindOf = remembered(tokenKindOf)
  const meterModel = remembered((text) => modelOfMeter(text.replace(/^[A-Z]{2,4}\d{0,2}-(?=[A-Za-z])/, '')))
  const isAiService = remembered((text) => AI_SERVICE.test(text))
  const read = (f: Fields, row: number): void => {
    v.row = row
    const service = `${v.text(f, 'ServiceCategory')} ${v.text(f, 'ServiceName')} ${v.text(f, 'x_SkuMeterName', 'SkuMeter')}`
    const meter = meterOf(f, v, kindOf)
    const quantity = quantityOf(f, v)
    if (!isAiService(service) && quantity.unit?.counts !== 'tokens') {
      skipped++
      firstSkipped ||= row
      const day = utcDay(v.text(f, 'ChargePeriodStart'))
      if (day !== null)
        ctx.cover(`${v.text(f, 'ProviderName', 'ServiceProviderName')}:${v.text(f, 'BillingAccountId')}`, day, day)
      return
    }
    const description = v.text(f, 'ChargeDescription')
    const category = focusCategory(v.text(f, 'ChargeCategory'), v.text(f, 'ChargeSubcategory'), description)
    if (category === null) ctx.issues.add(row, 'ChargeCategory', 'must be Usage, Purchase, Tax, Credit or Adjustment')
    const day = v.day(f, 'ChargePeriodStart')
    const currency = v.currency(v.text(f, 'BillingCurrency'), 'BillingCurrency')
    const cost = v.money(f, COST_COLUMN[basis])
    const details = jsonObjectOf(f.get('SkuPriceDetails'))
    const tokens: RowTokens = noTokens()
    let requests: number | null = null
    if (quantity.unit?.counts === 'requests') requests = quantity.amount
    else if (meter.kind && (quantity.unit?.counts === 'tokens' || quantity.unit?.counts === 'block'))
      tokens[meter.kind] = quantity.amount
    else if (meter.kind && category === 'usage' && quantity.amount !== null)
      ctx.warnings.add(
        `Row ${row}: "${v.text(f, 'ConsumedUnit', 'PricingUnit')}" is not a token unit, so its tokens are left unknown.`,
      )
    const keys = new KeyList(v)
      .add('account', f.get('SubAccountName', 'SubAccountId'), 'SubAccountId')
      .add('resource', f.get('ResourceName', 'ResourceId'), 'ResourceId')
      .tags(tagsOf(f.get('Tags')), 'Tags')
    if (day === null || category === null || currency === null) return
    const chargeClass = v.text(f, 'ChargeClass')
    ctx.emit({
      row,
      day,
      month: day.slice(0, 7),
      scope: `${v.text(f, 'ProviderName', 'ServiceProviderName')}:${v.text(f, 'BillingAccountId')}`,
      provider: v.text(f, 'ProviderName', 'ServiceProviderName', 'PublisherName') || 'Unknown provider',
      model: modelOf(details, meter, f, v, meterModel),
      serviceTier: tierOf(details, meter),
      chargeCategory: category,
      costBasis: basis,
      currency,
      cost,
      tokens,
      requests,
      keys: keys.with(ctx.options.fileKeys),
      grain: [
        chargeClass,
        chargeClass.toLowerCase() === 'correction' ? v.text(f, 'BillingPeriodStart') : '',
        v.text(f, 'SkuPriceId', 'SkuId'),
        meter.text,
        v.text(f, 'ResourceId'),
        v.text(f, 'SubAccountId'),
      ].join('|'),
    })
  }
  const finish = (): void => {
    if (skipped > 0)
      ctx.warnings.add(
        `${skipped.toLocaleString('en-US')} row${skipped > 1 ? 's' : ''} of services other than generative AI ${skipped > 1 ? 'were' : 'was'} skipped (the first is row ${firstSkipped}).`,
      )
  }
  return { read, finish }
}

export const focus: RecordFormat = {
  kind: 'records',
  format: 'focus',
  label: 'FOCUS cost and usage export',
  grade: 'invoice',
  detect: (names) =>
    ['chargeperiodstart', 'billedcost', 'billingcurrency', 'chargecategory'].every((n) => names.has(n)),
  start(ctx, names) {
    const basis = ctx.options.focusCost ?? 'billed'
    const missing = [...REQUIRED, COST_COLUMN[basis]].filter((c) => !names.has(normaliseName(c)))
    return missing.length > 0 ? { missing } : reader(ctx, basis)
  },
}

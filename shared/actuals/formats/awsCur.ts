import { normaliseName, type Fields } from '../fields'
import type { ReadContext } from '../readContext'
import { noTokens } from '../sourceRow'
import { modelOfMeter, parseUnit, tokenKindOf } from '../units'
import { jsonObjectOf, ValueReader } from '../values'
import { curCategory } from './chargeCategory'
import { KeyList } from './keys'
import type { RecordFormat, RecordReader } from './spec'

/**
 * AWS Cost and Usage Report 2.0 (Data Exports), Amazon Bedrock rows. The legacy CUR's
 * "lineItem/UsageType" style names read the same (names are compared without case or punctuation).
 * A Bedrock usage type is region, model and token type: "USE1-Claude3.5Sonnet-input-tokens",
 * "USE1-Claude4.5Haiku-cache-read-input-token-count".
 */
const REQUIRED = [
  'line_item_usage_start_date',
  'line_item_usage_type',
  'line_item_unblended_cost',
  'line_item_currency_code',
  'line_item_line_item_type',
]

const TIER = /(?:^|-)(batch|priority|flex)(?:-|$)/i

/** The model part of a usage type: the region prefix, tier and token words removed. */
function modelOfUsageType(usageType: string): string {
  return modelOfMeter(
    usageType.replace(/^[A-Z]{2,4}\d{0,2}-(?=[A-Za-z])/, '').replace(/-(batch|priority|flex)(?=-|$)/gi, ''),
  )
}

/** Resource tags: the CUR 2.0 resource_tags map (JSON text in a CSV) or the legacy resourceTags/user:key columns. */
function tagColumns(headers: readonly string[]): { header: string; tag: string }[] {
  return headers.flatMap((h) => {
    const m = /^(?:resourceTags\/|resource_tags_)(user[:_].+|aws[:_].+)$/i.exec(h)
    return m ? [{ header: h, tag: (m[1] ?? '').replace(/^(user|aws)_/i, '$1:') }] : []
  })
}

function reader(ctx: ReadContext, headers: readonly string[]): RecordReader {
  const v = new ValueReader(ctx.issues)
  const tagCols = tagColumns(headers)
  let skipped = 0
  return {
    read(f, row) {
      v.row = row
      const usageType = v.text(f, 'line_item_usage_type')
      const product = `${v.text(f, 'line_item_product_code')} ${v.text(f, 'product_servicecode', 'product_product_name')}`
      const kind = tokenKindOf(usageType)
      if (!/bedrock/i.test(product) && kind === null) {
        skipped++
        return
      }
      readRow(f, row, ctx, v, usageType, tagCols)
    },
    finish() {
      if (skipped > 0)
        ctx.warnings.add(
          `${skipped.toLocaleString('en-US')} row${skipped > 1 ? 's' : ''} of services other than Amazon Bedrock ${skipped > 1 ? 'were' : 'was'} skipped.`,
        )
    },
  }
}

function readRow(
  f: Fields,
  row: number,
  ctx: ReadContext,
  v: ValueReader,
  usageType: string,
  tagCols: { header: string; tag: string }[],
): void {
  const kind = tokenKindOf(usageType)
  const category = curCategory(v.text(f, 'line_item_line_item_type'))
  if (category === null)
    ctx.issues.add(row, 'line_item_line_item_type', 'must be a CUR line item type such as Usage, Credit, Refund or Tax')
  const day = v.day(f, 'line_item_usage_start_date')
  const cost = v.money(f, 'line_item_unblended_cost')
  const currency = v.currency(v.text(f, 'line_item_currency_code'), 'line_item_currency_code')
  const tokens = noTokens()
  if (kind !== null && category === 'usage') {
    const unitText = v.text(f, 'pricing_unit')
    const unit = parseUnit(unitText)
    if (unit === null || (unit.counts !== 'tokens' && unit.counts !== 'block'))
      ctx.issues.add(
        row,
        'pricing_unit',
        `must name the token unit of a Bedrock token row, such as "1K tokens" (it is "${unitText}")`,
      )
    else tokens[kind] = v.count(f, 'line_item_usage_amount', unit.exponent)
  }
  const keys = new KeyList(v)
    .add('account', f.get('line_item_usage_account_id'), 'line_item_usage_account_id')
    .add('principal', f.get('line_item_iam_principal'), 'line_item_iam_principal')
    .add('resource', f.get('line_item_resource_id'), 'line_item_resource_id')
    .tags(jsonObjectOf(f.get('resource_tags')), 'resource_tags')
  for (const c of tagCols) keys.add('tag', tagValue(c.tag, f.get(c.header)), c.header)
  if (day === null || category === null || currency === null) return
  ctx.emit({
    row,
    day,
    month: day.slice(0, 7),
    scope: `AWS ${v.text(f, 'bill_payer_account_id')}`,
    provider: 'AWS',
    model: usageType === '' ? '' : modelOfUsageType(usageType),
    serviceTier: TIER.exec(usageType)?.[1]?.toLowerCase() ?? null,
    chargeCategory: category,
    costBasis: 'billed',
    currency,
    cost,
    tokens,
    requests: null,
    keys: keys.with(ctx.options.fileKeys),
    grain: [
      usageType,
      v.text(f, 'line_item_operation'),
      v.text(f, 'line_item_resource_id'),
      v.text(f, 'line_item_usage_account_id'),
      v.text(f, 'line_item_line_item_description'),
    ].join('|'),
  })
}

const tagValue = (tag: string, value: unknown): string | null =>
  value === undefined || value === null || value === '' ? null : `${tag}=${String(value)}`

export const awsCur: RecordFormat = {
  kind: 'records',
  format: 'aws-cur',
  label: 'AWS Cost and Usage Report (CUR 2.0)',
  grade: 'invoice',
  detect: (n) => n.has('lineitemusagetype') && n.has('lineitemunblendedcost') && n.has('lineitemusagestartdate'),
  start(ctx, names, headers) {
    const missing = REQUIRED.filter((c) => !names.has(normaliseName(c)))
    return missing.length > 0 ? { missing } : reader(ctx, headers)
  },
}

/**
 * A FOCUS 1.2 export of `rows` daily lines from 2026-01-01, about a year of a mid-size company's
 * generative-AI spend at 200,000 rows: 548 (subscription, resource, model, token type) keys a day,
 * with FOCUS's usual columns filled. Given in chunks of about 1 MB, so the bench never holds the
 * whole text (about 150 MB) at once, as a file read from disk in chunks would not be held.
 */

const HEADER = [
  'AvailabilityZone',
  'BilledCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingAccountType',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'CommitmentDiscountId',
  'ConsumedQuantity',
  'ConsumedUnit',
  'ContractedCost',
  'ContractedUnitPrice',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'ListUnitPrice',
  'PricingCategory',
  'PricingQuantity',
  'PricingUnit',
  'ProviderName',
  'PublisherName',
  'RegionId',
  'RegionName',
  'ResourceId',
  'ResourceName',
  'ResourceType',
  'ServiceCategory',
  'ServiceName',
  'SkuId',
  'SkuMeter',
  'SkuPriceId',
  'SubAccountId',
  'SubAccountName',
  'Tags',
  'x_SkuMeterName',
  'x_PricingBlockSize',
]

const MODELS = [
  { name: 'gpt-4.1-mini', price: [0.4, 0.1, 1.6] },
  { name: 'gpt-4.1', price: [2, 0.5, 8] },
  { name: 'gpt-5-mini', price: [0.25, 0.025, 2] },
  { name: 'gpt-5', price: [1.25, 0.125, 10] },
] as const
const KINDS = ['Inp', 'cached Inp', 'Outp'] as const
const SUBSCRIPTIONS = 11
const RESOURCES_PER_SUBSCRIPTION = 4
/** 11 x 4 x 4 x 3 = 528 keys a day, plus 20 untagged sandbox keys. */
export const KEYS_PER_DAY = SUBSCRIPTIONS * RESOURCES_PER_SUBSCRIPTION * MODELS.length * KINDS.length + 20

function day(i: number): string {
  return new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
}

function row(d: string, k: number): string {
  const sandbox = k >= KEYS_PER_DAY - 20
  const sub = sandbox ? 'sandbox' : `sub-${k % SUBSCRIPTIONS}`
  const model = MODELS[Math.floor(k / SUBSCRIPTIONS) % MODELS.length] ?? MODELS[0]
  const kind = Math.floor(k / (SUBSCRIPTIONS * MODELS.length)) % KINDS.length
  const resource = `/subscriptions/${sub}/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/ai-${k % RESOURCES_PER_SUBSCRIPTION}`
  const tokens = 1000 + ((k * 7919) % 90_000)
  const cost = ((tokens * (model.price[kind] ?? 1)) / 1e6).toFixed(10)
  const meter = `${model.name} ${KINDS[kind]} glbl Tokens`
  const tags = sandbox ? '' : `"{""initiative"":""init-${k % 40}"",""env"":""prod"",""costcenter"":""CC-${k % 9}""}"`
  const month = d.slice(0, 7)
  return [
    '',
    cost,
    'BA-001',
    'Northwind',
    'Billing Profile',
    'USD',
    '',
    `${month}-01T00:00:00Z`,
    'Usage',
    '',
    `"Azure OpenAI ${meter}"`,
    'Usage-Based',
    '',
    `${d}T00:00:00Z`,
    '',
    tokens,
    'Tokens',
    cost,
    '',
    cost,
    'Microsoft',
    cost,
    '',
    'Standard',
    tokens / 1000,
    'Tokens',
    'Microsoft',
    'Microsoft',
    'eastus',
    'East US',
    resource,
    `ai-${k % RESOURCES_PER_SUBSCRIPTION}`,
    'Azure OpenAI',
    'AI and Machine Learning',
    'Azure OpenAI Service',
    `sku-${k % 97}`,
    meter,
    `price-${k % 97}`,
    sub,
    sub,
    tags,
    meter,
    1000,
  ].join(',')
}

/** The file as chunks of about `chunkChars` characters, header first. */
export function* focusChunks(rows: number, chunkChars = 1 << 20): Generator<string> {
  let chunk = `${HEADER.join(',')}\n`
  for (let i = 0; i < rows; i++) {
    chunk += `${row(day(Math.floor(i / KEYS_PER_DAY)), i % KEYS_PER_DAY)}\n`
    if (chunk.length >= chunkChars) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk !== '') yield chunk
}

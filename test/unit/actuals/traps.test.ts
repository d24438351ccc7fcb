import { describe, expect, it } from 'vitest'
import { readActualsText, type ActualsRead, type ActualsReadResult } from '../../../shared/actuals/readActuals'
import type { ActualsReadOptions } from '../../../shared/actuals/readContext'
import { monthsNeedingRates, unmatchedModels } from '../../../shared/actuals/summary'

/** The traps of billing exports, each with a small file and its hand-worked result. */

function read(text: string, options: ActualsReadOptions = {}): ActualsRead {
  const r = readActualsText(text, options)
  if (!r.ok) throw new Error(`refused: ${r.message} ${JSON.stringify(r.issues)}`)
  return r
}
const refused = (r: ActualsReadResult) => (r.ok ? { message: 'read', issues: [] } : r)

const FOCUS_HEAD =
  'BillingAccountId,ProviderName,ChargePeriodStart,ChargeCategory,ChargeClass,ChargeDescription,BilledCost,BillingCurrency,ServiceName,SkuMeter,ConsumedQuantity,ConsumedUnit,PricingQuantity,PricingUnit,x_PricingBlockSize,Tags'
const focusRow = (o: Partial<Record<string, string>>): string =>
  FOCUS_HEAD.split(',')
    .map((h) => {
      const v =
        o[h] ??
        (
          {
            BillingAccountId: 'acct',
            ProviderName: 'Microsoft',
            ChargePeriodStart: '2026-01-10T00:00:00Z',
            ChargeCategory: 'Usage',
            BilledCost: '1',
            BillingCurrency: 'USD',
            ServiceName: 'Azure OpenAI Service',
            SkuMeter: 'gpt-4o Input Tokens',
          } as Record<string, string>
        )[h] ??
        ''
      return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
    })
    .join(',')
const focus = (...rows: Partial<Record<string, string>>[]): string => [FOCUS_HEAD, ...rows.map(focusRow)].join('\n')

describe('per-1K and per-1M units', () => {
  it('reads each quantity against its own unit, never an assumed one', () => {
    const r = read(
      focus(
        { ConsumedQuantity: '2.5', ConsumedUnit: '1M Tokens', ChargePeriodStart: '2026-01-01' },
        { ConsumedQuantity: '2.5', ConsumedUnit: '1K Tokens', ChargePeriodStart: '2026-01-02' },
        { ConsumedQuantity: '2.5', ConsumedUnit: '1000 Tokens', ChargePeriodStart: '2026-01-03' },
        { ConsumedQuantity: '7', ConsumedUnit: 'Tokens', ChargePeriodStart: '2026-01-04' },
      ),
    )
    expect(r.lines[0]?.lineage.days.map((d) => d.tokens.uncachedInput)).toEqual([2_500_000, 2_500, 2_500, 7])
  })

  it('multiplies Azure PricingQuantity by x_PricingBlockSize when there is no consumed quantity', () => {
    const r = read(focus({ PricingQuantity: '12.5', PricingUnit: 'Tokens', x_PricingBlockSize: '1000' }))
    expect(r.lines[0]?.tokens.uncachedInput).toBe(12_500)
  })

  it('refuses an AWS Bedrock token row whose pricing unit it cannot read', () => {
    const head =
      'line_item_usage_start_date,line_item_usage_type,line_item_unblended_cost,line_item_currency_code,line_item_line_item_type,line_item_product_code,line_item_usage_amount,pricing_unit'
    const ok = read(
      `${head}\n2026-01-05T00:00:00Z,USE1-Claude4.5Haiku-input-tokens,1.2,USD,Usage,AmazonBedrock,1.2,1M tokens`,
    )
    expect(ok.lines[0]?.tokens.uncachedInput).toBe(1_200_000)
    const bad = refused(
      readActualsText(
        `${head}\n2026-01-05T00:00:00Z,USE1-Claude4.5Haiku-input-tokens,1.2,USD,Usage,AmazonBedrock,1.2,Units`,
      ),
    )
    expect(bad.issues).toEqual([expect.objectContaining({ row: 2, field: 'pricing_unit' })])
  })
})

describe('input counts that include cached tokens', () => {
  const usage = (result: Record<string, unknown>): string =>
    JSON.stringify({
      object: 'page',
      data: [
        {
          object: 'bucket',
          start_time: 1767225600,
          end_time: 1767312000,
          results: [
            {
              object: 'organization.usage.completions.result',
              num_model_requests: 3,
              output_tokens: 10,
              model: 'gpt-4.1',
              ...result,
            },
          ],
        },
      ],
    })

  it('OpenAI: uncached = input_tokens - cached - cache writes, or input_uncached_tokens when given and consistent', () => {
    const r = read(
      usage({
        input_tokens: 1000,
        input_cached_tokens: 600,
        input_cache_write_tokens: 100,
        input_uncached_tokens: 300,
      }),
    )
    expect(r.lines[0]?.tokens).toMatchObject({ uncachedInput: 300, cacheRead: 600, cacheWrite: 100 })
    const bad = refused(
      readActualsText(usage({ input_tokens: 1000, input_cached_tokens: 600, input_uncached_tokens: 500 })),
    )
    expect(bad.issues[0]).toMatchObject({ row: 1, field: 'input_uncached_tokens' })
    const less = refused(readActualsText(usage({ input_tokens: 100, input_cached_tokens: 600 })))
    expect(less.issues[0]).toMatchObject({ field: 'input_tokens' })
  })

  const helicone = (provider: string): string =>
    JSON.stringify([
      {
        request_id: 'r1',
        request_created_at: '2026-02-01T10:00:00Z',
        provider,
        model: 'm',
        prompt_tokens: 1000,
        completion_tokens: 5,
        prompt_cache_read_tokens: 300,
        prompt_cache_write_tokens: 200,
        costUSD: 0.01,
      },
    ])

  it('Helicone: OpenAI prompt tokens include the cache, Anthropic ones do not; the option overrides', () => {
    expect(read(helicone('OPENAI')).lines[0]?.tokens.uncachedInput).toBe(500)
    expect(read(helicone('ANTHROPIC')).lines[0]?.tokens.uncachedInput).toBe(1000)
    expect(read(helicone('ANTHROPIC'), { promptTokens: 'include-cache' }).lines[0]?.tokens.uncachedInput).toBe(500)
  })

  it('LiteLLM spend logs: cache counts from metadata.usage_object; prompt tokens fewer than them are read as apart', () => {
    const log = (prompt: number) =>
      JSON.stringify([
        {
          request_id: 'a',
          startTime: '2026-02-01T10:00:00Z',
          model: 'anthropic/claude-haiku-4-5',
          spend: 0.002,
          prompt_tokens: prompt,
          completion_tokens: 7,
          team_id: 't1',
          request_tags: ['initiative:support'],
          metadata: {
            usage_object: { cache_read_input_tokens: 400, cache_creation_input_tokens: 100 },
            user_api_key_alias: 'support-bot',
          },
        },
      ])
    const r = read(log(1500))
    expect(r.lines[0]?.tokens).toMatchObject({ uncachedInput: 1000, cacheRead: 400, cacheWrite: 100, output: 7 })
    expect(r.lines[0]?.provider).toBe('anthropic')
    expect(r.lines[0]?.keys).toEqual(
      expect.arrayContaining([
        { type: 'tag', value: 'initiative:support' },
        { type: 'apiKey', value: 'support-bot' },
        { type: 'team', value: 't1' },
      ]),
    )
    const apart = read(log(300))
    expect(apart.lines[0]?.tokens.uncachedInput).toBe(300)
    expect(apart.warnings.join(' ')).toContain('fewer than their cache tokens')
  })
})

describe('credits, refunds and currencies', () => {
  it('keeps credits and refunds negative, and upper-cases a currency written in lower case', () => {
    const r = read(
      focus(
        { ChargeCategory: 'Credit', BilledCost: '-10.5', BillingCurrency: 'usd', SkuMeter: '' },
        {
          ChargeCategory: 'Adjustment',
          BilledCost: '-3',
          ChargePeriodStart: '2026-01-11',
          SkuMeter: '',
          ChargeDescription: 'Refund of duplicate charge',
        },
      ),
    )
    expect(r.lines.map((l) => [l.chargeCategory, l.cost, l.currency])).toEqual([
      ['credit', -10.5, 'USD'],
      ['refund', -3, 'USD'],
    ])
  })

  it('lists the currencies of each month, so a month not in the portfolio currency needs a rate', () => {
    const r = read(
      focus({ BillingCurrency: 'EUR', BilledCost: '2.5' }, { BillingCurrency: 'USD', ChargePeriodStart: '2026-02-03' }),
    )
    expect(r.currencies).toEqual([
      { month: '2026-01', currency: 'EUR', cost: 2.5, lines: 1 },
      { month: '2026-02', currency: 'USD', cost: 1, lines: 1 },
    ])
    expect(monthsNeedingRates(r.currencies, 'USD').map((c) => c.month)).toEqual(['2026-01'])
  })
})

describe('UTC month boundaries', () => {
  it('files 2026-01-31 23:30 at -02:00 under February (01:30 UTC on 1 February)', () => {
    const r = read(
      focus({ ChargePeriodStart: '2026-01-31T23:30:00-02:00' }, { ChargePeriodStart: '2026-01-31T23:30:00+02:00' }),
    )
    expect(r.lines.map((l) => [l.month, l.lineage.days[0]?.day])).toEqual([
      ['2026-01', '2026-01-31'],
      ['2026-02', '2026-02-01'],
    ])
  })
})

describe('model names not in the price book', () => {
  it('reports each source name a matcher does not know', () => {
    const r = read(
      focus(
        { SkuMeter: 'gpt-4o Input Tokens' },
        { SkuMeter: 'mystery-model Output Tokens', ChargePeriodStart: '2026-01-02' },
      ),
    )
    const known = new Map([['gpt-4o', 'openai:gpt-4o']])
    expect(unmatchedModels(r.models, (_p, m) => known.get(m) ?? null).map((m) => m.model)).toEqual(['mystery-model'])
  })
})

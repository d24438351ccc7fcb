import { describe, expect, it } from 'vitest'
import { costOf, hasKey, inMonth, readSample, tokensOf } from './readSample'

/** The gateway, observability and mapped samples against totals worked out by hand from sampleDrivers.ts. */

describe('LiteLLM daily team spend', () => {
  const r = readSample('litellm-daily-team-spend.csv')

  it("subtracts the cache tokens that LiteLLM's prompt_tokens include, and marks spend as an estimate", () => {
    const jan = inMonth(r.lines, '2026-01').filter((l) => hasKey(l, 'team', 'team-dev-tools'))
    expect(jan).toHaveLength(1)
    expect(jan[0]?.tokens).toEqual({
      uncachedInput: 31 * 4_000_000,
      cacheRead: 31 * 6_000_000,
      cacheWrite: 31 * 200_000,
      output: 31 * 800_000,
      inputUnsplit: null,
    })
    expect(jan[0]?.requests).toBe(31 * 2_000)
    // 31 x ($12 + $1.80 + $0.75 + $12): LiteLLM prices the cache writes at the 5-minute rate
    expect(jan[0]?.cost).toBe(823.05)
    expect(jan[0]).toMatchObject({
      costBasis: 'estimated',
      currency: 'USD',
      provider: 'anthropic',
      model: 'claude-sonnet-4-5-20250929',
    })
    expect(r.grade).toBe('estimate')
  })

  it('keeps the data-science team, which no rule matches, as its own line', () => {
    const ds = r.lines.filter((l) => hasKey(l, 'team', 'team-data-science'))
    expect(ds).toHaveLength(11)
    expect(costOf(inMonth(ds, '2026-02'))).toBe(12.6)
  })
})

describe('Langfuse daily metrics', () => {
  it('keeps the input unsplit (inputUsage counts cached tokens too) and takes the keys the export was filtered by', () => {
    const r = readSample('langfuse-daily-metrics.json', { fileKeys: [{ type: 'traceName', value: 'marketing-copy' }] })
    const jan = inMonth(r.lines, '2026-01')
    expect(jan).toHaveLength(1)
    expect(jan[0]?.tokens).toEqual({
      uncachedInput: null,
      cacheRead: null,
      cacheWrite: null,
      output: 31 * 300_000,
      inputUnsplit: 31 * 600_000,
    })
    // 31 x (500,000 x $0.25/M + 100,000 x $0.025/M + 300,000 x $2/M) = 31 x $0.7275
    expect(jan[0]?.cost).toBe(22.5525)
    expect(jan[0]?.requests).toBe(31 * 300)
    expect(jan[0]?.keys).toEqual([{ type: 'traceName', value: 'marketing-copy' }])
    expect(r.warnings).toEqual([])
  })

  it('says that lines stay unallocated when no keys are given', () => {
    const r = readSample('langfuse-daily-metrics.json')
    expect(r.warnings.join(' ')).toContain('stay unallocated')
    expect(r.lines.every((l) => l.keys.length === 0)).toBe(true)
  })
})

describe('Helicone request export (JSON Lines)', () => {
  const r = readSample('helicone-requests.jsonl')

  it('reads custom properties as tags and splits OpenAI prompt tokens, which include the cached ones', () => {
    const mar = inMonth(r.lines, '2026-03').filter((l) => hasKey(l, 'tag', 'Initiative=sales-email'))
    expect(mar).toHaveLength(4) // one line per seller
    expect(mar.reduce((a, l) => a + (l.requests ?? 0), 0)).toBe(124)
    expect(tokensOf(mar, 'uncachedInput')).toBe(124 * 2_000)
    expect(tokensOf(mar, 'cacheRead')).toBe(124 * 500)
    expect(tokensOf(mar, 'output')).toBe(124 * 400)
    // 124 requests x (2,000 x $1.25/M + 500 x $0.125/M + 400 x $10/M)
    expect(costOf(mar)).toBe(0.81375)
  })

  it('keeps the untagged requests apart (unallocated)', () => {
    const untagged = r.lines.filter((l) => l.keys.length === 0)
    // One a day from March to November
    expect(untagged.map((l) => l.requests)).toEqual([31, 30, 31, 30, 31, 31, 30, 31, 30])
  })
})

describe('a mapped CSV from a tool without a reader', () => {
  const mapping = {
    columns: {
      month: 'Month',
      initiative: 'Initiative',
      model: 'Model',
      input: 'Input tokens',
      output: 'Output tokens',
      requests: 'Requests',
      cost: 'Cost (USD)',
    },
    source: 'Northwind gateway',
  }

  it('reads "10,000,000" and "$45.00" as people write them, files rows under their month and keeps the input unsplit', () => {
    const r = readSample('mapped-gateway.csv', { mapping })
    expect(r.format).toBe('mapped')
    const jan = inMonth(r.lines, '2026-01')
    const ca = jan.find((l) => hasKey(l, 'initiative', 'code-assistant'))
    expect(ca).toMatchObject({
      cost: 45,
      requests: 5_000,
      model: 'Claude Sonnet 4.5',
      costBasis: 'estimated',
      provider: 'Northwind gateway',
    })
    expect(ca?.tokens).toEqual({
      uncachedInput: null,
      cacheRead: null,
      cacheWrite: null,
      output: 1_000_000,
      inputUnsplit: 10_000_000,
    })
    expect(ca?.lineage.days.map((d) => d.day)).toEqual([null])
    const unallocated = jan.find((l) => l.keys.length === 0)
    expect(unallocated?.cost).toBe(0.56)
    expect(r.coverage[0]).toMatchObject({ scope: 'Mapped: Northwind gateway', from: '2026-01-01', to: '2026-11-30' })
  })
})

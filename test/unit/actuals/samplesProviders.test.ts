import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ActualLine } from '../../../shared/actuals/line'
import { SAMPLE_DIR, SAMPLE_FILES } from '../../fixtures/actuals/generateSamples'
import { DAYS_IN, MONTHS } from '../../fixtures/actuals/sampleDrivers'
import { costOf, hasKey, inMonth, readSample, tokensOf } from './readSample'

/**
 * Each provider sample against totals worked out by hand from the drivers in
 * test/fixtures/actuals/sampleDrivers.ts (daily figures are constant within a month).
 */

describe('the committed samples', () => {
  it.each(Object.entries(SAMPLE_FILES))('%s is what the generator writes', (name, write) => {
    expect(readFileSync(join(SAMPLE_DIR, name), 'utf8')).toBe(write())
  })
})

describe('FOCUS (Google Cloud, Vertex AI)', () => {
  const r = readSample('focus-google-cloud.csv')

  it('is detected and every line passes the line schema', () => {
    expect(r.format).toBe('focus')
    expect(r.detected).toBe(true)
    expect(r.grade).toBe('invoice')
    for (const l of r.lines) expect(ActualLine.safeParse(l).success).toBe(true)
  })

  it('rolls January of marketing content up by hand: 31 days of 1,000K input and 400K output tokens', () => {
    const jan = inMonth(r.lines, '2026-01').filter((l) => hasKey(l, 'tag', 'initiative=marketing-content'))
    expect(tokensOf(jan, 'uncachedInput')).toBe(31 * 1_000_000)
    expect(tokensOf(jan, 'output')).toBe(31 * 400_000)
    // 31 x (1,000,000 x $0.30/M + 400,000 x $2.50/M) = 31 x $1.30
    expect(costOf(jan)).toBe(40.3)
    expect(jan.every((l) => l.model === 'Gemini 2.5 Flash' && l.provider === 'Google Cloud')).toBe(true)
  })

  it('starts claims triage in February: 28 x ($0.60 + $0.50)', () => {
    const claims = r.lines.filter((l) => hasKey(l, 'tag', 'initiative=claims-triage'))
    expect(inMonth(claims, '2026-01')).toEqual([])
    expect(costOf(inMonth(claims, '2026-02'))).toBe(30.8)
    expect(tokensOf(inMonth(claims, '2026-02'), 'uncachedInput')).toBe(56_000_000)
  })

  it('keeps the sandbox project with no tags (no rule will match it) and the credit as a negative line', () => {
    const sandbox = inMonth(r.lines, '2026-01').filter((l) => hasKey(l, 'account', 'nw-sandbox'))
    expect(sandbox.every((l) => l.keys.every((k) => k.type !== 'tag'))).toBe(true)
    // 31 x (100,000 x $1.25/M + 10,000 x $10/M) = 31 x $0.225
    expect(costOf(sandbox)).toBe(6.975)
    const credit = r.lines.filter((l) => l.chargeCategory === 'credit')
    expect(credit).toHaveLength(1)
    expect(credit[0]).toMatchObject({ month: '2026-03', cost: -25, model: '' })
  })

  // January to November is 334 days, 303 of them from February.
  it('totals the eleven months: 334 x $1.30 + 303 x $1.10 + 334 x $0.225 - $25', () => {
    expect(costOf(r.lines)).toBe(817.65)
    expect(r.warnings.join(' ')).toContain('11 rows of services other than generative AI were skipped') // one a month
    expect(r.currencies.map((c) => c.currency)).toEqual(Array(11).fill('USD'))
  })
})

describe('FOCUS (Azure OpenAI, with x_SkuMeterName and x_PricingBlockSize)', () => {
  const r = readSample('focus-azure.csv')

  it('reads the token type from x_SkuMeterName and the model from the meter', () => {
    const may = inMonth(r.lines, '2026-05')
    expect(tokensOf(may, 'uncachedInput')).toBe(31 * 400_000)
    expect(tokensOf(may, 'cacheRead')).toBe(31 * 100_000)
    expect(tokensOf(may, 'output')).toBe(31 * 50_000)
    expect(new Set(may.map((l) => l.model))).toEqual(new Set(['gpt-4.1-mini-0414 glbl']))
    // 31 x ($0.16 + $0.01 + $0.08)
    expect(costOf(may)).toBe(7.75)
    expect(costOf(inMonth(r.lines, '2026-06'))).toBe(7.5)
    expect(may.every((l) => hasKey(l, 'tag', 'initiative=hr-policy') && hasKey(l, 'resource', 'nw-hr-openai'))).toBe(
      true,
    )
  })
})

describe('OpenAI usage (completions buckets)', () => {
  const r = readSample('openai-usage.json')

  it('subtracts the cached and cache-write tokens from input_tokens, which counts them', () => {
    const jan = inMonth(r.lines, '2026-01').filter(
      (l) => hasKey(l, 'project', 'proj_code_assistant') && l.model === 'gpt-5-mini-2025-08-07',
    )
    expect(jan).toHaveLength(1)
    expect(jan[0]?.tokens).toEqual({
      uncachedInput: 31 * 1_800_000,
      cacheRead: 31 * 1_200_000,
      cacheWrite: 31 * 50_000,
      output: 31 * 400_000,
      inputUnsplit: null,
    })
    expect(jan[0]?.requests).toBe(31_000)
    expect(jan[0]?.cost).toBeNull()
    expect(r.grade).toBe('usage')
  })

  it('keeps the batch tier and starts sales drafting in March; the legacy key has no project', () => {
    const batch = r.lines.filter((l) => l.serviceTier === 'batch')
    expect(new Set(batch.map((l) => l.month))).toEqual(new Set(MONTHS.slice(2)))
    const legacy = r.lines.filter((l) => hasKey(l, 'apiKey', 'key_legacy'))
    expect(legacy.every((l) => !l.keys.some((k) => k.type === 'project'))).toBe(true)
    expect(r.coverage).toEqual([
      { format: 'openai-usage', scope: 'OpenAI organisation', from: '2026-01-01', to: '2026-11-30' },
    ])
  })
})

describe('OpenAI costs (JSON and the dashboard CSV)', () => {
  const json = readSample('openai-costs.json')
  const csv = readSample('openai-costs.csv')

  it('reads lower-case currency as USD and line items as model and token type', () => {
    const jan = inMonth(json.lines, '2026-01').filter(
      (l) => hasKey(l, 'project', 'proj_code_assistant') && l.model === 'gpt-5-mini-2025-08-07',
    )
    // input (uncached and cache writes) 31 x 1,850,000 x $0.25/M; cached 31 x 1,200,000 x $0.025/M; output 31 x 400,000 x $2/M
    expect(costOf(jan)).toBe(14.3375 + 0.93 + 24.8)
    expect(jan.every((l) => l.currency === 'USD' && l.costBasis === 'billed')).toBe(true)
  })

  // 334 days from January, 275 from March (sales drafting).
  it('totals the eleven months the same in both files: 334 x $2.527 + 275 x $1.265', () => {
    expect(costOf(json.lines)).toBe(1191.893)
    expect(costOf(csv.lines)).toBe(1191.893)
    expect(csv.lines.some((l) => hasKey(l, 'project', 'Code assistant'))).toBe(true)
  })
})

describe('Anthropic usage and cost reports', () => {
  const usage = readSample('anthropic-usage.json')
  const cost = readSample('anthropic-cost.json')

  it('sums cache_creation 5m and 1h into cache writes', () => {
    const platform = inMonth(usage.lines, '2026-01').filter((l) => hasKey(l, 'workspace', 'wrkspc_platform'))
    expect(platform[0]?.tokens).toEqual({
      uncachedInput: 124_000_000,
      cacheRead: 186_000_000,
      cacheWrite: 6_200_000,
      output: 24_800_000,
      inputUnsplit: null,
    })
  })

  it('reads amounts in cents: "17.5" is $0.175 (a day of the support assistant\'s Haiku cache writes)', () => {
    const writes = inMonth(cost.lines, '2026-01').filter(
      (l) =>
        hasKey(l, 'workspace', 'wrkspc_support') &&
        l.model === 'claude-haiku-4-5-20251001' &&
        l.lineage.days[0]?.cost === 0.175,
    )
    expect(writes).toHaveLength(1)
    expect(writes[0]?.cost).toBe(31 * 0.175)
  })

  it('totals January by hand: 31 x ($4.935 + $6.345 + $5 + $27 + $0.15)', () => {
    expect(costOf(inMonth(cost.lines, '2026-01'))).toBe(1346.33)
  })

  it("shows the support assistant's cost per query rising as its prompts grow", () => {
    const perQuery = MONTHS.map((m) => {
      const haiku = inMonth(cost.lines, m).filter(
        (l) => hasKey(l, 'workspace', 'wrkspc_support') && l.model === 'claude-haiku-4-5-20251001',
      )
      return costOf(haiku) / (1_400 * (DAYS_IN[m] ?? NaN))
    })
    // uncached input per query 1,500 + 300 a month at $1/M, plus 1,500 cache reads at $0.10/M, 100 cache writes
    // at $1.25/M and 350 output at $5/M ($0.002025): $0.003525 in January, $0.005025 in June, $0.006525 in November
    expect(perQuery[0]).toBeCloseTo(0.003525, 12)
    expect(perQuery[5]).toBeCloseTo(0.005025, 12)
    expect(perQuery[10]).toBeCloseTo(0.006525, 12)
    for (let i = 1; i < perQuery.length; i++) expect(perQuery[i]).toBeGreaterThan(perQuery[i - 1] ?? 0)
  })

  it('leaves the default workspace without a workspace key', () => {
    const defaults = usage.lines.filter((l) => hasKey(l, 'apiKey', 'apikey_default'))
    expect(defaults).toHaveLength(MONTHS.length)
    expect(defaults.every((l) => !l.keys.some((k) => k.type === 'workspace'))).toBe(true)
  })
})

describe('AWS CUR 2.0 (Bedrock)', () => {
  const r = readSample('aws-cur-bedrock.csv')

  it('reads token kinds from usage type suffixes and counts against pricing_unit "1K tokens"', () => {
    const feb = inMonth(r.lines, '2026-02').filter((l) =>
      hasKey(l, 'principal', 'arn:aws:iam::444455556666:role/claims-triage-app'),
    )
    expect(tokensOf(feb, 'uncachedInput')).toBe(28 * 1_200_000)
    expect(tokensOf(feb, 'cacheRead')).toBe(28 * 600_000)
    expect(tokensOf(feb, 'output')).toBe(28 * 120_000)
    expect(costOf(feb)).toBe(52.08)
    expect(new Set(feb.map((l) => l.model))).toEqual(new Set(['Claude4.5Haiku']))
    expect(feb.every((l) => hasKey(l, 'tag', 'user_initiative=claims-triage'))).toBe(true)
  })

  // 303 days of claims triage from February, 334 days of Nova Lite from January.
  it('keeps the refund as a negative line and totals 303 x $1.86 + 334 x $0.042 - $12', () => {
    const refund = r.lines.filter((l) => l.chargeCategory === 'refund')
    expect(refund.map((l) => [l.month, l.cost])).toEqual([['2026-04', -12]])
    expect(costOf(r.lines)).toBe(565.608)
  })
})

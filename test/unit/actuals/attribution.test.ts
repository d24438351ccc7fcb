import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attributeActuals, type AttributableLine } from '../../../shared/actuals/attribution'
import type { ActualsFormat, AttributionKey } from '../../../shared/actuals/line'
import type { ActualsSummary } from '../../../shared/actuals/results'
import type { AttributionRule } from '../../../shared/actuals/stored'

const line = (
  format: ActualsFormat,
  provider: string,
  cost: number | null,
  keys: AttributionKey[],
  more: Partial<AttributableLine> = {},
): AttributableLine => ({
  month: '2026-01',
  provider,
  model: 'claude-sonnet-4-5',
  priceModelId: 'anthropic:claude-sonnet-4.5',
  tokens: { uncachedInput: null, cacheRead: null, cacheWrite: null, output: null, inputUnsplit: null },
  requests: null,
  cost,
  costBasis: cost === null ? null : 'billed',
  portfolioCost: cost,
  keys,
  lineage: { format },
  ...more,
})

const rule = (
  keyType: AttributionRule['keyType'],
  pattern: string,
  initiativeId: string,
  sharePercent = 100,
): AttributionRule => ({
  id: `${pattern}-${initiativeId}`,
  source: 'any',
  keyType,
  pattern,
  initiativeId,
  sharePercent,
  validFrom: null,
  validTo: null,
})

const byInitiative = (s: ActualsSummary): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const c of s.costs) out[c.initiativeId ?? 'Unallocated'] = (out[c.initiativeId ?? 'Unallocated'] ?? 0) + c.cents
  return out
}

describe('attribution', () => {
  it('a rule sends a line to its initiative; an unmatched line stays unallocated with its keys', () => {
    const s = attributeActuals(
      [
        line('focus', 'Microsoft', 100, [{ type: 'tag', value: 'team=support' }]),
        line('focus', 'Microsoft', 12.34, [{ type: 'tag', value: 'team=sandbox' }]),
      ],
      [rule('tag', 'team=support', 'support')],
      { currency: 'USD' },
    )
    expect(byInitiative(s)).toEqual({ support: 10000, Unallocated: 1234 })
    expect(s.unallocated).toEqual([
      {
        month: '2026-01',
        provider: 'Microsoft',
        format: 'focus',
        keys: [{ type: 'tag', value: 'team=sandbox' }],
        cents: 1234,
        lines: 1,
      },
    ])
    expect(s.providerMonths[0]).toMatchObject({ recordFormat: 'focus', standing: 'record', cents: 11234 })
  })

  it('shares split a line, and what they leave is unallocated: 60% and 30% of $0.05 is 3 and 2 cents... of 5', () => {
    const s = attributeActuals(
      [line('focus', 'Microsoft', 0.05, [{ type: 'project', value: 'shared' }])],
      [rule('project', 'shared', 'a', 60), rule('project', 'shared', 'b', 30)],
      { currency: 'USD' },
    )
    // exact 3, 1.5, 0.5 cents: the half cents go by largest remainder, the total stays 5
    const parts = byInitiative(s)
    expect(parts.a).toBe(3)
    expect((parts.b ?? 0) + (parts.Unallocated ?? 0)).toBe(2)
    expect(Object.values(parts).reduce((x, y) => x + y, 0)).toBe(5)
  })

  it('a cost report without keys is split by the estimates of the same provider and month, which are not added', () => {
    // Anthropic's cost report: $90 for the month, no key. LiteLLM estimates $30 for team support, $60 for claims.
    const s = attributeActuals(
      [
        line('anthropic-cost', 'Anthropic', 90, []),
        line('litellm', 'anthropic', 30, [{ type: 'team', value: 'support' }], { costBasis: 'estimated' }),
        line('litellm', 'anthropic', 60, [{ type: 'team', value: 'claims' }], { costBasis: 'estimated' }),
      ],
      [rule('team', 'support', 'support'), rule('team', 'claims', 'claims')],
      { currency: 'USD' },
    )
    expect(byInitiative(s)).toEqual({ support: 3000, claims: 6000 })
    expect(s.providerMonths).toEqual([
      {
        month: '2026-01',
        provider: 'Anthropic',
        recordFormat: 'anthropic-cost',
        standing: 'record',
        cents: 9000,
        estimateCents: 9000,
        splitByTokenShare: true,
      },
    ])
    expect(s.costs.every((c) => c.by === 'tokenShare' && c.standing === 'record')).toBe(true)
  })

  it('a cost report without keys is split by priced token share of the usage report (priced by the price book)', () => {
    const tokens = (n: number) => ({ uncachedInput: n, cacheRead: 0, cacheWrite: 0, output: 0, inputUnsplit: null })
    const s = attributeActuals(
      [
        line('openai-costs', 'OpenAI', 10, []),
        line('openai-usage', 'OpenAI', null, [{ type: 'apiKey', value: 'key_a' }], { tokens: tokens(1_000_000) }),
        line('openai-usage', 'OpenAI', null, [{ type: 'apiKey', value: 'key_b' }], { tokens: tokens(3_000_000) }),
      ],
      [rule('apiKey', 'key_a', 'a'), rule('apiKey', 'key_b', 'b')],
      { currency: 'USD', priceOf: (l) => (l.tokens.uncachedInput ?? 0) / 1e6 },
    )
    expect(byInitiative(s)).toEqual({ a: 250, b: 750 })
    // The tokens come from the usage report, attributed by its keys.
    const tokensOf = (id: string) =>
      s.costs.filter((c) => c.initiativeId === id).reduce((n, c) => n + (c.tokens.uncachedInput ?? 0), 0)
    expect([tokensOf('a'), tokensOf('b')]).toEqual([1_000_000, 3_000_000])
  })

  it('the invoice wins over the cost report; estimates alone are shown as estimated', () => {
    const s = attributeActuals(
      [
        line('focus', 'Microsoft', 50, [{ type: 'tag', value: 'app=x' }]),
        line('litellm', 'azure', 48, [{ type: 'team', value: 'x' }], { costBasis: 'estimated' }),
        line('helicone', 'openai', 7.5, [{ type: 'tag', value: 'app=x' }], { costBasis: 'estimated' }),
      ],
      [rule('tag', 'app=x', 'x'), rule('team', 'x', 'x')],
      { currency: 'USD' },
    )
    expect(s.providerMonths.map((p) => [p.provider, p.standing, p.cents, p.estimateCents])).toEqual([
      ['Microsoft', 'record', 5000, 4800],
      ['openai', 'estimated', 750, 0],
    ])
    expect(byInitiative(s)).toEqual({ x: 5750 })
  })

  it('credits are negative lines: an unattributed credit lowers Unallocated', () => {
    const s = attributeActuals(
      [
        line('focus', 'Google Cloud', 40, [{ type: 'tag', value: 'team=support' }]),
        line('focus', 'Google Cloud', -25, [], { chargeCategory: 'credit' } as Partial<AttributableLine>),
      ],
      [rule('tag', 'team=support', 'support')],
      { currency: 'USD' },
    )
    expect(byInitiative(s)).toEqual({ support: 4000, Unallocated: -2500 })
    expect(s.providerMonths[0]?.cents).toBe(1500)
  })

  it('rules apply in their months only, and changing them re-attributes the same lines', () => {
    const lines = [
      line('focus', 'Microsoft', 10, [{ type: 'tag', value: 'team=a' }]),
      line('focus', 'Microsoft', 10, [{ type: 'tag', value: 'team=a' }], { month: '2026-03' }),
    ]
    const later: AttributionRule = { ...rule('tag', 'team=*', 'a'), validFrom: '2026-02' }
    const s = attributeActuals(lines, [later], { currency: 'USD' })
    expect(s.costs.map((c) => [c.month, c.initiativeId, c.cents])).toEqual([
      ['2026-01', null, 1000],
      ['2026-03', 'a', 1000],
    ])
  })

  it('property: per provider and month the parts add up to the cost of record in cents exactly', () => {
    const formats: ActualsFormat[] = ['focus', 'anthropic-cost', 'litellm', 'openai-usage', 'helicone']
    const arbLine = fc.record({
      format: fc.constantFrom(...formats),
      provider: fc.constantFrom('Anthropic', 'anthropic', 'OpenAI'),
      cost: fc.option(
        fc.integer({ min: -500_000, max: 5_000_000 }).map((c) => c / 10_000),
        { nil: null },
      ),
      key: fc.constantFrom('a', 'b', 'c', 'd'),
      month: fc.constantFrom('2026-01', '2026-02'),
      tokens: fc.integer({ min: 0, max: 1_000_000 }),
    })
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), fc.integer({ min: 1, max: 100 }), (specs, share) => {
        const lines = specs.map((x) =>
          line(x.format, x.provider, x.format === 'openai-usage' ? null : x.cost, [{ type: 'project', value: x.key }], {
            month: x.month,
            tokens: { uncachedInput: x.tokens, cacheRead: 0, cacheWrite: 0, output: 0, inputUnsplit: null },
          }),
        )
        const rules = [rule('project', 'a', 'A', share), rule('project', 'b', 'B')]
        const s = attributeActuals(lines, rules, { currency: 'USD' })
        for (const pm of s.providerMonths) {
          const parts = s.costs.filter((c) => c.month === pm.month && c.provider === pm.provider)
          expect(parts.reduce((n, c) => n + c.cents, 0)).toBe(pm.cents)
        }
        expect(s.costs.every((c) => Number.isInteger(c.cents))).toBe(true)
      }),
    )
  })
})

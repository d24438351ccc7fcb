import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { FORMAT_NAME, FORMAT_VERSION, parsePortfolioJson, serializePortfolio } from '../../../shared/format'

describe('JSON interchange format: serialize and parse', () => {
  it('round-trips the sample portfolio: serialize -> parse gives a deep-equal portfolio', () => {
    const p = samplePortfolio()
    const r = parsePortfolioJson(serializePortfolio(p))
    expect(r.ok && r.value).toEqual(p)
  })

  it('writes the envelope first, 2-space indent, sorted keys and a trailing newline', () => {
    const text = serializePortfolio(samplePortfolio())
    expect(
      text.startsWith(
        `{\n  "format": "${FORMAT_NAME}",\n  "version": ${FORMAT_VERSION},\n  "portfolio": {\n    "costPools": [`,
      ),
    ).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    const settingsKeys = Object.keys((JSON.parse(text) as { portfolio: { settings: object } }).portfolio.settings)
    expect(settingsKeys).toEqual([...settingsKeys].sort())
  })

  it('is stable: the same portfolio built with keys in another order serializes to the same text', () => {
    const p = samplePortfolio()
    const reordered = JSON.parse(JSON.stringify(p), (_k, v: unknown) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as typeof p
    expect(Object.keys(reordered.settings)[0]).toBe('experimentationReserve')
    expect(serializePortfolio(reordered)).toBe(serializePortfolio(p))
  })

  it('round-trips any edit of the numeric drivers exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -24, max: 35 }),
        (users, cache, launch) => {
          const p = samplePortfolio()
          const first = p.initiatives[0]
          if (!first) throw new Error('sample has no initiatives')
          first.usage.targetUsers = users
          first.usage.cacheHitRate = cache
          first.usage.cacheWriteRate = 0
          first.usage.launchMonth = launch
          const r = parsePortfolioJson(serializePortfolio(p))
          expect(r.ok && r.value).toEqual(p)
        },
      ),
      { numRuns: 50 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defaultPriceBook, PRICES_READ_ON } from '../../../shared/data/defaultPriceBook'
import { PriceBookModel } from '../../../shared/model'

describe('default price book', () => {
  const book = defaultPriceBook()

  it('validates against the price-book schema, model by model', () => {
    const r = z.array(PriceBookModel).safeParse(book)
    expect(r.success ? [] : r.error.issues).toEqual([])
  })

  it('holds at least 15 models from the major providers, each id unique and provider-prefixed', () => {
    expect(book.length).toBeGreaterThanOrEqual(15)
    expect(new Set(book.map((m) => m.id)).size).toBe(book.length)
    for (const m of book) expect(m.id).toMatch(/^[a-z]+:[a-z0-9.-]+$/)
    const providers = new Set(book.map((m) => m.id.split(':')[0]))
    for (const p of ['openai', 'anthropic', 'google', 'mistral', 'bedrock', 'amazon', 'deepseek', 'cohere']) {
      expect(providers).toContain(p)
    }
  })

  it('gives every price a source URL with its read date and a plausible effective date', () => {
    for (const m of book) {
      expect(m.prices.length).toBeGreaterThan(0)
      for (const p of m.prices) {
        expect(p.source).toMatch(/^https:\/\/\S+ \(list price, read as of \d{4}-\d{2}-\d{2}/)
        expect(p.source).toContain(PRICES_READ_ON)
        expect(p.effectiveFrom >= '2024-01-01' && p.effectiveFrom <= PRICES_READ_ON).toBe(true)
        // Output always costs at least as much as input at list price for these chat models.
        if (p.inputPerM !== null && p.outputPerM !== null) expect(p.outputPerM).toBeGreaterThanOrEqual(p.inputPerM)
        if (p.cachedInputPerM !== null && p.inputPerM !== null) expect(p.cachedInputPerM).toBeLessThan(p.inputPerM)
      }
    }
  })

  it('keeps dated price cuts in date order: o3 cut 80% on 2025-06-10, DeepSeek V3.2 on 2025-09-29', () => {
    const o3 = book.find((m) => m.id === 'openai:o3')
    expect(o3?.prices.map((p) => [p.effectiveFrom, p.inputPerM, p.outputPerM])).toEqual([
      ['2025-04-16', 10, 40],
      ['2025-06-10', 2, 8],
    ])
    const deepseek = book.find((m) => m.id === 'deepseek:deepseek-chat')
    expect(deepseek?.prices.map((p) => p.effectiveFrom)).toEqual(['2025-09-05', '2025-09-29'])
    expect(deepseek?.prices[1]?.outputPerM).toBe(0.42)
  })

  it('carries the published long-context tiers of Gemini 2.5 Pro and Claude Sonnet 4/4.5 above 200K tokens', () => {
    for (const id of ['google:gemini-2.5-pro', 'anthropic:claude-sonnet-4.5', 'anthropic:claude-sonnet-4']) {
      const tier = book.find((m) => m.id === id)?.prices[0]?.longContext
      expect(tier?.thresholdTokens).toBe(200_000)
    }
    const sonnet = book.find((m) => m.id === 'anthropic:claude-sonnet-4.5')?.prices[0]
    expect(sonnet?.longContext).toEqual({
      thresholdTokens: 200_000,
      inputPerM: 6,
      cachedInputPerM: 0.6,
      cacheWritePerM: 7.5,
      outputPerM: 22.5,
    })
  })

  it('bills an Anthropic 5-minute cache write at 1.25x input and a cache read at 0.1x', () => {
    for (const m of book.filter((x) => x.provider === 'Anthropic')) {
      const p = m.prices[0]
      expect(p?.cacheWritePerM).toBeCloseTo((p?.inputPerM ?? NaN) * 1.25, 12)
      expect(p?.cachedInputPerM).toBeCloseTo((p?.inputPerM ?? NaN) * 0.1, 12)
    }
  })

  it('leaves unpublished cache prices unknown (null) rather than zero', () => {
    const cohere = book.find((m) => m.id === 'cohere:command-a')?.prices[0]
    expect(cohere?.cachedInputPerM).toBeNull()
    expect(cohere?.cacheWritePerM).toBeNull()
    expect(cohere?.batchDiscount).toBe(0)
  })

  it('returns a fresh copy on every call', () => {
    const a = defaultPriceBook()
    a[0]?.prices.pop()
    expect(defaultPriceBook()[0]?.prices.length).toBe(1)
  })
})

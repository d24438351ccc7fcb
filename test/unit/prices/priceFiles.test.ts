import { describe, expect, it } from 'vitest'
import { entryPrice } from '../../../shared/prices/entryPrice'
import type { FileEntry, PriceFile } from '../../../shared/prices/priceFile'
import { readPriceFile } from '../../../shared/prices/readPriceFile'
import { fixtureFile, LITELLM_FILE, OPENROUTER_FILE } from './fixtures'

const entry = (file: PriceFile, name: string): FileEntry => {
  const found = file.entries.find((e) => e.name === name)
  if (!found) throw new Error(`no entry ${name}`)
  return found
}

const priceOf = (e: FileEntry) => {
  const r = entryPrice(e)
  if (!r.ok) throw new Error(r.reason)
  return r.price
}

describe('LiteLLM model_prices_and_context_window.json', () => {
  const file = fixtureFile(LITELLM_FILE)

  it('is told apart by its shape; sample_spec is no model', () => {
    expect(file.format).toBe('litellm')
    expect(file.entries.some((e) => e.name === 'sample_spec')).toBe(false)
    expect(file.entries).toHaveLength(45)
    expect(file.unreadable).toEqual([{ name: 'example/not-an-object', reason: 'is not an object of prices' }])
  })

  it('chat, completion and responses price text per token; other modes are skipped by their name', () => {
    expect(entry(file, 'gpt-5').mode).toBe('chat')
    expect(entry(file, 'text-embedding-3-small').mode).toBe('embedding')
    expect(entry(file, 'dall-e-3').mode).toBe('image_generation')
    expect(entry(file, 'fireworks-ai-default').mode).toBe('(no mode)')
  })

  it('GPT-4.1: input, cache read, output and a batch discount of 50% (0.000001 of 0.000002, 0.000004 of 0.000008)', () => {
    expect(priceOf(entry(file, 'gpt-4.1'))).toEqual({
      prices: { inputPerM: 2, cachedInputPerM: 0.5, outputPerM: 8 },
      batchDiscount: 0.5,
      notes: [],
    })
  })

  it('Claude Sonnet 4.5: cache write and the tier above 200k tokens; the 1-hour cache write is not the 5-minute one', () => {
    expect(priceOf(entry(file, 'claude-sonnet-4-5'))).toEqual({
      prices: { inputPerM: 3, cachedInputPerM: 0.3, cacheWritePerM: 3.75, outputPerM: 15 },
      longContext: {
        thresholdTokens: 200_000,
        prices: { inputPerM: 6, cachedInputPerM: 0.6, cacheWritePerM: 7.5, outputPerM: 22.5 },
      },
      notes: [],
    })
  })

  it('GPT-5.4: the tier above 272k tokens with the prices it gives (no cache write)', () => {
    const p = priceOf(entry(file, 'gpt-5.4'))
    expect(p.longContext).toEqual({
      thresholdTokens: 272_000,
      prices: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 22.5 },
    })
    expect(p.batchDiscount).toBe(0.5)
  })

  it('batch prices that are not one discount give none, and say why', () => {
    const p = priceOf(entry(file, 'azure/us/gpt-4.1-nano-2025-04-14'))
    expect(p.batchDiscount).toBeUndefined()
    expect(p.notes).toEqual([
      'Batch discount not taken from the file: its batch prices are not one discount (input 45.45% off, output 50% off).',
    ])
  })

  it.each([
    ['example/negative-price', 'input price is negative (-0.000001)'],
    ['example/price-as-text', 'input price is not a number ("three dollars")'],
    ['example/no-output-price', 'no output price'],
    ['example/infinite-price', 'input price is not a number (Infinity)'],
    ['bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1', 'no input price'],
  ])('refuses %s: %s', (name, reason) => {
    expect(entryPrice(entry(file, name))).toEqual({ ok: false, reason })
  })
})

describe('OpenRouter models list', () => {
  const file = fixtureFile(OPENROUTER_FILE)

  it('is told apart by its data[] of models with pricing; the vendor is the id’s first part', () => {
    expect(file.format).toBe('openrouter')
    expect(file.entries).toHaveLength(31)
    expect(entry(file, 'anthropic/claude-sonnet-4.5')).toMatchObject({
      platform: 'anthropic',
      label: 'Anthropic: Claude Sonnet 4.5',
      mode: 'chat',
    })
    expect(entry(file, 'example/voice-only').mode).toBe('text->audio')
  })

  it('reads decimal strings exactly; an override from 200,000 prompt tokens is the long-context tier', () => {
    expect(priceOf(entry(file, 'anthropic/claude-sonnet-4.5'))).toEqual({
      prices: { inputPerM: 3, cachedInputPerM: 0.3, cacheWritePerM: 3.75, outputPerM: 15 },
      longContext: {
        thresholdTokens: 200_000,
        prices: { inputPerM: 6, cachedInputPerM: 0.6, cacheWritePerM: 7.5, outputPerM: 22.5 },
      },
      notes: [],
    })
    expect(priceOf(entry(file, 'deepseek/deepseek-chat')).prices).toEqual({ inputPerM: 0.2574, outputPerM: 1.0287 })
  })

  it('keeps the lowest of several tiers and names the ones left out', () => {
    const p = priceOf(entry(file, 'qwen/qwen3-max'))
    expect(p.longContext?.thresholdTokens).toBe(32_000)
    expect(p.notes).toEqual([
      "Only the long-context tier above 32,000 input tokens is kept (the price book holds one tier per price): the file's tier above 128,000 tokens is left out.",
    ])
  })

  it('a free model costs 0; a router’s "-1" is refused as a price set per request', () => {
    expect(priceOf(entry(file, 'openai/gpt-oss-20b:free')).prices).toMatchObject({ inputPerM: 0, outputPerM: 0 })
    expect(entryPrice(entry(file, 'openrouter/auto'))).toEqual({
      ok: false,
      reason: "input price is -1: a price set per request (a router), not a model's price",
    })
    expect(entryPrice(entry(file, 'example/bad-price'))).toEqual({
      ok: false,
      reason: 'input price is not a number ("abc")',
    })
    expect(entryPrice(entry(file, 'example/negative'))).toEqual({
      ok: false,
      reason: 'input price is negative (-0.0000001)',
    })
  })
})

describe('files that are no price file', () => {
  it.each([
    ['{ "format": "genai-portfolio-planner", "version": 1, "portfolio": {} }', 'is neither LiteLLM'],
    ['[1, 2, 3]', 'is neither LiteLLM'],
    ['"gpt-4.1"', 'is neither LiteLLM'],
    ['{ "gpt-4.1": ', 'is not valid JSON'],
  ])('refuses %s', (text, message) => {
    const r = readPriceFile(text, 'prices.json')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(message)
  })

  it('refuses a file listing more than 20,000 models before reading any', () => {
    const data = Array.from({ length: 20_001 }, (_, i) => ({
      id: `m/${String(i)}`,
      pricing: { prompt: '0', completion: '0' },
    }))
    const r = readPriceFile(JSON.stringify({ data }), 'huge.json')
    expect(r).toEqual({ ok: false, message: '"huge.json" lists 20,001 models; a price file may list 20,000 at most.' })
  })

  it('drops a UTF-8 byte-order mark', () => {
    const r = readPriceFile(
      '\ufeff{ "data": [{ "id": "a/b", "pricing": { "prompt": "0.000001", "completion": "0.000002" } }] }',
      'bom.json',
    )
    expect(r.ok && r.file.entries[0]?.name).toBe('a/b')
  })

  it.each([
    ['"2"', 'input price of 2,000,000 per million tokens must be'],
    ['"1e300"', 'input price of 1e+306 per million tokens must be'],
    ['1e300', 'input price of 1e+306 per million tokens must be'],
  ])('refuses a price beyond the price book’s bounds (%s a token), in one short line', (prompt, reason) => {
    const text = `{ "data": [{ "id": "a/b", "pricing": { "prompt": ${prompt}, "completion": "0.000002" } }] }`
    const r = readPriceFile(text, 'bounds.json')
    if (!r.ok) throw new Error(r.message)
    const read = entryPrice(entry(r.file, 'a/b'))
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.reason).toContain(reason)
      expect(read.reason.length).toBeLessThan(120)
    }
  })

  it('keys that are names of object properties are model names like any other', () => {
    const price =
      '{ "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6, "mode": "chat", "litellm_provider": "x" }'
    const withProto = `{ "__proto__": ${price}, "constructor": ${price}, "toString": ${price} }`
    const r = readPriceFile(withProto, 'proto.json')
    if (!r.ok) throw new Error(r.message)
    expect(r.file.entries.map((e) => e.name).sort()).toEqual(['__proto__', 'constructor', 'toString'])
    expect(r.file.entries.every((e) => entryPrice(e).ok)).toBe(true)
  })
})

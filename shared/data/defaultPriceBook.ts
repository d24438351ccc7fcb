import type { ModelPrice, PriceBookModel } from '../model/priceBook'

/**
 * The price book a new portfolio starts with: published list prices in USD per million tokens.
 *
 * Conventions, so every number can be audited against its source:
 * - `effectiveFrom` is the day the list price took effect (model launch or dated price change).
 * - `cachedInputPerM` is the cache-read price. Where a provider bills writing to its cache at the
 *   ordinary input price (OpenAI, Google implicit caching, DeepSeek cache misses), `cacheWritePerM`
 *   equals `inputPerM`; Anthropic bills a 5-minute cache write at 1.25x input.
 * - Where a provider publishes no cache price for a model, both cache prices are null (unknown),
 *   so a portfolio that assumes cache hits on that model shows as unpriced instead of guessing.
 * - `batchDiscount` is the published batch-API discount (0 where the provider has no batch API).
 * - Prices were read from the provider's pricing page named in `source` as of READ_ON.
 */
export const PRICES_READ_ON = '2026-11-28'

const OPENAI = 'https://platform.openai.com/docs/pricing'
const ANTHROPIC = 'https://platform.claude.com/docs/en/about-claude/pricing'
const GOOGLE = 'https://ai.google.dev/gemini-api/docs/pricing'
const MISTRAL = 'https://mistral.ai/pricing#api-pricing'
const BEDROCK = 'https://aws.amazon.com/bedrock/pricing/'
const DEEPSEEK = 'https://api-docs.deepseek.com/quick_start/pricing'
const COHERE = 'https://cohere.com/pricing'

function source(url: string, note = ''): string {
  return `${url} (list price, read as of ${PRICES_READ_ON}${note ? `; ${note}` : ''})`
}

interface PriceArgs {
  from: string
  input: number | null
  cached: number | null
  cacheWrite: number | null
  output: number | null
  batch: number
  url: string
  note?: string
  longContext?: ModelPrice['longContext']
}

function price(a: PriceArgs): ModelPrice {
  return {
    effectiveFrom: a.from,
    inputPerM: a.input,
    cachedInputPerM: a.cached,
    cacheWritePerM: a.cacheWrite,
    outputPerM: a.output,
    batchDiscount: a.batch,
    longContext: a.longContext ?? null,
    source: source(a.url, a.note),
  }
}

function model(id: string, provider: string, name: string, prices: ModelPrice[]): PriceBookModel {
  return { id, provider, name, prices }
}

/** A fresh copy of the default price book on every call, so callers may edit it freely. */
export function defaultPriceBook(): PriceBookModel[] {
  return [
    model('openai:gpt-5', 'OpenAI', 'GPT-5', [
      price({ from: '2025-08-07', input: 1.25, cached: 0.125, cacheWrite: 1.25, output: 10, batch: 0.5, url: OPENAI }),
    ]),
    model('openai:gpt-5-mini', 'OpenAI', 'GPT-5 mini', [
      price({ from: '2025-08-07', input: 0.25, cached: 0.025, cacheWrite: 0.25, output: 2, batch: 0.5, url: OPENAI }),
    ]),
    model('openai:gpt-4.1', 'OpenAI', 'GPT-4.1', [
      price({ from: '2025-04-14', input: 2, cached: 0.5, cacheWrite: 2, output: 8, batch: 0.5, url: OPENAI }),
    ]),
    model('openai:gpt-4.1-mini', 'OpenAI', 'GPT-4.1 mini', [
      price({ from: '2025-04-14', input: 0.4, cached: 0.1, cacheWrite: 0.4, output: 1.6, batch: 0.5, url: OPENAI }),
    ]),
    model('openai:gpt-4.1-nano', 'OpenAI', 'GPT-4.1 nano', [
      price({ from: '2025-04-14', input: 0.1, cached: 0.025, cacheWrite: 0.1, output: 0.4, batch: 0.5, url: OPENAI }),
    ]),
    // o3 launched at $10/$40 and was cut by 80% on 2025-06-10: the book keeps both dated prices.
    model('openai:o3', 'OpenAI', 'o3', [
      price({
        from: '2025-04-16',
        input: 10,
        cached: 2.5,
        cacheWrite: 10,
        output: 40,
        batch: 0.5,
        url: OPENAI,
        note: 'launch price',
      }),
      price({
        from: '2025-06-10',
        input: 2,
        cached: 0.5,
        cacheWrite: 2,
        output: 8,
        batch: 0.5,
        url: OPENAI,
        note: '80% price cut of 2025-06-10',
      }),
    ]),
    model('anthropic:claude-opus-4.5', 'Anthropic', 'Claude Opus 4.5', [
      price({
        from: '2025-11-24',
        input: 5,
        cached: 0.5,
        cacheWrite: 6.25,
        output: 25,
        batch: 0.5,
        url: ANTHROPIC,
        note: 'cache write = 5-minute write',
      }),
    ]),
    model('anthropic:claude-sonnet-4.5', 'Anthropic', 'Claude Sonnet 4.5', [
      price({
        from: '2025-09-29',
        input: 3,
        cached: 0.3,
        cacheWrite: 3.75,
        output: 15,
        batch: 0.5,
        url: ANTHROPIC,
        note: 'cache write = 5-minute write; prompts over 200K input tokens billed at the long-context rates',
        longContext: {
          thresholdTokens: 200_000,
          inputPerM: 6,
          cachedInputPerM: 0.6,
          cacheWritePerM: 7.5,
          outputPerM: 22.5,
        },
      }),
    ]),
    model('anthropic:claude-sonnet-4', 'Anthropic', 'Claude Sonnet 4', [
      price({
        from: '2025-05-22',
        input: 3,
        cached: 0.3,
        cacheWrite: 3.75,
        output: 15,
        batch: 0.5,
        url: ANTHROPIC,
        note: 'cache write = 5-minute write; prompts over 200K input tokens billed at the long-context rates',
        longContext: {
          thresholdTokens: 200_000,
          inputPerM: 6,
          cachedInputPerM: 0.6,
          cacheWritePerM: 7.5,
          outputPerM: 22.5,
        },
      }),
    ]),
    model('anthropic:claude-haiku-4.5', 'Anthropic', 'Claude Haiku 4.5', [
      price({
        from: '2025-10-15',
        input: 1,
        cached: 0.1,
        cacheWrite: 1.25,
        output: 5,
        batch: 0.5,
        url: ANTHROPIC,
        note: 'cache write = 5-minute write',
      }),
    ]),
    model('google:gemini-2.5-pro', 'Google', 'Gemini 2.5 Pro', [
      price({
        from: '2025-06-17',
        input: 1.25,
        cached: 0.125,
        cacheWrite: 1.25,
        output: 10,
        batch: 0.5,
        url: GOOGLE,
        note: 'paid tier; prompts over 200K tokens billed at the long-context rates; cache storage per hour not modelled',
        longContext: {
          thresholdTokens: 200_000,
          inputPerM: 2.5,
          cachedInputPerM: 0.25,
          cacheWritePerM: 2.5,
          outputPerM: 15,
        },
      }),
    ]),
    model('google:gemini-2.5-flash', 'Google', 'Gemini 2.5 Flash', [
      price({
        from: '2025-06-17',
        input: 0.3,
        cached: 0.03,
        cacheWrite: 0.3,
        output: 2.5,
        batch: 0.5,
        url: GOOGLE,
        note: 'paid tier, text input',
      }),
    ]),
    model('google:gemini-2.5-flash-lite', 'Google', 'Gemini 2.5 Flash-Lite', [
      price({
        from: '2025-07-22',
        input: 0.1,
        cached: 0.01,
        cacheWrite: 0.1,
        output: 0.4,
        batch: 0.5,
        url: GOOGLE,
        note: 'paid tier, text input',
      }),
    ]),
    model('mistral:mistral-medium-3', 'Mistral AI', 'Mistral Medium 3', [
      price({
        from: '2025-05-07',
        input: 0.4,
        cached: null,
        cacheWrite: null,
        output: 2,
        batch: 0.5,
        url: MISTRAL,
        note: 'no cache price published',
      }),
    ]),
    model('mistral:codestral', 'Mistral AI', 'Codestral (25.01)', [
      price({
        from: '2025-01-13',
        input: 0.3,
        cached: null,
        cacheWrite: null,
        output: 0.9,
        batch: 0.5,
        url: MISTRAL,
        note: 'no cache price published',
      }),
    ]),
    model('bedrock:meta-llama-3.3-70b', 'Meta (Amazon Bedrock)', 'Llama 3.3 70B Instruct on Bedrock', [
      price({
        from: '2024-12-19',
        input: 0.72,
        cached: null,
        cacheWrite: null,
        output: 0.72,
        batch: 0.5,
        url: BEDROCK,
        note: 'on-demand, US East (N. Virginia); no cache price published',
      }),
    ]),
    model('amazon:nova-pro', 'Amazon', 'Amazon Nova Pro', [
      price({
        from: '2024-12-03',
        input: 0.8,
        cached: null,
        cacheWrite: null,
        output: 3.2,
        batch: 0.5,
        url: BEDROCK,
        note: 'on-demand, US East (N. Virginia)',
      }),
    ]),
    model('amazon:nova-lite', 'Amazon', 'Amazon Nova Lite', [
      price({
        from: '2024-12-03',
        input: 0.06,
        cached: null,
        cacheWrite: null,
        output: 0.24,
        batch: 0.5,
        url: BEDROCK,
        note: 'on-demand, US East (N. Virginia)',
      }),
    ]),
    model('amazon:nova-micro', 'Amazon', 'Amazon Nova Micro', [
      price({
        from: '2024-12-03',
        input: 0.035,
        cached: null,
        cacheWrite: null,
        output: 0.14,
        batch: 0.5,
        url: BEDROCK,
        note: 'on-demand, US East (N. Virginia)',
      }),
    ]),
    // DeepSeek ended its night discount on 2025-09-05 and cut prices again with V3.2 on 2025-09-29.
    model('deepseek:deepseek-chat', 'DeepSeek', 'DeepSeek chat (V3.x)', [
      price({
        from: '2025-09-05',
        input: 0.56,
        cached: 0.07,
        cacheWrite: 0.56,
        output: 1.68,
        batch: 0,
        url: DEEPSEEK,
        note: 'DeepSeek-V3.1; cache miss = input',
      }),
      price({
        from: '2025-09-29',
        input: 0.28,
        cached: 0.028,
        cacheWrite: 0.28,
        output: 0.42,
        batch: 0,
        url: DEEPSEEK,
        note: 'DeepSeek-V3.2 price cut of 2025-09-29; cache miss = input',
      }),
    ]),
    model('cohere:command-a', 'Cohere', 'Command A', [
      price({
        from: '2025-03-13',
        input: 2.5,
        cached: null,
        cacheWrite: null,
        output: 10,
        batch: 0,
        url: COHERE,
        note: 'no cache price or batch discount published',
      }),
    ]),
    model('cohere:command-r7b', 'Cohere', 'Command R7B', [
      price({
        from: '2024-12-13',
        input: 0.0375,
        cached: null,
        cacheWrite: null,
        output: 0.15,
        batch: 0,
        url: COHERE,
        note: 'no cache price or batch discount published',
      }),
    ]),
  ]
}

import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Portfolio, PriceBookModel } from '../../../shared/model'
import { Portfolio as PortfolioSchema } from '../../../shared/model/portfolio'
import { planPriceUpdate, type UpdateRequest } from '../../../shared/prices/planUpdate'
import type { PriceFile } from '../../../shared/prices/priceFile'
import { appliedUpdate, withPriceBookState } from '../../../shared/prices/priceBookState'
import { fixtureFile, LITELLM_FILE, OPENROUTER_FILE } from './fixtures'

const LITELLM = fixtureFile(LITELLM_FILE)
const OPENROUTER = fixtureFile(OPENROUTER_FILE)

const request = (over: Partial<UpdateRequest> = {}): UpdateRequest => ({
  fileName: 'prices.json',
  effectiveFrom: '2027-01-01',
  readOn: '2026-12-07',
  choices: [],
  add: [],
  ...over,
})

/** The sample with one model's price in force changed, so the file's price shows as a change. */
function withPrice(id: string, change: Partial<PriceBookModel['prices'][number]>, p = samplePortfolio()): Portfolio {
  return {
    ...p,
    priceBook: p.priceBook.map((m) =>
      m.id === id ? { ...m, prices: m.prices.map((price) => ({ ...price, ...change })) } : m,
    ),
  }
}

/** The portfolio once an update's plan is carried out, as the API and the command line do it. */
function applied(portfolio: Portfolio, file: PriceFile, req: UpdateRequest): Portfolio {
  const plan = planPriceUpdate(portfolio, file, req)
  return PortfolioSchema.parse(withPriceBookState(portfolio, appliedUpdate(portfolio, plan).after))
}

const row = (portfolio: Portfolio, file: PriceFile, id: string, req = request()) => {
  const found = planPriceUpdate(portfolio, file, req).preview.rows.find((r) => r.modelId === id)
  if (!found) throw new Error(`no row for ${id}`)
  return found
}

describe('planning an update from LiteLLM’s price map', () => {
  it('on the sample: every model in the file, 20 at the same prices, 2 with entries that disagree', () => {
    const { preview, models, aliases } = planPriceUpdate(samplePortfolio(), LITELLM, request())
    expect(preview.counts).toMatchObject({
      entries: 46,
      changed: 0,
      unchanged: 20,
      ambiguous: 2,
      added: 0,
      refused: 6,
      skipped: 5,
    })
    expect(
      preview.rows.filter((r) => r.status === 'ambiguous').map((r) => [r.modelId, r.candidates.map((c) => c.name)]),
    ).toEqual([
      ['mistral:codestral', ['mistral/codestral-latest', 'mistral/codestral-2508']],
      ['deepseek:deepseek-chat', ['deepseek/deepseek-chat', 'deepseek-chat']],
    ])
    expect(preview.skipped).toEqual([
      { mode: 'embedding', count: 1 },
      { mode: 'image_generation', count: 1 },
      { mode: 'audio_transcription', count: 1 },
      { mode: 'audio_speech', count: 1 },
      { mode: '(no mode)', count: 1 },
    ])
    expect(preview.notInFile).toEqual([])
    expect(models).toEqual([])
    expect(aliases).toEqual([])
  })

  it('a changed price is a new dated price from the effective date: the file’s fields, the others kept, the source named', () => {
    const portfolio = withPrice('openai:gpt-4.1-mini', { inputPerM: 0.5, outputPerM: 2 })
    const plan = planPriceUpdate(portfolio, LITELLM, request({ fileName: 'model_prices_and_context_window.json' }))
    const mini = plan.preview.rows.find((r) => r.modelId === 'openai:gpt-4.1-mini')
    expect(mini).toMatchObject({
      status: 'changed',
      entry: 'gpt-4.1-mini',
      match: 'provider',
      usedBy: 3,
      inForceFrom: '2025-04-14',
      changes: [
        { field: 'inputPerM', before: 0.5, after: 0.4 },
        { field: 'outputPerM', before: 2, after: 1.6 },
      ],
      kept: ['cacheWritePerM', 'longContext'],
    })
    expect(plan.models).toHaveLength(1)
    expect(plan.models[0]?.prices).toEqual([
      portfolio.priceBook.find((m) => m.id === 'openai:gpt-4.1-mini')?.prices[0],
      {
        effectiveFrom: '2027-01-01',
        inputPerM: 0.4,
        cachedInputPerM: 0.1,
        cacheWritePerM: 0.4,
        outputPerM: 1.6,
        batchDiscount: 0.5,
        longContext: null,
        source:
          'LiteLLM price map "model_prices_and_context_window.json", entry "gpt-4.1-mini", read 2026-12-07; not in the file, kept from the price of 2025-04-14: cache write, long-context tier',
      },
    ])
  })

  it('compares with the price in force on the effective date: o3 before its 2025-06-10 cut is a change', () => {
    const o3 = row(samplePortfolio(), LITELLM, 'openai:o3', request({ effectiveFrom: '2025-05-01' }))
    expect(o3).toMatchObject({ status: 'changed', inForceFrom: '2025-04-16' })
    expect(o3.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['inputPerM', 10, 2],
      ['cachedInputPerM', 2.5, 0.5],
      ['outputPerM', 40, 8],
    ])
    expect(o3.notes).toContain('The price from 10 Jun 2025 stays in force from then on.')
  })

  it('never overwrites: a model with a price from the effective date already is blocked', () => {
    const portfolio = withPrice('openai:gpt-4.1-mini', { inputPerM: 0.5, effectiveFrom: '2027-01-01' })
    const mini = row(portfolio, LITELLM, 'openai:gpt-4.1-mini')
    expect(mini.status).toBe('blocked')
    expect(mini.reason).toContain('It has a price from 1 Jan 2027 already, which an update never overwrites')
    expect(planPriceUpdate(portfolio, LITELLM, request()).models).toEqual([])
  })

  it('a model holding its 100 dated prices is blocked with the rule', () => {
    const p = samplePortfolio()
    const mini = p.priceBook.find((m) => m.id === 'openai:gpt-4.1-mini')
    const first = mini?.prices[0]
    if (!mini || !first) throw new Error('sample lost GPT-4.1 mini')
    const hundred = Array.from({ length: 100 }, (_, i) => ({
      ...first,
      inputPerM: 0.5,
      effectiveFrom: `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    }))
    const portfolio = { ...p, priceBook: p.priceBook.map((m) => (m.id === mini.id ? { ...m, prices: hundred } : m)) }
    expect(row(portfolio, LITELLM, mini.id)).toMatchObject({
      status: 'blocked',
      reason: 'The new price breaks a rule: prices must hold 100 dated prices or fewer.',
    })
  })

  it('the person’s choices settle an ambiguous model and are saved; "none" leaves an entry out', () => {
    const req = request({
      choices: [
        { name: 'mistral/codestral-2508', modelId: 'mistral:codestral' },
        { name: 'gpt-5', modelId: null },
        { name: 'not-in-this-file', modelId: 'openai:gpt-5' },
        { name: 'gpt-4.1', modelId: 'openai:gpt-3.5' },
      ],
    })
    const plan = planPriceUpdate(samplePortfolio(), LITELLM, req)
    expect(plan.preview.rows.find((r) => r.modelId === 'mistral:codestral')).toMatchObject({
      status: 'unchanged',
      entry: 'mistral/codestral-2508',
      match: 'saved',
    })
    // gpt-5 left out; its dated release still names GPT-5, by its release.
    expect(plan.preview.rows.find((r) => r.modelId === 'openai:gpt-5')).toMatchObject({
      entry: 'gpt-5-2025-08-07',
      match: 'release',
    })
    expect(plan.preview.unused.find((u) => u.name === 'gpt-5')).toMatchObject({ leftOut: true })
    // Only choices about this file's names, of models the price book holds, are saved.
    expect(plan.aliases).toEqual([
      { name: 'mistral/codestral-2508', modelId: 'mistral:codestral' },
      { name: 'gpt-5', modelId: null },
    ])
  })

  it('adds a model from the file: its id, names and first price; unknown fields unknown, no batch discount', () => {
    const plan = planPriceUpdate(samplePortfolio(), LITELLM, request({ add: ['xai/grok-4', 'no-such-model'] }))
    expect(plan.preview.rows.at(-1)).toMatchObject({
      status: 'new',
      modelId: 'xai:grok-4',
      provider: 'xAI',
      modelName: 'grok-4',
    })
    expect(plan.models).toEqual([
      {
        id: 'xai:grok-4',
        provider: 'xAI',
        name: 'grok-4',
        prices: [
          {
            effectiveFrom: '2027-01-01',
            inputPerM: 3,
            cachedInputPerM: null,
            cacheWritePerM: null,
            outputPerM: 15,
            batchDiscount: 0,
            longContext: null,
            source: 'LiteLLM price map "prices.json", entry "xai/grok-4", read 2026-12-07',
          },
        ],
      },
    ])
    expect(plan.aliases).toEqual([{ name: 'xai/grok-4', modelId: 'xai:grok-4' }])
    expect(plan.preview.warnings).toEqual(['"no-such-model" is not in the file: no model was added for it.'])
  })

  it('warns when the portfolio counts in another currency than the files’ US dollars', () => {
    const p = samplePortfolio()
    const plan = planPriceUpdate({ ...p, settings: { ...p.settings, currency: 'EUR' } }, LITELLM, request())
    expect(plan.preview.warnings[0]).toBe(
      "The file's prices are in US dollars and this portfolio counts in EUR: they are taken as written, not converted.",
    )
  })
})

describe('planning an update from OpenRouter’s models list', () => {
  it('fields absent from the file keep the price in force; those it gives may change', () => {
    const pro = row(samplePortfolio(), OPENROUTER, 'google:gemini-2.5-pro')
    expect(pro).toMatchObject({
      status: 'changed',
      changes: [{ field: 'cacheWritePerM', before: 1.25, after: 0.375 }],
      kept: ['batchDiscount'],
    })
    expect(pro.price?.longContext).toEqual({
      thresholdTokens: 200_000,
      inputPerM: 2.5,
      cachedInputPerM: 0.25,
      cacheWritePerM: 2.5,
      outputPerM: 15,
    })
    expect(pro.price?.source).toContain(
      'OpenRouter models list "prices.json", entry "google/gemini-2.5-pro", read 2026-12-07',
    )
  })

  it('a price the book did not know (null) is a change to the file’s price', () => {
    const medium = row(samplePortfolio(), OPENROUTER, 'mistral:mistral-medium-3')
    expect(medium.changes).toEqual([{ field: 'cachedInputPerM', before: null, after: 0.04 }])
  })

  it('a model added from OpenRouter takes its names from the file’s display name', () => {
    const plan = planPriceUpdate(samplePortfolio(), OPENROUTER, request({ add: ['meta-llama/llama-3.3-70b-instruct'] }))
    expect(plan.models[plan.models.length - 1]).toMatchObject({
      id: 'meta:llama-3.3-70b-instruct',
      provider: 'Meta',
      name: 'Llama 3.3 70B Instruct',
    })
  })
})

describe('idempotence: updating twice from the same file adds nothing the second time', () => {
  const older = () =>
    withPrice(
      'deepseek:deepseek-chat',
      { inputPerM: 0.5 },
      withPrice('openai:gpt-4.1-mini', { inputPerM: 0.5, outputPerM: 2 }),
    )

  it.each([
    ['LiteLLM', LITELLM, ['xai/grok-4']],
    ['OpenRouter', OPENROUTER, ['qwen/qwen3-max', 'meta-llama/llama-3.3-70b-instruct']],
  ] as const)('%s', (_, file, add) => {
    const choices = [{ name: 'deepseek-chat', modelId: 'deepseek:deepseek-chat' }]
    const req = request({ choices, add: [...add] })
    const first = planPriceUpdate(older(), file, req)
    expect(first.models.length).toBeGreaterThan(add.length)
    const once = applied(older(), file, req)
    const again = planPriceUpdate(once, file, req)
    expect(again.models).toEqual([])
    expect(again.aliases).toEqual(once.modelAliases)
    expect(again.preview.counts).toMatchObject({ changed: 0, added: 0, blocked: 0 })
    // And with a later effective date: the prices in force are the file's already.
    expect(planPriceUpdate(once, file, { ...req, effectiveFrom: '2027-06-01' }).models).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { defaultPriceBook } from '../../../shared/data/defaultPriceBook'
import { ModelAliases, modelMatcher, nameKey, withChoices, withoutRelease } from '../../../shared/modelNames'

const BOOK = defaultPriceBook()
const match = modelMatcher(BOOK).match

describe('nameKey: one spelling for the ways sources write a model name', () => {
  it.each([
    ['claude-sonnet-4-5', 'claude-sonnet-4-5'],
    ['Claude Sonnet 4.5', 'claude-sonnet-4-5'],
    ['anthropic/claude-sonnet-4.5', 'anthropic-claude-sonnet-4-5'],
    ['anthropic:claude-sonnet-4.5', 'anthropic-claude-sonnet-4-5'],
    ['GPT-4o', 'gpt-4-o'],
    ['ＧＰＴ－４ｏ', 'gpt-4-o'],
    ['llama-3.1-8b', 'llama-3-1-8-b'],
    ['llama-3-18b', 'llama-3-18-b'],
    ['---', ''],
  ])('%s -> %s', (name, key) => expect(nameKey(name)).toBe(key))
})

describe('withoutRelease: release dates and versions, never a model version', () => {
  it.each([
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['claude-3-5-sonnet-20241022', 'claude-3-5-sonnet'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic.claude-3-5-sonnet'],
    ['claude-3-5-sonnet@20240620', 'claude-3-5-sonnet'],
    ['command-a-03-2025', 'command-a'],
    ['mistral-large-2411', 'mistral-large'],
    ['gemini-2.0-flash-001', 'gemini-2.0-flash'],
    ['codestral-latest', 'codestral'],
    ['deepseek-chat-v3.1', 'deepseek-chat-v3.1'],
    ['gemini-2.5-flash-preview-09-2025', 'gemini-2.5-flash-preview'],
    ['gpt-4.1-mini', 'gpt-4.1-mini'],
    ['2024', '2024'],
  ])('%s -> %s', (name, bare) => expect(withoutRelease(name)).toBe(bare))
})

describe('modelMatcher on the default price book', () => {
  it.each([
    // [name, platform, model, how]
    ['openai:gpt-4.1', null, 'openai:gpt-4.1', 'id'],
    ['gpt-4.1', 'openai', 'openai:gpt-4.1', 'provider'],
    ['openai/gpt-4.1-mini', null, 'openai:gpt-4.1-mini', 'provider'],
    ['claude-sonnet-4-5', 'anthropic', 'anthropic:claude-sonnet-4.5', 'provider'],
    ['anthropic/claude-sonnet-4.5', 'anthropic', 'anthropic:claude-sonnet-4.5', 'provider'],
    ['gemini/gemini-2.5-flash', 'gemini', 'google:gemini-2.5-flash', 'provider'],
    ['google/gemini-2.5-pro', 'google', 'google:gemini-2.5-pro', 'provider'],
    ['mistralai/mistral-medium-3', 'mistralai', 'mistral:mistral-medium-3', 'provider'],
    ['mistral/mistral-medium-2505', 'mistral', 'mistral:mistral-medium-3', 'known'],
    ['meta.llama3-3-70b-instruct-v1:0', 'bedrock_converse', 'bedrock:meta-llama-3.3-70b', 'known'],
    ['amazon.nova-pro-v1:0', 'bedrock_converse', 'amazon:nova-pro', 'known'],
    ['amazon/nova-lite-v1', 'amazon', 'amazon:nova-lite', 'known'],
    ['command-a-03-2025', 'cohere_chat', 'cohere:command-a', 'known'],
    ['gpt-4.1-2025-04-14', 'openai', 'openai:gpt-4.1', 'release'],
    ['claude-sonnet-4-20250514', 'anthropic', 'anthropic:claude-sonnet-4', 'release'],
    // Usage exports name no platform.
    ['GPT-4.1 mini', null, 'openai:gpt-4.1-mini', 'name'],
    ['gemini-2.5-flash', null, 'google:gemini-2.5-flash', 'name'],
    ['claude-sonnet-4-5-20250929', null, 'anthropic:claude-sonnet-4.5', 'release'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', null, 'anthropic:claude-sonnet-4.5', 'release'],
  ])('%s (billed by %s) is %s, by %s', (name, platform, modelId, kind) => {
    expect(match({ name, platform })).toEqual({ kind, modelId })
  })

  it('never crosses platforms: a reseller’s copy of a model is not the model', () => {
    expect(match({ name: 'azure/gpt-4.1', platform: 'azure' })).toBeNull()
    expect(match({ name: 'gpt-4.1', platform: 'azure' })).toBeNull()
    expect(match({ name: 'azure_ai/mistral-medium-2505', platform: 'azure_ai' })).toBeNull()
    expect(match({ name: 'gemini-2.5-flash', platform: 'vertex_ai-language-models' })).toBeNull()
    expect(match({ name: 'codestral/codestral-latest', platform: 'codestral' })).toBeNull()
  })

  it('does not guess: close names that are other models match nothing', () => {
    for (const name of [
      'gpt-4o',
      'gpt-4.1-mini-preview',
      'claude-sonnet',
      'deepseek-chat-v3.1',
      'o3-pro',
      'gemini-flash',
    ])
      expect(match({ name }), name).toBeNull()
  })

  it('several models matching equally well is ambiguous, not a pick', () => {
    const book = [...BOOK, { id: 'azure:gpt-4.1', name: 'GPT-4.1 on Azure' }]
    expect(modelMatcher(book).match({ name: 'gpt-4.1' })).toEqual({
      kind: 'ambiguous',
      candidates: ['openai:gpt-4.1', 'azure:gpt-4.1'],
    })
    expect(modelMatcher(book).match({ name: 'gpt-4.1', platform: 'azure' })).toEqual({
      kind: 'provider',
      modelId: 'azure:gpt-4.1',
    })
  })

  it('a saved choice comes first, "none" included; one naming a model no longer in the book is ignored', () => {
    const matcher = modelMatcher(BOOK, [
      { name: 'gpt-4.1', modelId: 'openai:gpt-4.1-mini' },
      { name: 'GPT-5', modelId: null },
      { name: 'my-llama', modelId: 'bedrock:meta-llama-3.3-70b' },
      { name: 'gone', modelId: 'openai:gpt-3.5' },
    ])
    expect(matcher.match({ name: 'gpt-4.1', platform: 'openai' })).toEqual({
      kind: 'saved',
      modelId: 'openai:gpt-4.1-mini',
    })
    expect(matcher.match({ name: 'gpt-5', platform: 'openai' })).toEqual({ kind: 'saved', modelId: null })
    expect(matcher.match({ name: 'MY LLAMA' })).toEqual({ kind: 'saved', modelId: 'bedrock:meta-llama-3.3-70b' })
    expect(matcher.match({ name: 'gone' })).toBeNull()
  })

  it('known names apply only when the price book holds the model', () => {
    const book = BOOK.filter((m) => m.id !== 'amazon:nova-pro')
    expect(modelMatcher(book).match({ name: 'amazon.nova-pro-v1:0', platform: 'bedrock' })).toBeNull()
  })
})

describe('saved model names', () => {
  it('are unique as nameKey compares them, and name something', () => {
    const r = ModelAliases.safeParse([
      { name: 'gpt-4o-2024-08-06', modelId: 'openai:gpt-4o' },
      { name: 'GPT 4o 2024 08 06', modelId: null },
      { name: '...', modelId: null },
    ])
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[1, 'name'], 'must be unique: "GPT 4o 2024 08 06" is saved already as "gpt-4o-2024-08-06"'],
      [[2, 'name'], 'must hold a letter or a digit'],
    ])
  })

  it('a choice replaces the saved name in place; a new one is appended', () => {
    const saved = [
      { name: 'a', modelId: 'x' },
      { name: 'b', modelId: null },
    ]
    expect(
      withChoices(saved, [
        { name: 'B', modelId: 'y' },
        { name: 'c', modelId: null },
      ]),
    ).toEqual([
      { name: 'a', modelId: 'x' },
      { name: 'B', modelId: 'y' },
      { name: 'c', modelId: null },
    ])
    expect(saved[1]).toEqual({ name: 'b', modelId: null })
  })
})

import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/api/createApi'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import type { PortfolioSession } from '../../../electron/db/session'
import type { PriceUpdateParams } from '../../../shared/api/methods/prices'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Portfolio, PriceBookModel } from '../../../shared/model'
import type { PriceBookState, PriceUpdateApplied, PriceUpdatePreview } from '../../../shared/prices/preview'
import { expectError, expectOk } from '../../fixtures/db/api'
import { newSession, readDocuments, writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/prices')
const LITELLM = readFileSync(join(FIXTURES, 'litellm-model_prices_and_context_window.json'))
const MINI = 'openai:gpt-4.1-mini'

/** The sample with GPT-4.1 mini at an older price, so the file's price is a change. */
function olderSample(): Portfolio {
  const p = samplePortfolio()
  return {
    ...p,
    priceBook: p.priceBook.map((m) =>
      m.id === MINI ? { ...m, prices: m.prices.map((price) => ({ ...price, inputPerM: 0.5, outputPerM: 2 })) } : m,
    ),
  }
}

const params = (over: Partial<PriceUpdateParams> = {}): PriceUpdateParams => ({
  fileName: 'model_prices_and_context_window.json',
  contentBase64: LITELLM.toString('base64'),
  effectiveFrom: '2027-01-01',
  readOn: '2026-12-07',
  choices: [{ name: 'mistral/codestral-2508', modelId: 'mistral:codestral' }],
  add: ['xai/grok-4'],
  ...over,
})

/** What the file holds, read with a separate connection: the models and the saved names. */
function onDisk(path: string): { models: PriceBookModel[]; aliases: unknown } {
  const db = new Database(path, { readonly: true })
  try {
    const part = db.prepare<[], { data: string }>("SELECT data FROM portfolio_parts WHERE key = 'modelAliases'").get()
    return {
      models: readDocuments(path, 'price_models').map((r) => r.data as PriceBookModel),
      aliases: part ? (JSON.parse(part.data) as unknown) : undefined,
    }
  } finally {
    db.close()
  }
}

let api: Api
let session: PortfolioSession
let path: string
let cleanup: () => void
beforeEach(async () => {
  const tmp = makeTempDir()
  cleanup = tmp.cleanup
  path = await writePortfolioFile(join(tmp.dir, 'prices.aiportfolio'), olderSample())
  session = newSession(tmp.dir)
  session.open(path)
  api = createApi({ session })
})
afterEach(() => {
  session.close()
  cleanup()
})

describe('prices:preview', () => {
  it('plans the update and writes nothing', async () => {
    const before = onDisk(path)
    const preview = expectOk<PriceUpdatePreview>(await api.invoke('prices:preview', params()))
    expect(preview.counts).toMatchObject({ changed: 1, added: 1, ambiguous: 1, unchanged: 20 })
    expect(preview.rows.find((r) => r.modelId === MINI)?.changes).toEqual([
      { field: 'inputPerM', before: 0.5, after: 0.4 },
      { field: 'outputPerM', before: 2, after: 1.6 },
    ])
    expect(onDisk(path)).toEqual(before)
  })

  it.each([
    [{ contentBase64: Buffer.from('{ "gpt-4.1": ').toString('base64') }, 'bad_file', 'is not valid JSON'],
    [{ contentBase64: Buffer.from('[1,2]').toString('base64') }, 'bad_file', 'is neither LiteLLM'],
    [{ contentBase64: 'not base64!' }, 'bad_file', 'is not valid base64'],
    [{ contentBase64: Buffer.from([0xff, 0xfe, 0x00, 0x7b]).toString('base64') }, 'bad_file', 'is not UTF-8 text'],
    [{ effectiveFrom: '1 Jan 2027' }, 'validation', 'effectiveFrom must be a date written YYYY-MM-DD'],
    [{ choices: [{ name: 'gpt-4.1', modelId: 'not an id!' }] }, 'validation', 'choices.0.modelId may hold only'],
  ] as const)('refuses %j with %s', async (over, code, message) => {
    const error = expectError(await api.invoke('prices:preview', params(over as Partial<PriceUpdateParams>)), code)
    expect(error.message).toContain(message)
  })

  it('refuses a file over 10 MB before decoding it', async () => {
    const error = expectError(
      await api.invoke('prices:preview', params({ contentBase64: 'A'.repeat(14_000_010) })),
      'validation',
    )
    expect(error.message).toContain('contentBase64 must be a file of 10 MB or less')
  })
})

describe('prices:update and its undo and redo (prices:restore)', () => {
  it('adds the new dated prices and models and saves the choices, in one write; the file holds them', async () => {
    const applied = expectOk<PriceUpdateApplied>(await api.invoke('prices:update', params()))
    expect(applied).toMatchObject({ pricesAdded: 1, modelsAdded: 1 })
    expect(applied.before.models.map((m) => [m.id, m.model?.prices.length ?? null])).toEqual([
      [MINI, 1],
      ['xai:grok-4', null],
    ])
    expect(applied.before.aliases).toBeNull()
    const disk = onDisk(path)
    const mini = disk.models.find((m) => m.id === MINI)
    expect(mini?.prices.map((p) => [p.effectiveFrom, p.inputPerM, p.outputPerM])).toEqual([
      ['2025-04-14', 0.5, 2],
      ['2027-01-01', 0.4, 1.6],
    ])
    expect(disk.models.at(-1)).toMatchObject({ id: 'xai:grok-4', provider: 'xAI' })
    expect(disk.aliases).toEqual([
      { name: 'mistral/codestral-2508', modelId: 'mistral:codestral' },
      { name: 'xai/grok-4', modelId: 'xai:grok-4' },
    ])
  })

  it('updating twice from the same file adds nothing the second time', async () => {
    expectOk(await api.invoke('prices:update', params()))
    const once = onDisk(path)
    const again = expectOk<PriceUpdateApplied>(await api.invoke('prices:update', params()))
    expect(again).toEqual({
      before: { models: [], aliases: once.aliases },
      after: { models: [], aliases: once.aliases },
      pricesAdded: 0,
      modelsAdded: 0,
    })
    expect(onDisk(path)).toEqual(once)
  })

  it('undo puts every model and the saved names back in one write; redo puts the update back', async () => {
    const original = onDisk(path)
    const applied = expectOk<PriceUpdateApplied>(await api.invoke('prices:update', params()))
    const updated = onDisk(path)
    expectOk<PriceBookState>(await api.invoke('prices:restore', { state: applied.before }))
    expect(onDisk(path)).toEqual(original)
    expectOk<PriceBookState>(await api.invoke('prices:restore', { state: applied.after }))
    expect(onDisk(path)).toEqual(updated)
  })

  it('undo refuses to remove an added model an initiative now uses, and changes nothing', async () => {
    const applied = expectOk<PriceUpdateApplied>(await api.invoke('prices:update', params()))
    const first = (await api.invoke('portfolio:get', {})) as { ok: true; data: { portfolio: Portfolio } }
    const initiative = first.data.portfolio.initiatives[0]
    if (!initiative) throw new Error('sample has initiatives')
    expectOk(
      await api.invoke('initiative:edit', {
        edits: [{ id: initiative.id, field: 'usage.modelMix', value: [{ modelId: 'xai:grok-4', share: 1 }] }],
      }),
    )
    const before = onDisk(path)
    const error = expectError(await api.invoke('prices:restore', { state: applied.before }), 'conflict')
    expect(error.message).toBe(
      `Cannot remove model "grok-4": it is in the model mix of "${initiative.name}". Change their model mix first. Nothing was changed.`,
    )
    expect(onDisk(path)).toEqual(before)
  })

  it('plans under the write lock: a price another program saved meanwhile is what the update compares with', async () => {
    const preview = expectOk<PriceUpdatePreview>(await api.invoke('prices:preview', params({ add: [] })))
    expect(preview.counts.changed).toBe(1)
    const other = PortfolioFile.open(path)
    try {
      other.write((change) => {
        const mini = change.portfolio.priceBook.find((m) => m.id === MINI)
        if (!mini) throw new Error('no mini')
        change.upsertModel({ ...mini, prices: mini.prices.map((p) => ({ ...p, inputPerM: 0.4, outputPerM: 1.6 })) })
      })
    } finally {
      other.close()
    }
    const applied = expectOk<PriceUpdateApplied>(await api.invoke('prices:update', params({ add: [] })))
    expect(applied.pricesAdded).toBe(0)
    expect(onDisk(path).models.find((m) => m.id === MINI)?.prices).toHaveLength(1)
  })
})

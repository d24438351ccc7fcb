import { createHash } from 'node:crypto'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/runCli'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { readPortfolioJson } from '../../../shared/format'
import type { Portfolio } from '../../../shared/model/portfolio'
import type { PriceUpdatePreview } from '../../../shared/prices/preview'
import { LATEST_VERSION } from '../../../electron/db/migrations'
import { versionOf, writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { runCliProcess, SAMPLE } from './runCliProcess'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/prices')
const LITELLM = join(FIXTURES, 'litellm-model_prices_and_context_window.json')
const OPENROUTER = join(FIXTURES, 'openrouter-models.json')

let dir: string
let cleanup: () => void
beforeEach(() => {
  const tmp = makeTempDir()
  dir = tmp.dir
  cleanup = tmp.cleanup
})
afterEach(() => cleanup())

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) })
  return { code, out, err }
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function readFile(path: string): Portfolio {
  const f = PortfolioFile.open(path)
  try {
    return f.portfolio
  } finally {
    f.close()
  }
}

describe('cli prices update', () => {
  it('adds OpenRouter’s changed prices to a portfolio file as dated prices; again, nothing', async () => {
    const path = await writePortfolioFile(join(dir, 'p.aiportfolio'), samplePortfolio())
    const args = [
      'prices',
      'update',
      path,
      '--from',
      OPENROUTER,
      '--effective',
      '2027-01-01',
      '--add',
      'qwen/qwen3-max',
    ]
    const first = await run(args)
    expect(first.err).toBe('')
    expect(first.code).toBe(0)
    expect(first.out).toContain('OpenRouter models list "openrouter-models.json" (31 entries)')
    expect(first.out).toContain(
      'New price  DeepSeek chat (V3.x) (deepseek:deepseek-chat) ← deepseek/deepseek-chat\n' +
        '             input 0.28 → 0.2574, output 0.42 → 1.0287; kept from 2025-09-29: cache read, cache write, batch discount, long-context tier',
    )
    expect(first.out).toContain(`Added 6 dated price(s) and 1 model(s) to "${path}".`)
    const p = readFile(path)
    const deepseek = p.priceBook.find((m) => m.id === 'deepseek:deepseek-chat')
    expect(deepseek?.prices.at(-1)).toMatchObject({
      effectiveFrom: '2027-01-01',
      inputPerM: 0.2574,
      outputPerM: 1.0287,
    })
    expect(p.priceBook.at(-1)).toMatchObject({ id: 'qwen:qwen3-max', provider: 'Qwen', name: 'Qwen3 Max' })

    const before = hash(path)
    const second = await run(args)
    expect(second.code).toBe(0)
    expect(second.out).toContain('Nothing to update.')
    expect(hash(path)).toBe(before)
  })

  it('--map settles an ambiguous model and is saved; --dry-run writes nothing; --json prints the preview', async () => {
    const path = join(dir, 'p.json')
    copyFileSync(SAMPLE, path)
    const before = hash(path)
    const dry = await run([
      'prices',
      'update',
      path,
      '--from',
      LITELLM,
      '--map',
      'mistral/codestral-2508=mistral:codestral',
      '--dry-run',
      '--json',
    ])
    expect(dry.code).toBe(0)
    expect(hash(path)).toBe(before)
    const json = JSON.parse(dry.out) as { preview: PriceUpdatePreview; dryRun: boolean }
    expect(json.dryRun).toBe(true)
    expect(json.preview.counts).toMatchObject({ ambiguous: 1, unchanged: 21 })

    const real = await run([
      'prices',
      'update',
      path,
      '--from',
      LITELLM,
      '--map',
      'mistral/codestral-2508=mistral:codestral',
    ])
    expect(real.code).toBe(0)
    expect(real.out).toContain(`Saved the model names chosen in "${path}".`)
    const r = readPortfolioJson(readFileSync(path, 'utf8'))
    expect(r.ok && r.value.modelAliases).toEqual([{ name: 'mistral/codestral-2508', modelId: 'mistral:codestral' }])
  })

  it.each([
    [['prices', 'update', 'x.aiportfolio'], 'name one price file with --from'],
    [['prices', 'change', 'x.aiportfolio', '--from', LITELLM], 'unknown subcommand "change"'],
    [
      ['prices', 'update', 'x.aiportfolio', '--from', LITELLM, '--effective', '2027-13-01'],
      '--effective must be one date',
    ],
    [
      ['prices', 'update', '{P}', '--from', LITELLM, '--map', 'gpt-5=openai:gpt-6'],
      'the price book has no model "openai:gpt-6"',
    ],
    [['prices', 'update', '{P}', '--from', LITELLM, '--map', 'gpt-6=openai:gpt-5'], 'the file has no entry "gpt-6"'],
    [
      ['prices', 'update', '{P}', '--from', LITELLM, '--add', 'gpt-6'],
      '--add "gpt-6": the file has no entry of that name',
    ],
    [['prices', 'update', '{P}', '--from', '{P}'], 'is neither LiteLLM'],
    [['prices', 'update', '{P}', '--from', 'missing.json'], 'Cannot read "missing.json": no such file.'],
    [['prices', 'update', '{P}', '--from', '{D}'], 'it is not a file.'],
  ])('refuses %j with exit code 2, writing nothing', async (args, message) => {
    const path = join(dir, 'p.json')
    copyFileSync(SAMPLE, path)
    const before = hash(path)
    const r = await run(args.map((a) => (a === '{P}' ? path : a === '{D}' ? dir : a)))
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(hash(path)).toBe(before)
  })

  it('refuses a price file over 10 MB before reading it', async () => {
    const path = join(dir, 'p.json')
    copyFileSync(SAMPLE, path)
    const big = join(dir, 'big.json')
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20))
    const r = await run(['prices', 'update', path, '--from', big])
    expect(r.code).toBe(2)
    expect(r.err).toContain('is larger than 10 MB, the most a price file may be.')
  })

  it('runs as `npm run -s cli -- prices update` does', () => {
    const path = join(dir, 'p.json')
    copyFileSync(SAMPLE, path)
    const r = runCliProcess(['prices', 'update', path, '--from', OPENROUTER, '--effective', '2027-01-01'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`Added 6 dated price(s) and 0 model(s) to "${path}".`)
  })

  describe('a portfolio file of an earlier format', () => {
    const V1 = resolve(import.meta.dirname, '../../fixtures/db/portfolio-v1.aiportfolio')
    /** LiteLLM's shape, pricing the fixture's acme-large at 2.5 in and 10 out per million. */
    const acmeFile = () => {
      const from = join(dir, 'acme-prices.json')
      writeFileSync(
        from,
        JSON.stringify({
          'acme-large': {
            input_cost_per_token: 2.5e-6,
            output_cost_per_token: 1e-5,
            litellm_provider: 'acme',
            mode: 'chat',
          },
        }),
      )
      return from
    }

    it('--dry-run reads it migrated in memory and leaves it and its folder as they were', async () => {
      const path = join(dir, 'Old.aiportfolio')
      copyFileSync(V1, path)
      const from = acmeFile()
      const before = hash(path)
      const listing = readdirSync(dir).sort()
      const r = await run(['prices', 'update', path, '--from', from, '--effective', '2027-01-01', '--dry-run'])
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      expect(r.out).toContain('input 3 → 2.5, output 12 → 10')
      expect(r.out).toContain(`Would add 1 dated price(s) and 0 model(s) to "${path}".`)
      expect(hash(path)).toBe(before)
      expect(readdirSync(dir).sort()).toEqual(listing)
      expect(versionOf(path)).toBe(1)
    })

    it('an update keeps a backup beside it before migrating it, and says where', async () => {
      const path = join(dir, 'Old.aiportfolio')
      copyFileSync(V1, path)
      const r = await run(['prices', 'update', path, '--from', acmeFile(), '--effective', '2027-01-01'])
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      const backup = join(dir, 'Old.v1-backup.aiportfolio')
      expect(r.out).toContain(
        `Updated "${path}" from file format 1 to ${String(LATEST_VERSION)}; the file as it was is kept at "${backup}".`,
      )
      expect(versionOf(path)).toBe(LATEST_VERSION)
      expect(versionOf(backup)).toBe(1)
      expect(readFile(path).priceBook[0]?.prices.map((p) => [p.effectiveFrom, p.inputPerM, p.outputPerM])).toEqual([
        ['2025-01-01', 3, 12],
        ['2027-01-01', 2.5, 10],
      ])
    })
  })
})

import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/runCli'
import type { ActualsPreview } from '../../../shared/actuals/results'
import { SAMPLE_DIR } from '../../fixtures/actuals/generateSamples'
import { writePortfolioFile } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-cli-actuals-')))
afterEach(() => cleanup())

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) })
  return { code, out, err }
}

const fingerprint = (path: string) => ({
  sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
  mtime: statSync(path).mtimeMs,
})

async function portfolioIn(currency: string): Promise<string> {
  const p = testPortfolio()
  return writePortfolioFile(join(dir, 'p.aiportfolio'), { ...p, settings: { ...p.settings, currency } })
}

const AZURE = join(SAMPLE_DIR, 'focus-azure.csv')
// focus-azure.csv runs from May to November 2026, three lines a month (input, cached input, output):
// a 31-day month 31 x ($0.16 + $0.01 + $0.08) = $7.75, a 30-day month $7.50.
const AZURE_MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']
const AZURE_LINES = AZURE_MONTHS.length * 3
const AZURE_CENTS = 4 * 775 + 3 * 750

describe('npm run cli -- actuals', () => {
  it('imports a FOCUS export, says the detected format, and lists the lines as JSON', async () => {
    const path = await portfolioIn('USD')
    const done = await run(['actuals', 'import', AZURE, '--into', path])
    expect(done.err).toBe('')
    expect(done.code).toBe(0)
    expect(done.out).toContain('as FOCUS')
    expect(done.out).toContain('(detected)')
    expect(done.out).toContain('2026-05 Unallocated: adds USD 7.75')
    const listed = await run(['actuals', 'list', path, '--json'])
    expect(listed.code).toBe(0)
    const { lines, imports } = JSON.parse(listed.out) as { lines: { cost: number }[]; imports: unknown[] }
    expect(lines).toHaveLength(AZURE_LINES)
    expect(imports).toHaveLength(1)
    expect(Math.round(lines.reduce((s, l) => s + l.cost, 0) * 100)).toBe(AZURE_CENTS)
    // Importing again changes nothing.
    const again = await run(['actuals', 'import', AZURE, '--into', path, '--json'])
    expect(again.code).toBe(0)
    expect((JSON.parse(again.out) as { record: unknown }).record).toBeNull()
  })

  it('a dry run previews and writes nothing', async () => {
    const path = await portfolioIn('USD')
    const before = fingerprint(path)
    const listing = readdirSync(dir).sort()
    const dry = await run(['actuals', 'import', AZURE, '--into', path, '--dry-run', '--json', '--format', 'focus'])
    expect(dry.code).toBe(0)
    const { preview } = JSON.parse(dry.out) as { preview: ActualsPreview }
    expect(preview).toMatchObject({ format: 'focus', detected: false, addedLines: AZURE_LINES })
    expect(fingerprint(path)).toEqual(before)
    expect(readdirSync(dir).sort()).toEqual(listing)
  })

  it('exits 2 with the reasons on bad input, and writes nothing', async () => {
    const path = await portfolioIn('EUR')
    const before = fingerprint(path)
    const noRate = await run(['actuals', 'import', AZURE, '--into', path])
    expect(noRate.code).toBe(2)
    expect(noRate.err).toContain('The charges of 2026-05 are in USD')
    const hostile = join(dir, 'hostile.csv')
    writeFileSync(hostile, 'a,b,c\n1,2,3\n')
    const bad = await run(['actuals', 'import', hostile, '--into', path])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('does not name the columns')
    expect((await run(['actuals', 'import', AZURE, '--into', path, '--format', 'nonsense'])).code).toBe(2)
    expect((await run(['actuals', 'import', AZURE, '--into', path, '--rate', '2026-05:USD=-1'])).code).toBe(2)
    expect((await run(['actuals', 'import', AZURE, '--into', join(dir, 'p.json')])).code).toBe(2)
    expect(fingerprint(path)).toEqual(before)
    // One rate per month; the currency's case does not matter.
    const rates = AZURE_MONTHS.flatMap((m, i) => ['--rate', `${m}:${i % 2 === 0 ? 'USD' : 'usd'}=0.9`])
    const rated = await run(['actuals', 'import', AZURE, '--into', path, ...rates])
    expect(rated.err).toBe('')
    expect(rated.code).toBe(0)
  })
})

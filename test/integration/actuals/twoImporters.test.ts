import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { SAMPLE_DIR } from '../../fixtures/actuals/generateSamples'
import { writePortfolioFile } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { ROOT } from '../cli/runCliProcess'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-two-importers-')))
afterEach(() => cleanup())

/** The real command line in its own process; resolves with its exit code and output. */
function importInProcess(file: string, into: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['electron/cli/index.ts', 'actuals', 'import', file, '--into', into, '--json'],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolveRun({ code, out, err }))
  })
}

describe('two processes importing into one portfolio file', () => {
  it('both imports land, and the same file imported twice at once is stored once', async () => {
    const p = testPortfolio()
    const path = await writePortfolioFile(join(dir, 'shared.aiportfolio'), {
      ...p,
      settings: { ...p.settings, currency: 'USD' },
    })
    const azure = join(SAMPLE_DIR, 'focus-azure.csv')
    const openai = join(SAMPLE_DIR, 'openai-costs.csv')
    const runs = await Promise.all([
      importInProcess(azure, path),
      importInProcess(openai, path),
      importInProcess(azure, path),
    ])
    for (const r of runs) expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' })
    const records = runs.map((r) => (JSON.parse(r.out) as { record: { format: string } | null }).record)
    // One of the two Azure imports wrote its lines; the other, planned under the lock after it, found them stored.
    expect([records[0], records[2]].filter((r) => r !== null)).toHaveLength(1)
    expect(records[1]?.format).toBe('openai-costs')
    const file = PortfolioFile.open(path)
    try {
      const { imports, focusLines } = file.readActuals((a) => ({
        imports: a.imports(),
        focusLines: a.lines().filter((r) => r.line.lineage.format === 'focus').length,
      }))
      expect(imports.map((i) => i.format).sort()).toEqual(['focus', 'openai-costs'])
      // focus-azure.csv: May to November 2026, three lines a month.
      expect(focusLines).toBe(21)
    } finally {
      file.close()
    }
  }, 300_000)
})

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ComputeReport } from '../../../electron/cli/report/kpis'
import { runCli } from '../../../electron/cli/runCli'
import { writeNewPortfolioFile } from '../../../electron/db/fileWrite'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { readPortfolioJson } from '../../../shared/format'
import { TINY } from './runCliProcess'

const dir = mkdtempSync(join(tmpdir(), 'gpp-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) })
  return { code, out, err }
}

function tinyDocument(): { version: number; portfolio: { priceBook: { prices: Record<string, unknown>[] }[] } } {
  return JSON.parse(readFileSync(TINY, 'utf8')) as ReturnType<typeof tinyDocument>
}

describe('compute command (in process)', () => {
  it('flags figures that depend on an unknown (null) price and names the model', async () => {
    const doc = tinyDocument()
    const price = doc.portfolio.priceBook[0]?.prices[0]
    if (!price) throw new Error('fixture has no price')
    price.outputPerM = null
    const path = join(dir, 'unpriced.json')
    writeFileSync(path, JSON.stringify(doc))
    const json = await run(['compute', path, '--json'])
    expect(json.code).toBe(0)
    const report = JSON.parse(json.out) as ComputeReport
    expect(report.initiatives[0]?.unpriced).toBe(true)
    expect(report.initiatives[0]?.unpricedModels).toEqual(['test:model'])
    expect(report.portfolio.unpriced).toBe(true)
    // Output tokens count 0, so inference is the input part only: 1,000 x 1,300 / 1e6 x 0.9 a month.
    expect(report.initiatives[0]?.costByDriver.inference).toBeCloseTo(3 * 1.17, 9)
    const text = await run(['compute', path])
    expect(text.out).toContain('UNPRICED')
    expect(text.out).toContain('  - Tiny assistant: test:model')
  })

  it('exits 2 for a document written by a newer version of the format', async () => {
    const doc = tinyDocument()
    doc.version = 99
    const path = join(dir, 'newer.json')
    writeFileSync(path, JSON.stringify(doc))
    const r = await run(['compute', path])
    expect(r.code).toBe(2)
    expect(r.err).toContain('File: version is 99, newer than this app reads (up to 1)')
  })

  it('reads a .aiportfolio file saved by the app and gives the same figures as its JSON', async () => {
    const path = join(dir, 'Sample.aiportfolio')
    await writeNewPortfolioFile(path, samplePortfolio())
    const fromFile = await run(['compute', path, '--json'])
    expect(fromFile.err).toBe('')
    expect(fromFile.code).toBe(0)
    const jsonPath = join(dir, 'sample.json')
    writeFileSync(jsonPath, readFileSync(join(import.meta.dirname, '../../../shared/data/sample-portfolio.json')))
    const fromJson = await run(['compute', jsonPath, '--json'])
    expect(JSON.parse(fromFile.out)).toEqual(JSON.parse(fromJson.out))
  })

  it('exits 2 with the file error for a .aiportfolio that is not a portfolio file', async () => {
    const path = join(dir, 'fake.aiportfolio')
    writeFileSync(path, 'not a database')
    const r = await run(['compute', path])
    expect(r.code).toBe(2)
    expect(r.err).toContain(path)
  })

  it('exits 2 for a file that is not UTF-8 (UTF-16 or Latin-1), and reads one with a UTF-8 byte-order mark', async () => {
    const text = readFileSync(TINY, 'utf8')
    const utf16 = join(dir, 'utf16.json')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const latin1 = join(dir, 'latin1.json')
    writeFileSync(latin1, Buffer.from(text.replace('Test owner', 'Jos\u00e9 Mu\u00f1oz'), 'latin1'))
    for (const path of [utf16, latin1]) {
      const r = await run(['compute', path])
      expect(r.code).toBe(2)
      expect(r.err).toContain('it is not UTF-8 text')
    }
    const bom = join(dir, 'bom.json')
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
    expect((await run(['compute', bom])).code).toBe(0)
  })

  it('prints help with exit 0, and the tiny fixture is itself valid', async () => {
    const r = await run(['compute', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: npm run -s cli -- compute PORTFOLIO [--json]')
    expect(readPortfolioJson(readFileSync(TINY, 'utf8')).ok).toBe(true)
  })
})

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PortfolioSnapshot } from '../../../shared/api/contract'
import { FORMAT_NAME, FORMAT_VERSION, serializePortfolio } from '../../../shared/format'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { apiPerTest, expectError, expectOk } from '../../fixtures/db/api'
import { readDocuments } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'

const fx = apiPerTest()

const b64 = (content: string | Buffer) => Buffer.from(content).toString('base64')
type Imported = PortfolioSnapshot & { fromVersion: number }

describe('import:portfolio (a JSON portfolio opens as a new file)', () => {
  it('writes the document as a new portfolio file and opens it; the open portfolio is untouched', async () => {
    const before = readDocuments(fx.t.path, 'initiatives')
    const target = join(fx.dir, 'sample.aiportfolio')
    const text = serializePortfolio(samplePortfolio())
    const r = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolio', { fileName: 'sample.json', contentBase64: b64(text), target }),
    )
    expect(r.path).toBe(target)
    expect(r.fromVersion).toBe(FORMAT_VERSION)
    expect(r.portfolio).toEqual(samplePortfolio())
    expect(fx.t.session.current.path).toBe(target)
    expect(readDocuments(target, 'initiatives').map((d) => d.id)).toEqual(
      samplePortfolio().initiatives.map((i) => i.id),
    )
    expect(readDocuments(fx.t.path, 'initiatives')).toEqual(before)
  })

  it('round trip: the app’s JSON export imported back is the identical portfolio', async () => {
    const exported = expectOk<{ base64: string }>(await fx.t.api.invoke('export:build', { format: 'json' }))
    const target = join(fx.dir, 'copy.aiportfolio')
    const r = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolio', { fileName: 'test.json', contentBase64: exported.base64, target }),
    )
    expect(r.portfolio).toEqual(testPortfolio())
    expect(serializePortfolio(r.portfolio)).toBe(Buffer.from(exported.base64, 'base64').toString('utf8'))
  })

  it('reads a document with a BOM and ignores __proto__ keys in it', async () => {
    const doc = JSON.parse(serializePortfolio(testPortfolio())) as { portfolio: { settings: Record<string, unknown> } }
    const text = `\ufeff${JSON.stringify(doc).replace('"settings":{', '"settings":{"__proto__":{"polluted":true},')}`
    const r = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolio', {
        fileName: 'p.json',
        contentBase64: b64(text),
        target: join(fx.dir, 'p.aiportfolio'),
      }),
    )
    expect(r.portfolio.settings).toEqual(testPortfolio().settings)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses an existing target unless replace, and never the open file', async () => {
    const text = b64(serializePortfolio(samplePortfolio()))
    const target = join(fx.dir, 'exists.aiportfolio')
    writeFileSync(target, 'keep me')
    const error = expectError(
      await fx.t.api.invoke('import:portfolio', { fileName: 's.json', contentBase64: text, target }),
      'conflict',
    )
    expect(error.message).toBe(`Cannot import into "${target}": a file with that name exists. Choose another name.`)
    expect(readFileSync(target, 'utf8')).toBe('keep me')
    expectError(
      await fx.t.api.invoke('import:portfolio', {
        fileName: 's.json',
        contentBase64: text,
        target: fx.t.path,
        replace: true,
      }),
      'conflict',
    )
    const replaced = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolio', { fileName: 's.json', contentBase64: text, target, replace: true }),
    )
    expect(replaced.portfolio.settings.name).toBe(samplePortfolio().settings.name)
  })

  it('refuses a newer format version, invalid JSON and a broken portfolio, writing nothing', async () => {
    const target = join(fx.dir, 'never.aiportfolio')
    const newer = JSON.stringify({ format: FORMAT_NAME, version: FORMAT_VERSION + 1, portfolio: {} })
    const e1 = expectError(
      await fx.t.api.invoke('import:portfolio', { fileName: 'n.json', contentBase64: b64(newer), target }),
      'newer_version',
    )
    expect(e1.message).toMatch(/written by a newer version of the app/)
    const e2 = expectError(
      await fx.t.api.invoke('import:portfolio', { fileName: 'b.json', contentBase64: b64('{"format":'), target }),
      'bad_file',
    )
    expect(e2.message).toMatch(
      /^Cannot import "b.json": it is not a portfolio this app can read: File: \(content\) must be valid JSON/,
    )
    const broken = JSON.parse(serializePortfolio(testPortfolio())) as {
      portfolio: { settings: { horizonMonths: number } }
    }
    broken.portfolio.settings.horizonMonths = 0
    const e3 = expectError(
      await fx.t.api.invoke('import:portfolio', {
        fileName: 'x.json',
        contentBase64: b64(JSON.stringify(broken)),
        target,
      }),
      'bad_file',
    )
    expect(e3.issues?.map((i) => i.message)).toContain('settings.horizonMonths must be at least 1 month')
    expect(existsSync(target)).toBe(false)
  })

  it('migrates: a version-1 document (the oldest format) is read through the migration chain', async () => {
    // FORMAT_VERSION is 1 today, so the chain is empty; this pins that version 1 stays readable.
    const v1 = JSON.stringify({ format: FORMAT_NAME, version: 1, portfolio: testPortfolio() })
    const r = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolio', {
        fileName: 'v1.json',
        contentBase64: b64(v1),
        target: join(fx.dir, 'v1.aiportfolio'),
      }),
    )
    expect(r.fromVersion).toBe(1)
    expect(r.portfolio).toEqual(testPortfolio())
  })

  it('refuses a CSV sent as a portfolio, and a portfolio sent as rows', async () => {
    expectError(
      await fx.t.api.invoke('import:portfolio', {
        fileName: 'a.csv',
        contentBase64: b64('Name\nA\n'),
        target: join(fx.dir, 'a.aiportfolio'),
      }),
      'bad_file',
    )
    const e = expectError(
      await fx.t.api.invoke('import:preview', {
        fileName: 'p.json',
        contentBase64: b64(serializePortfolio(testPortfolio())),
      }),
      'bad_file',
    )
    expect(e.message).toMatch(/is a JSON portfolio: it opens as a portfolio of its own/)
  })
})

describe('import:portfolioNamed (browser mode: a name, never a path)', () => {
  const userData = () => join(fx.dir, 'userData')
  const text = () => b64(serializePortfolio(samplePortfolio()))

  it('writes <name>.aiportfolio in the user-data folder and opens it', async () => {
    const r = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolioNamed', {
        fileName: 's.json',
        contentBase64: text(),
        name: ' Board 2027 ',
      }),
    )
    const expected = join(userData(), 'Board 2027.aiportfolio')
    expect(r.path).toBe(expected)
    expect(fx.t.session.current.path).toBe(expected)
    expect(readDocuments(expected, 'initiatives').map((d) => d.id)).toEqual(
      samplePortfolio().initiatives.map((i) => i.id),
    )
  })

  it('refuses any name that is not a plain file name, writing nothing', async () => {
    for (const name of [
      '../escape',
      '/etc/passwd',
      'a/b',
      'a\\b',
      '..',
      '.hidden',
      '',
      '   ',
      'C:x',
      'nul',
      'x'.repeat(101),
    ]) {
      const error = expectError(
        await fx.t.api.invoke('import:portfolioNamed', { fileName: 's.json', contentBase64: text(), name }),
        'validation',
      )
      expect(error.issues?.[0]?.path).toEqual(['name'])
    }
    expect(existsSync(userData()) ? readdirSync(userData()).filter((f) => f.endsWith('.aiportfolio')) : []).toEqual([])
    expect(existsSync(join(fx.dir, 'escape.aiportfolio'))).toBe(false)
  })

  it('asks before replacing a file of that name, and never replaces the open one', async () => {
    const first = expectOk<Imported>(
      await fx.t.api.invoke('import:portfolioNamed', { fileName: 's.json', contentBase64: text(), name: 'Plan' }),
    )
    fx.t.session.open(fx.t.path)
    const again = expectError(
      await fx.t.api.invoke('import:portfolioNamed', { fileName: 's.json', contentBase64: text(), name: 'Plan' }),
      'conflict',
    )
    expect(again.message).toBe(`Cannot import into "${first.path}": a file with that name exists. Choose another name.`)
    expectOk(
      await fx.t.api.invoke('import:portfolioNamed', {
        fileName: 's.json',
        contentBase64: text(),
        name: 'Plan',
        replace: true,
      }),
    )
    expect(fx.t.session.current.path).toBe(first.path)
    expectError(
      await fx.t.api.invoke('import:portfolioNamed', {
        fileName: 's.json',
        contentBase64: text(),
        name: 'Plan',
        replace: true,
      }),
      'conflict',
    )
  })
})

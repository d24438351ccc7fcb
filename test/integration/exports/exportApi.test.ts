import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/api/createApi'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { readPortfolioJson } from '../../../shared/format'
import type { Portfolio } from '../../../shared/model'
import { expectError, expectOk } from '../../fixtures/db/api'
import { newSession, writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'

/** The export API over a real portfolio file (the sample: 11 initiatives, 4 scenarios). */
let dir: string
let cleanup: () => void
let api: Api
let file: string
let portfolio: Portfolio

beforeEach(async () => {
  ;({ dir, cleanup } = makeTempDir('gpp-export-api-'))
  file = await writePortfolioFile(join(dir, 'sample.aiportfolio'), samplePortfolio())
  const session = newSession(dir, samplePortfolio)
  session.open(file)
  api = createApi({ session })
  portfolio = session.current.portfolio
})
afterEach(() => cleanup())

type Written = { path: string; bytes: number }

describe('export:run', () => {
  it('writes a workbook with the baseline and the chosen scenarios, and reports its size', async () => {
    const chosen = portfolio.scenarios?.[1]
    const out = join(dir, 'book.xlsx')
    const r = expectOk<Written>(
      await api.invoke('export:run', { format: 'xlsx', scenarioIds: [chosen?.id], path: out }),
    )
    expect(r).toEqual({ path: out, bytes: statSync(out).size })
    const zip = await JSZip.loadAsync(readFileSync(out))
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? ''
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])
    expect(names).toContain('Baseline')
    expect(chosen?.name).toBe('Caching and routing to a small model')
    // The scenario's levers and projection, its long name cut at a word.
    expect(names.filter((n) => n?.startsWith('S'))).toEqual(['S1 levers', 'S1 Caching and routing to a…', 'Summary'])
    // Only the temporary-free result is left in the folder.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes JSON that reads back as the identical portfolio', async () => {
    const out = join(dir, 'copy.json')
    expectOk(await api.invoke('export:run', { format: 'json', path: out }))
    const back = readPortfolioJson(readFileSync(out, 'utf8'))
    expect(back.ok).toBe(true)
    if (back.ok) expect(back.value).toEqual(portfolio)
  })

  it('refuses an unknown scenario, naming it and the known ones, and writes nothing', async () => {
    const out = join(dir, 'x.csv')
    const e = expectError(
      await api.invoke('export:run', { format: 'csv', scenarioIds: ['nope'], path: out }),
      'not_found',
    )
    expect(e.message).toContain('Unknown scenario "nope"')
    expect(e.message).toContain(portfolio.scenarios?.[0]?.name ?? '?')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses a bad format, a relative path, a folder, a missing folder and the open portfolio file', async () => {
    const bad = expectError(await api.invoke('export:run', { format: 'docx', path: join(dir, 'a') }), 'validation')
    expect(bad.message).toContain('must be xlsx, pptx, csv or json')
    expect(
      expectError(await api.invoke('export:run', { format: 'csv', path: 'rel.csv' }), 'validation').message,
    ).toContain('absolute')
    expect(expectError(await api.invoke('export:run', { format: 'csv', path: dir }), 'validation').message).toContain(
      'it is a folder',
    )
    expect(
      expectError(await api.invoke('export:run', { format: 'csv', path: join(dir, 'no', 'x.csv') }), 'validation')
        .message,
    ).toContain('does not exist')
    const before = readFileSync(file)
    const self = expectError(await api.invoke('export:run', { format: 'json', path: file }), 'validation')
    expect(self.message).toContain('the portfolio being exported')
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a folder it may not write to', async () => {
    if (process.getuid?.() === 0) return // root writes anywhere; the rule cannot be observed
    const locked = join(dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    try {
      const e = expectError(
        await api.invoke('export:run', { format: 'csv', path: join(locked, 'x.csv') }),
        'validation',
      )
      expect(e.message).toContain('may not be written to')
    } finally {
      chmodSync(locked, 0o700)
    }
  })

  it('keeps an existing file whole when the export is refused', async () => {
    const out = join(dir, 'keep.csv')
    writeFileSync(out, 'old')
    expectError(await api.invoke('export:run', { format: 'csv', scenarioIds: ['nope'], path: out }), 'not_found')
    expect(readFileSync(out, 'utf8')).toBe('old')
  })
})

describe('export:build', () => {
  it('returns the file as base64 with a safe name and the MIME type', async () => {
    const r = expectOk<{ fileName: string; mimeType: string; base64: string; bytes: number }>(
      await api.invoke('export:build', { format: 'csv', scenarioIds: [] }),
    )
    expect(r.fileName).toMatch(/^Sample-Northwind-Group-generative-AI-portfolio-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(r.mimeType).toBe('text/csv')
    const text = Buffer.from(r.base64, 'base64').toString('utf8')
    expect(Buffer.byteLength(text)).toBe(r.bytes)
    // A byte-order mark first, for Excel.
    expect(text.startsWith('\ufeffscenario,initiative,month,driver,value,unpriced\r\n')).toBe(true)
    // The baseline alone: every record's scenario is Baseline.
    const scenarios = new Set(
      text
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    )
    expect([...scenarios]).toEqual(['Baseline'])
  })

  it('builds the same bytes as export:run writes (JSON, same date)', async () => {
    const out = join(dir, 'same.json')
    const built = expectOk<{ base64: string }>(await api.invoke('export:build', { format: 'json' }))
    expectOk(await api.invoke('export:run', { format: 'json', path: out }))
    expect(Buffer.from(built.base64, 'base64').equals(readFileSync(out))).toBe(true)
  })
})

describe('export:grid', () => {
  it('writes the rows as given, RFC 4180 quoted and neutralised, numbers as numbers', async () => {
    const out = join(dir, 'grid.csv')
    const r = expectOk<Written>(
      await api.invoke('export:grid', {
        path: out,
        columns: ['Name', 'Users', 'Note'],
        rows: [
          ['=cmd', -12.5, 'a, "b"\nc'],
          ['Plain', 3, null],
        ],
      }),
    )
    const text = readFileSync(out, 'utf8')
    expect(text).toBe('\ufeffName,Users,Note\r\n\'=cmd,-12.5,"a, ""b""\nc"\r\nPlain,3,\r\n')
    expect(r.bytes).toBe(Buffer.byteLength(text))
  })

  it('refuses rows of the wrong type with the field named', async () => {
    const e = expectError(
      await api.invoke('export:grid', { path: join(dir, 'g.csv'), columns: ['a'], rows: [[{ x: 1 }]] }),
      'validation',
    )
    expect(e.message).toContain('rows')
  })
})

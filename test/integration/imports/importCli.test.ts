import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/runCli'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { readPortfolioJson, serializePortfolio } from '../../../shared/format'
import type { Portfolio } from '../../../shared/model/portfolio'
import { writePortfolioFile } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { runCliProcess } from '../cli/runCliProcess'

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

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function readJsonPortfolio(path: string): Portfolio {
  const r = readPortfolioJson(readFileSync(path, 'utf8'))
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.value
}

function readSqlitePortfolio(path: string): Portfolio {
  const f = PortfolioFile.open(path)
  try {
    return f.portfolio
  } finally {
    f.close()
  }
}

describe('cli import', () => {
  it('appends CSV rows to a .aiportfolio file, with --map overrides', async () => {
    const into = await writePortfolioFile(join(dir, 'p.aiportfolio'))
    const csv = file('rows.csv', 'Title,Stage,Cost\nBot,Pilot,250\nDrafts,idea,0\n')
    const r = await run(['import', csv, '--into', into, '--map', 'Title=name', '--map', 'Cost=Platform / mo'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Imported 2 initiative(s)')
    const p = readSqlitePortfolio(into)
    expect(p.initiatives.map((i) => i.name)).toEqual([
      ...testPortfolio().initiatives.map((i) => i.name),
      'Bot',
      'Drafts',
    ])
    expect(p.initiatives[3]?.costs.platformPerMonth).toBe(250)
  })

  it('names the models the price book lacks; --model maps one, and rows without users are noted', async () => {
    const into = file('p.json', serializePortfolio(testPortfolio()))
    const before = hash(into)
    const csv = file('rows.csv', 'Initiative,Monthly users,Model\nBot,1200,Acme Jumbo\nDrafts,,acme small\n')
    const refused = await run(['import', csv, '--into', into])
    expect(refused.code).toBe(2)
    expect(refused.err).toContain(
      `Models the price book does not know: "Acme Jumbo"; map each with --model 'Name=model'.`,
    )
    expect(hash(into)).toBe(before)
    const r = await run(['import', csv, '--into', into, '--model', 'acme jumbo=Acme Large'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Note: Row 3: no users')
    const added = readJsonPortfolio(into).initiatives.slice(-2)
    expect(added.map((i) => [i.usage.targetUsers, i.usage.modelMix[0]?.modelId])).toEqual([
      [1200, 'acme-large'],
      [0, 'acme-small'],
    ])
    const bad = await run(['import', csv, '--into', into, '--model', 'Acme Jumbo=Nope'])
    expect(bad.err).toContain('"Nope" is not a model of the price book')
  })

  it('appends XLSX rows to a JSON portfolio document, written whole or not at all', async () => {
    const into = file('p.json', serializePortfolio(testPortfolio()))
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.addRow(['Name', 'Batch share'])
    ws.addRow(['Batch bot', 0.4])
    const xlsx = file('rows.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
    const r = await run(['import', xlsx, '--into', into])
    expect(r.code).toBe(0)
    const p = readJsonPortfolio(into)
    expect(p.initiatives.at(-1)?.usage.batchShare).toBe(0.4)
    expect(p.initiatives).toHaveLength(4)
  })

  it('exits 2 on a bad row, lists every issue and leaves the portfolio unchanged', async () => {
    const into = await writePortfolioFile(join(dir, 'p.aiportfolio'))
    const jsonInto = file('p.json', serializePortfolio(testPortfolio()))
    const before = [hash(into), hash(jsonInto)]
    const csv = file('bad.csv', 'Name,Cache hit rate,Stage\nA,10%,pilot\nB,1.5,later\n')
    for (const target of [into, jsonInto]) {
      const r = await run(['import', csv, '--into', target])
      expect(r.code).toBe(2)
      expect(r.err).toContain('Nothing was imported from "bad.csv": 2 problems to fix first.')
      expect(r.err).toContain('  - Row 3: Stage must be one of Idea, Pilot, Scaling, Mature, Sunset (found "later")')
      expect(r.err).toContain('  - Row 3: Cache hit rate must be between 0% and 100% (found "1.5")')
    }
    expect([hash(into), hash(jsonInto)]).toEqual(before)
    expect(existsSync(`${into}-wal`)).toBe(false)
  })

  it('creates a portfolio from a JSON document; refuses an existing one without --replace', async () => {
    const source = file('in.json', serializePortfolio(testPortfolio()))
    const into = join(dir, 'new.aiportfolio')
    expect((await run(['import', source, '--into', into])).code).toBe(0)
    expect(readSqlitePortfolio(into)).toEqual(testPortfolio())
    const again = await run(['import', source, '--into', into])
    expect(again.code).toBe(2)
    expect(again.err).toContain('a file with that name exists. Choose another name. Pass --replace to replace it.')
    expect((await run(['import', source, '--into', into, '--replace'])).code).toBe(0)
  })

  it('exits 2 with a clear message on usage errors and unreadable input', async () => {
    const into = await writePortfolioFile(join(dir, 'p.aiportfolio'))
    const csv = file('rows.csv', 'Name\nA\n')
    const cases: [string[], string][] = [
      [['import'], 'import: name one FILE to import'],
      [['import', csv], 'import: name one PORTFOLIO with --into'],
      [['import', 'x.pdf', '--into', into], 'an import reads .csv, .xlsx and .json files'],
      [['import', csv, '--into', join(dir, 'none.aiportfolio')], 'no such file'],
      [['import', join(dir, 'missing.csv'), '--into', into], 'no such file'],
      [['import', csv, '--into', into, '--map', 'Nope=name'], 'the file has no column "Nope"'],
      [['import', csv, '--into', into, '--map', 'Name=colour'], '"colour" is not a field an import can fill'],
      [['import', file('l.csv', Buffer.from('Name\nCafé\n', 'latin1')), '--into', into], 'is not UTF-8 text'],
    ]
    for (const [args, message] of cases) {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toContain(message)
    }
    expect(readSqlitePortfolio(into).initiatives).toHaveLength(3)
  })

  it('--dry-run reports and writes nothing', async () => {
    const into = await writePortfolioFile(join(dir, 'p.aiportfolio'))
    const before = hash(into)
    const r = await run(['import', file('rows.csv', 'Name\nA\nB\n'), '--into', into, '--dry-run'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Would import 2 initiative(s)')
    expect(hash(into)).toBe(before)
  })

  it('runs as `npm run -s cli -- import` in a real process', () => {
    const into = file('p.json', serializePortfolio(testPortfolio()))
    const bad = runCliProcess(['import', file('bad.csv', 'Owner\nAnn\n'), '--into', into])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('No column is mapped to Name')
    const good = runCliProcess(['import', file('good.csv', 'Name\nA\n'), '--into', into])
    expect(good.status).toBe(0)
    expect(readJsonPortfolio(into).initiatives).toHaveLength(4)
    // Two tsx start-ups on a shared, busy machine.
  })
})

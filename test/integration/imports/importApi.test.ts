import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '../../../shared/api/methods/imports'
import type { Initiative } from '../../../shared/model/initiative'
import { apiPerTest, expectError, expectOk } from '../../fixtures/db/api'
import { readDocuments } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { planSheetImport } from '../../../electron/imports/importPlan'
import { buildZip } from './zipFixture'

const fx = apiPerTest()

const b64 = (content: string | Buffer) => Buffer.from(content).toString('base64')
const csv = (fileName: string, content: string | Buffer) => ({ fileName, contentBase64: b64(content) })
const initiativeIds = () => readDocuments(fx.t.path, 'initiatives').map((r) => r.id)

/** The database file and its log, hashed: unchanged bytes mean nothing was written. */
function fileState(): string {
  const h = createHash('sha256')
  for (const p of [fx.t.path, `${fx.t.path}-wal`]) if (existsSync(p)) h.update(readFileSync(p))
  return h.digest('hex')
}

const GOOD =
  'Name,Owner,Stage,Cache hit rate,Model,Target users\nBot,Ann,Pilot,12%,Acme Small,500\nDrafts,Bo,scaling,0.2,acme-large,80\n'

describe('import:preview', () => {
  it('matches headers, reads every row and writes nothing', async () => {
    const before = fileState()
    const p = expectOk<ImportPreview>(await fx.t.api.invoke('import:preview', csv('plan.csv', GOOD)))
    expect(p.format).toBe('csv')
    expect(p.headers).toEqual(['Name', 'Owner', 'Stage', 'Cache hit rate', 'Model', 'Target users'])
    expect(p.mapping).toEqual([
      'name',
      'governance.owner',
      'governance.stage',
      'usage.cacheHitRate',
      'usage.modelMix',
      'usage.targetUsers',
    ])
    expect(p.counts).toEqual({ rows: 2, valid: 2, invalid: 0, issues: 0 })
    expect(p.rows.map((r) => r.name)).toEqual(['Bot', 'Drafts'])
    expect(fileState()).toBe(before)
  })

  it('reads the file from a path only for the command line, never through the API', async () => {
    const path = join(fx.dir, 'plan.csv')
    writeFileSync(path, GOOD)
    const planned = await planSheetImport({ fileName: 'plan.csv', path }, testPortfolio())
    expect(planned.ok && planned.plan.preview.counts.valid).toBe(2)
    const refused = expectError(await fx.t.api.invoke('import:preview', { fileName: 'plan.csv', path }), 'validation')
    expect(refused.message).toContain('contentBase64')
    expect(JSON.stringify(refused)).not.toContain('Drafts')
  })

  it('refuses params without content, or with a path beside it', async () => {
    expectError(await fx.t.api.invoke('import:preview', { fileName: 'a.csv' }), 'validation')
    const both = expectError(
      await fx.t.api.invoke('import:preview', { fileName: 'a.csv', contentBase64: '', path: '/x' }),
      'validation',
    )
    expect(both.message).toContain('path')
  })
})

describe('import:apply', () => {
  it('appends one initiative per row in one step, on disk when it returns', async () => {
    const r = expectOk<{ initiatives: Initiative[]; index: number }>(
      await fx.t.api.invoke('import:apply', csv('plan.csv', GOOD)),
    )
    expect(r.index).toBe(3)
    expect(r.initiatives.map((i) => i.name)).toEqual(['Bot', 'Drafts'])
    const stored = readDocuments(fx.t.path, 'initiatives')
    expect(stored.map((s) => s.position)).toEqual([0, 1, 2, 3, 4])
    const bot = stored[3]?.data as Initiative
    expect(bot.governance.stage).toBe('pilot')
    expect(bot.usage.cacheHitRate).toBe(0.12)
    expect(bot.usage.modelMix).toEqual([{ modelId: 'acme-small', share: 1 }])
    expect(bot.usage.targetUsers).toBe(500)
  })

  it('one bad row refuses the whole file: every issue named, the file byte for byte unchanged', async () => {
    const before = fileState()
    const ids = initiativeIds()
    const bad = `${GOOD}Third,Cy,idea,abc,Acme Small,1\n`
    const error = expectError(await fx.t.api.invoke('import:apply', csv('plan.csv', bad)), 'validation')
    expect(error.message).toMatch(/^Nothing was imported from "plan.csv": 1 problem to fix first\. /)
    expect(error.issues).toEqual([
      {
        path: ['rows', 4, 'usage.cacheHitRate'],
        field: 'usage.cacheHitRate',
        entity: 'Row 4',
        rule: 'must be a number (found "abc")',
        message: 'Row 4: Cache hit rate must be a number (found "abc")',
      },
    ])
    expect(initiativeIds()).toEqual(ids)
    expect(fileState()).toBe(before)
  })

  it('refuses a file without a Name column, naming what is missing', async () => {
    const error = expectError(
      await fx.t.api.invoke('import:apply', csv('x.csv', 'Owner,Stage\nAnn,pilot\n')),
      'validation',
    )
    expect(error.issues?.[0]?.message).toBe(
      'No column is mapped to Name, which every initiative needs. Add a "Name" column or map one to it.',
    )
  })

  it('undo removes the imported initiatives in one step and redo puts them back where they were', async () => {
    const original = readDocuments(fx.t.path, 'initiatives')
    const applied = expectOk<{ initiatives: Initiative[]; index: number }>(
      await fx.t.api.invoke('import:apply', csv('plan.csv', GOOD)),
    )
    const afterApply = readDocuments(fx.t.path, 'initiatives')
    const undone = expectOk<{ removed: number }>(
      await fx.t.api.invoke('import:undo', { ids: applied.initiatives.map((i) => i.id) }),
    )
    expect(undone.removed).toBe(2)
    expect(readDocuments(fx.t.path, 'initiatives')).toEqual(original)
    expectOk(await fx.t.api.invoke('import:redo', applied))
    expect(readDocuments(fx.t.path, 'initiatives')).toEqual(afterApply)
    expect(fx.t.session.current.portfolio.initiatives.map((i) => i.name).slice(3)).toEqual(['Bot', 'Drafts'])
  })

  it('undo refuses (changing nothing) when an imported initiative is already gone', async () => {
    const applied = expectOk<{ initiatives: Initiative[] }>(
      await fx.t.api.invoke('import:apply', csv('plan.csv', GOOD)),
    )
    const ids = applied.initiatives.map((i) => i.id)
    expectOk(await fx.t.api.invoke('initiative:delete', { id: ids[0] }))
    const before = initiativeIds()
    const error = expectError(await fx.t.api.invoke('import:undo', { ids }), 'not_found')
    expect(error.message).toContain(ids[0])
    expect(initiativeIds()).toEqual(before)
  })
})

describe('hostile and broken files', () => {
  it('refuses a CSV that is not UTF-8, naming the byte and the line', async () => {
    const latin1 = Buffer.from('Name,Owner\nCafé bot,Zoë\n', 'latin1')
    const error = expectError(await fx.t.api.invoke('import:preview', csv('latin.csv', latin1)), 'bad_file')
    expect(error.message).toBe(
      '"latin.csv" is not UTF-8 text: byte 0xE9 at line 2 is not valid UTF-8 (the file is probably in a Windows or Latin-1 encoding). Save it as "CSV UTF-8" and import it again.',
    )
  })

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text") and UTF-8 with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tOwner\r\nCafé bot\tZoë\r\n', 'utf16le')])
    const p = expectOk<ImportPreview>(await fx.t.api.invoke('import:preview', csv('u.txt', utf16)))
    expect(p.rows[0]?.values).toEqual(['Café bot', 'Zoë'])
    const bom = expectOk<ImportPreview>(await fx.t.api.invoke('import:preview', csv('b.csv', '\ufeffName\nA\n')))
    expect(bom.mapping).toEqual(['name'])
  })

  it('refuses 100,000 rows quickly with a clear message', async () => {
    const big = `Name,Target users\n${'Initiative,100\n'.repeat(100_000)}`
    const error = expectError(await fx.t.api.invoke('import:preview', csv('big.csv', big)), 'bad_file')
    expect(error.message).toBe(
      '"big.csv": The file has more than 5,000 data rows (a portfolio holds at most 5,000 initiatives). Split it into smaller files.',
    )
  })

  it('refuses a file over 10 MB from its size alone (a path, as the command line reads it)', async () => {
    const path = join(fx.dir, 'huge.csv')
    writeFileSync(path, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))
    const planned = await planSheetImport({ fileName: 'huge.csv', path }, testPortfolio())
    expect(planned.ok ? '' : planned.message).toBe(
      '"huge.csv" is larger than 10 MB (10,485,761 bytes), the most an import reads.',
    )
  })

  it('refuses other file types and a binary file named .csv', async () => {
    expect(expectError(await fx.t.api.invoke('import:preview', csv('old.xls', 'x')), 'bad_file').message).toMatch(
      /save it as \.xlsx/,
    )
    expect(
      expectError(await fx.t.api.invoke('import:preview', csv('bin.csv', Buffer.from([0x4e, 0, 1]))), 'bad_file')
        .message,
    ).toMatch(/is not a text file/)
  })

  it('ignores __proto__, constructor and prototype headers and pollutes nothing', async () => {
    const text = 'Name,__proto__,constructor,prototype\nA,"{""isAdmin"":true}",1,2\n'
    const r = expectOk<{ initiatives: Initiative[] }>(await fx.t.api.invoke('import:apply', csv('p.csv', text)))
    expect(r.initiatives[0]?.name).toBe('A')
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(Object.keys(r.initiatives[0] ?? {})).not.toContain('__proto__')
  })
})

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('XLSX', () => {
  it('reads numbers as numbers, percent cells as shares, dates, formulas by their result, rich text', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'not this one'
      const ws = wb.addWorksheet('Initiatives')
      ws.addRow(['Initiative', 'Cache hit rate', 'Review date', 'Target users', 'Owner', 'Launch month (index)'])
      ws.addRow([
        'Bot',
        0.125,
        new Date(Date.UTC(2026, 5, 30)),
        { formula: 'B2*8000', result: 1000 },
        { richText: [{ text: 'A' }, { text: 'nn' }] },
        4,
      ])
      ws.getCell('B2').numFmt = '0.0%'
    })
    const p = expectOk<ImportPreview>(
      await fx.t.api.invoke('import:preview', { fileName: 'w.xlsx', contentBase64: b64(bytes), sheet: 'Initiatives' }),
    )
    expect(p.sheets).toEqual(['Notes', 'Initiatives'])
    expect(p.sheet).toBe('Initiatives')
    const r = expectOk<{ initiatives: Initiative[] }>(
      await fx.t.api.invoke('import:apply', { fileName: 'w.xlsx', contentBase64: b64(bytes), sheet: 'Initiatives' }),
    )
    const bot = r.initiatives[0]
    expect(bot?.usage.cacheHitRate).toBe(0.125)
    expect(bot?.governance.reviewDate).toBe('2026-06-30')
    expect(bot?.usage.targetUsers).toBe(1000)
    expect(bot?.governance.owner).toBe('Ann')
    expect(bot?.usage.launchMonth).toBe(4)
  })

  it('round trip: the Assumptions sheet of the app’s XLSX export imports back to the same initiatives', async () => {
    const exported = expectOk<{ base64: string }>(await fx.t.api.invoke('export:build', { format: 'xlsx' }))
    const source = { fileName: 'export.xlsx', contentBase64: exported.base64, sheet: 'Assumptions' }
    const preview = expectOk<ImportPreview>(await fx.t.api.invoke('import:preview', source))
    // The header row sits below the settings; every column of the initiatives table is recognised.
    expect(preview.headers.slice(0, 5)).toEqual(['Initiative', 'Id', 'Owner', 'Stage', 'Value type'])
    expect(preview.mapping.every((f) => f !== null)).toBe(true)
    expect(preview.counts.rows).toBe(3)
    // Same ids as the portfolio's own: refused until the Id column is left out.
    expect(preview.issues[0]?.message).toBe(
      'Row ' +
        String(preview.rows[0]?.row) +
        ': Id must be unique ("support" is already an initiative of the portfolio)',
    )
    const mapping = preview.mapping.map((f) => (f === 'id' ? null : f))
    const r = expectOk<{ initiatives: Initiative[] }>(await fx.t.api.invoke('import:apply', { ...source, mapping }))
    const originals = fx.t.session.current.portfolio.initiatives.slice(0, 3)
    // The model mix is a separate table of the sheet (the rows take the price book's first model) and the
    // sheet has no time-horizon column (the rows keep the default, 12 months); every other field comes back.
    const comparable = (i: Initiative) => ({
      ...i,
      id: '',
      usage: { ...i.usage, modelMix: [] },
      governance: { ...i.governance, timeHorizonMonths: 0 },
    })
    expect(r.initiatives.map(comparable)).toEqual(originals.map(comparable))
    expect(r.initiatives.map((i) => i.governance.timeHorizonMonths)).toEqual([12, 12, 12])
  })

  it('refuses wrong types in XLSX cells row by row, writing nothing; __proto__ headers are ignored', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Data')
      ws.addRow(['Name', 'Target users', 'Stage', '__proto__', 'Review date'])
      ws.addRow(['Good', 10, 'pilot', 'x', new Date(Date.UTC(2026, 0, 31))])
      ws.addRow(['Bad', true, 42, 'y', 'soon'])
    })
    const before = fileState()
    const error = expectError(
      await fx.t.api.invoke('import:apply', { fileName: 'w.xlsx', contentBase64: b64(bytes) }),
      'validation',
    )
    expect(error.issues?.map((i) => i.message)).toEqual([
      'Row 3: Target users must be a number (found "TRUE")',
      'Row 3: Stage must be one of Idea, Pilot, Scaling, Mature, Sunset (found "42")',
      'Row 3: Review date must be a date written YYYY-MM-DD (found "soon")',
    ])
    expect(fileState()).toBe(before)
    const p = expectOk<ImportPreview>(
      await fx.t.api.invoke('import:preview', { fileName: 'w.xlsx', contentBase64: b64(bytes) }),
    )
    expect(p.mapping).toEqual(['name', 'usage.targetUsers', 'governance.stage', null, 'governance.reviewDate'])
    expect(p.counts).toEqual({ rows: 2, valid: 1, invalid: 1, issues: 3 })
  })

  it('names the sheets when the one asked for is missing', async () => {
    const bytes = await workbook((wb) => (wb.addWorksheet('Data').getCell('A1').value = 'Name'))
    const error = expectError(
      await fx.t.api.invoke('import:preview', { fileName: 'w.xlsx', contentBase64: b64(bytes), sheet: 'Nope' }),
      'bad_file',
    )
    expect(error.message).toBe('"w.xlsx" has no sheet named "Nope" (it has "Data").')
  })

  it('refuses a zip bomb whose entry declares a small size but inflates to 60 MB, without inflating it all', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(60 * 1024 * 1024, 0x20), declaredSize: 1000 },
    ])
    expect(bomb.length).toBeLessThan(100_000)
    const error = expectError(
      await fx.t.api.invoke('import:preview', { fileName: 'bomb.xlsx', contentBase64: b64(bomb) }),
      'bad_file',
    )
    expect(error.message).toBe(
      '"bomb.xlsx" cannot be imported: its part "xl/worksheets/sheet1.xml" inflates to more than the 1,000 bytes it declares, or is damaged (a zip bomb is refused this way).',
    )
  })

  it('refuses a workbook declaring more than 50 MB uncompressed, and one with too many parts', async () => {
    const big = buildZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(51 * 1024 * 1024, 0x20) }])
    expect(
      expectError(
        await fx.t.api.invoke('import:preview', { fileName: 'big.xlsx', contentBase64: b64(big) }),
        'bad_file',
      ).message,
    ).toBe('"big.xlsx" cannot be imported: it would inflate to more than 50 MB (the most an import reads).')
    const many = buildZip(
      Array.from({ length: 2001 }, (_, i) => ({ name: `x/${i}`, content: Buffer.alloc(0), stored: true })),
    )
    expect(
      expectError(
        await fx.t.api.invoke('import:preview', { fileName: 'many.xlsx', contentBase64: b64(many) }),
        'bad_file',
      ).message,
    ).toBe('"many.xlsx" cannot be imported: it holds 2001 parts; a workbook an import reads holds at most 2000.')
  })

  it('refuses a workbook whose sheets hold more than 100,000 rows before exceljs parses them', async () => {
    const rows = '<row r="1"><c/></row>'.repeat(100_001)
    const zip = buildZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        content: Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
      },
    ])
    const error = expectError(
      await fx.t.api.invoke('import:preview', { fileName: 'rows.xlsx', contentBase64: b64(zip) }),
      'bad_file',
    )
    expect(error.message).toBe(
      '"rows.xlsx" cannot be imported: its sheets hold more than 100,000 rows in all. Copy the initiatives to a workbook of their own, or save the sheet as CSV.',
    )
  })

  it('refuses a file that is not a zip at all', async () => {
    const error = expectError(
      await fx.t.api.invoke('import:preview', { fileName: 'fake.xlsx', contentBase64: b64('Name\nA\n') }),
      'bad_file',
    )
    expect(error.message).toMatch(/it is not an XLSX workbook/)
  })
})

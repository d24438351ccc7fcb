/**
 * The export dialog's runner against the real API handlers and a real portfolio file: the desktop
 * path (save dialog, then the main side writes the file) and the browser path (the server builds
 * the bytes, the page downloads them). Only the native dialog and the browser download are stand-ins.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../../../../electron/api/createApi'
import { PortfolioSession } from '../../../../electron/db/session'
import type { Api } from '../../../../renderer/src/api'
import type { FormatContext } from '../../../../renderer/src/features/costGrid/fieldKinds'
import { buildRows } from '../../../../renderer/src/features/costGrid/rows'
import { runExport, runGridExport, type ExportDeps } from '../../../../renderer/src/features/exportImport/exportRunner'
import { ALL_GRID_COLUMNS, gridTable } from '../../../../renderer/src/features/exportImport/gridTable'
import type { DesktopFiles, SavePathRequest } from '../../../../shared/api/bridge'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../../shared/engine'
import { parseCsv } from './parseCsv'

let dir: string
let session: PortfolioSession
let client: Api
const downloads: { blob: Blob; fileName: string }[] = []
const asked: SavePathRequest[] = []

function desktop(answer: string | null): DesktopFiles {
  return {
    chooseSavePath: (request) => {
      asked.push(request)
      return Promise.resolve(answer)
    },
    chooseOpenFile: () => Promise.resolve({ ok: true, data: null }),
    revealPath: () => Promise.resolve(true),
  }
}
const browser = (): ExportDeps => ({
  client,
  files: null,
  download: (blob, fileName) => downloads.push({ blob, fileName }),
})

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-export-runner-'))
  session = new PortfolioSession({ userDataDir: dir, samplePortfolio })
  await session.openDefault()
  const server = createApi({ session })
  client = {
    invoke: ((method: string, params: unknown) => server.invoke(method, params)) as Api['invoke'],
    on: () => () => undefined,
  }
  downloads.length = 0
  asked.length = 0
})
afterEach(() => {
  session.close()
  rmSync(dir, { recursive: true, force: true })
})

const sample = samplePortfolio()
const engine = computePortfolio(sample)

describe('an export from the desktop app', () => {
  it('asks where to save, writes the file there and reports the path to reveal', async () => {
    const path = join(dir, 'Sample.json')
    const outcome = await runExport(
      { client, files: desktop(path), download: () => undefined },
      'json',
      undefined,
      'Sample',
    )
    expect(asked).toEqual([{ title: 'Export', defaultName: 'Sample.json', kind: 'json' }])
    expect(outcome).toEqual({ kind: 'saved', path, bytes: readFileSync(path).length })
    expect(
      (JSON.parse(readFileSync(path, 'utf8')) as { portfolio: { initiatives: unknown[] } }).portfolio.initiatives,
    ).toHaveLength(sample.initiatives.length)
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const outcome = await runExport({ client, files: desktop(null), download: () => undefined }, 'csv', [], 'Sample')
    expect(outcome).toEqual({ kind: 'cancelled' })
  })

  it('reports the API’s refusal (an unknown scenario) and writes nothing', async () => {
    const path = join(dir, 'x.xlsx')
    const outcome = await runExport(
      { client, files: desktop(path), download: () => undefined },
      'xlsx',
      ['no-such-scenario'],
      'S',
    )
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringContaining('no-such-scenario') })
    expect(existsSync(path)).toBe(false)
  })

  it('saves the grid through the main side with the same bytes as the browser download', async () => {
    const ctx: FormatContext = {
      currency: 'USD',
      startMonth: sample.settings.startMonth,
      modelNames: new Map(sample.priceBook.map((m) => [m.id, m.name])),
    }
    const table = gridTable(buildRows(sample.initiatives, engine), ALL_GRID_COLUMNS, ctx)
    const path = join(dir, 'grid.csv')
    const saved = await runGridExport({ client, files: desktop(path), download: () => undefined }, table, 'grid.csv')
    expect(saved).toMatchObject({ kind: 'saved', path })
    await runGridExport(browser(), table, 'grid.csv')
    // Bytes, not text: Blob.text() drops the byte-order mark the file starts with.
    const downloaded = await downloads[0]?.blob.arrayBuffer()
    expect(downloaded).toBeDefined()
    expect(readFileSync(path).equals(Buffer.from(downloaded ?? new ArrayBuffer(0)))).toBe(true)
  })
})

describe('an export in browser mode', () => {
  it('downloads the projection CSV the server built; its figures are the engine’s', async () => {
    const outcome = await runExport(browser(), 'csv', [], 'Sample')
    expect(outcome).toMatchObject({ kind: 'downloaded', fileName: expect.stringMatching(/\.csv$/) })
    const [file] = downloads
    expect(file?.blob.type).toBe('text/csv')
    const records = parseCsv(await (file as { blob: Blob }).blob.text())
    expect(records[0]).toEqual(['scenario', 'initiative', 'month', 'driver', 'value', 'unpriced'])
    // The baseline only: the support assistant's total cost summed over the months is its horizon cost.
    const lines = records.filter((r) => r[1] === 'Support deflection assistant' && r[3] === 'Total cost')
    expect(lines).toHaveLength(sample.settings.horizonMonths)
    const sum = lines.reduce((s, r) => s + Number(r[4]), 0)
    const expected = engine.byId.get('support-deflection')?.totals.cost ?? Number.NaN
    expect(Math.abs(sum - expected) / expected).toBeLessThan(1e-9)
    expect(new Set(records.slice(1).map((r) => r[0])).size).toBe(1)
  })

  it('downloads an XLSX workbook (a zip) with the scenarios asked for', async () => {
    const ids = (sample.scenarios ?? []).slice(0, 1).map((s) => s.id)
    const outcome = await runExport(browser(), 'xlsx', ids, 'Sample')
    expect(outcome).toMatchObject({ kind: 'downloaded', fileName: expect.stringMatching(/\.xlsx$/) })
    const bytes = new Uint8Array(await (downloads[0] as { blob: Blob }).blob.arrayBuffer())
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    expect(outcome.kind === 'downloaded' && outcome.bytes).toBe(bytes.length)
  })
})

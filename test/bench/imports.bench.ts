import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApi, type Api } from '../../electron/api/createApi'
import type { PortfolioSession } from '../../electron/db/session'
import { parseCsv } from '../../shared/imports/csv'
import { planImport } from '../../shared/imports/preview'
import { toTable } from '../../shared/imports/table'
import { newSession, writePortfolioFile } from '../fixtures/db/files'
import { testPortfolio } from '../fixtures/db/portfolio'
import type { BenchSuite } from './harness'

/** 4,997 rows: with the test portfolio's 3 initiatives, the most a portfolio holds. */
const ROWS = 4997
const csv = `Name,Owner,Stage,Cache hit rate,Model,Target users,Launch,Hypothesis\n${Array.from(
  { length: ROWS },
  (_, i) => `Initiative ${i},Owner ${i},pilot,12%,Acme Small,${i},2026-0${(i % 9) + 1},"Saves time, ${i}"`,
).join('\n')}\n`
const contentBase64 = Buffer.from(csv).toString('base64')

let dir = ''
let session: PortfolioSession | undefined
let api: Api | undefined

async function openFile(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'gpp-bench-import-'))
  const path = await writePortfolioFile(join(dir, 'bench.aiportfolio'))
  session = newSession(dir)
  session.open(path)
  api = createApi({ session })
}

function closeFile(): void {
  session?.close()
  rmSync(dir, { recursive: true, force: true })
}

export const suites: BenchSuite[] = [
  {
    name: 'imports: parse and check a 5,000-row CSV (the preview)',
    targetMs: 1500,
    samples: 10,
    warmup: 2,
    run: () => {
      const parsed = parseCsv(csv)
      if (!parsed.ok) throw new Error(parsed.message)
      const table = toTable(parsed.rows)
      if (!table.ok) throw new Error(table.message)
      const p = testPortfolio()
      let n = 0
      const plan = planImport(table.table, { format: 'csv', sheets: [], sheet: null }, undefined, {
        startMonth: p.settings.startMonth,
        horizonMonths: p.settings.horizonMonths,
        priceBook: p.priceBook,
        existingIds: new Set(p.initiatives.map((i) => i.id)),
        existingCount: p.initiatives.length,
        newId: () => `bench-${++n}`,
      })
      if (plan.initiatives.length !== ROWS) throw new Error(`planned ${plan.initiatives.length} of ${ROWS}`)
    },
  },
  {
    name: 'imports: apply 5,000 rows to a SQLite portfolio in one transaction, then undo it',
    targetMs: 5000,
    samples: 5,
    warmup: 1,
    setup: openFile,
    teardown: closeFile,
    run: async () => {
      if (!api) throw new RangeError('setup did not run')
      const applied = await api.invoke('import:apply', { fileName: 'bench.csv', contentBase64 })
      if (!applied.ok) throw new Error(applied.error.message)
      const ids = (applied.data as { initiatives: { id: string }[] }).initiatives.map((i) => i.id)
      const undone = await api.invoke('import:undo', { ids })
      if (!undone.ok) throw new Error(undone.error.message)
    },
  },
]

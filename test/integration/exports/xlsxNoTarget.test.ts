import JSZip from 'jszip'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compilePortfolio, evaluate } from '../../../shared/engine'
import { columnName } from '../../../shared/exports/cellRef'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { scenarioSheetNames, writeWorkbook } from '../../../electron/exports/xlsx'
import { projectionColumns } from '../../../electron/exports/xlsx/layout'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import type { Portfolio } from '../../../shared/model'
import { fixturePortfolio } from './portfolioFixture'
import { convert, makeProfile } from './libreOffice'
import { readStoredValues, type StoredValue } from './xlsxValues'

/**
 * An initiative with users at launch and no target (0) keeps its users at launch in the engine.
 * The workbook states the target the engine uses; a reader who sets a target cell to 0 in Calc
 * gets the app's rule too. LibreOffice recalculates both workbooks.
 */
const dir = mkdtempSync(join(tmpdir(), 'gpp-xlsx-notarget-'))
const base = fixturePortfolio()
const first = base.initiatives[0]
if (!first) throw new Error('the fixture has initiatives')
const portfolio: Portfolio = {
  ...base,
  initiatives: [
    {
      ...first,
      id: 'flat',
      name: 'Flat users',
      usage: { ...first.usage, usersAtLaunch: 1200, targetUsers: 0, rampMonths: 0 },
    },
    { ...first, id: 'ramped', name: 'Ramp, no target', usage: { ...first.usage, usersAtLaunch: 300, targetUsers: 0 } },
  ],
}
const compiled = compilePortfolio(portfolio)
const result = evaluate(compiled)
const sheets = new Map<string, Map<string, StoredValue> | undefined>()
const projectionSheet = scenarioSheetNames([{ name: 'Baseline', levers: [] }])[0]?.projection ?? ''
const { monthCol } = projectionColumns(portfolio.settings.startMonth, result.months)

/** The reader's edit: the 'flat' initiative's Target users cell (1,200 as written) set to 0 in the XML. */
async function zeroTarget(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(from))
  const column = columnName(6 + INPUT_FIELDS.findIndex((f) => f.key === 'targetUsers'))
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? ''
    const cell = new RegExp(`(<c r="${column}\\d+"[^>]*><v>)1200(</v>)`)
    if (cell.test(xml)) {
      zip.file(name, xml.replace(cell, '$10$2'))
      writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer' }))
      return
    }
  }
  throw new Error('target users cell not found')
}

beforeAll(async () => {
  await writeAtomically(join(dir, 'book.xlsx'), (out) =>
    writeWorkbook(
      { portfolio, scenarios: [{ name: 'Baseline', levers: [], compiled, result }], exportedOn: '2026-11-28' },
      out,
    ),
  )
  await zeroTarget(join(dir, 'book.xlsx'), join(dir, 'edited.xlsx'))
  const files = ['book.xlsx', 'edited.xlsx']
  await convert(
    makeProfile(join(dir, 'profile')),
    files.map((f) => join(dir, f)),
    'xlsx:Calc MS Excel 2007 XML',
    join(dir, 'out'),
  )
  for (const f of files) {
    const values = await readStoredValues(join(dir, 'out', f))
    sheets.set(f, values.get(projectionSheet))
  }
}, 180_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the workbook’s users when no target is set (LibreOffice recalculates)', () => {
  for (const [file, id] of [
    ['book.xlsx', 'flat'],
    ['book.xlsx', 'ramped'],
    ['edited.xlsx', 'flat'],
  ] as const) {
    it(`${file}, ${id}: every month's active users are the engine's (the users at launch from launch)`, () => {
      const sheet = sheets.get(file)
      expect(sheet).toBeDefined()
      const cells = sheet ?? new Map<string, StoredValue>()
      let row = 0
      for (let r = 4; r < 1000 && row === 0; r++)
        if (cells.get(`B${r}`) === id && cells.get(`C${r}`) === 'Active users') row = r
      expect(row).toBeGreaterThan(0)
      const users = result.byId.get(id)?.series.users ?? new Float64Array()
      const launch = portfolio.initiatives.find((i) => i.id === id)?.usage
      for (let t = 0; t < result.months; t++) {
        const got = cells.get(`${columnName(monthCol + t)}${row}`)
        expect(typeof got === 'number' ? got : Number.NaN).toBeCloseTo(users[t] ?? Number.NaN, 6)
        // Launch at month 2, 25% user growth a year after the (flat) ramp.
        if (t >= 2 && launch) expect(users[t]).toBeGreaterThanOrEqual(launch.usersAtLaunch)
      }
    })
  }
})

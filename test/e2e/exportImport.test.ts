/**
 * File → Export and File → Import in browser mode, against the real server, a real portfolio
 * file and Chromium: the dialog's downloads are read back and checked against the engine; an
 * import with a bad row is previewed and refused, then applied once the mapping leaves the bad
 * column out, undone in one step, redone, and still there after a reload.
 */
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { computePortfolio } from '../../shared/engine'
import type { Portfolio } from '../../shared/model'
import { parseCsv } from '../unit/renderer/exportImport/parseCsv'
import { waitForGrid } from './grid'
import { appPerTest, type RunningApp } from './harness'

const sample = samplePortfolio()
const engine = computePortfolio(sample)
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

async function openDialog(page: Page, name: 'Export' | 'Import') {
  await page.getByRole('button', { name: `${name}…` }).click()
  const dialog = page.getByRole('dialog', { name })
  await dialog.waitFor()
  return dialog
}

const initiativeCount = async (page: Page) =>
  Number.parseInt(await page.locator('.gpp-grid-toolbar__count').innerText(), 10)

describe('exporting from the app (browser mode)', () => {
  const app = appPerTest({}, waitForGrid)

  it('downloads the monthly projection as CSV; its figures are the engine’s', async () => {
    const dialog = await openDialog(app.page, 'Export')
    await dialog.getByLabel('Monthly projection (.csv)').check()
    await dialog.getByRole('button', { name: 'Baseline only' }).click()
    const { name, bytes } = await download(app.page, () => dialog.getByRole('button', { name: 'Export' }).click())
    expect(name).toMatch(/\.csv$/)
    const records = parseCsv(bytes.toString('utf8'))
    expect(records[0]).toEqual(['scenario', 'initiative', 'month', 'driver', 'value', 'unpriced'])
    expect(new Set(records.slice(1).map((r) => r[0]))).toEqual(new Set(['Baseline']))
    // Summed over the horizon, an initiative's monthly total cost is its horizon cost.
    const lines = records.filter((r) => r[1] === 'Sales email drafting' && r[3] === 'Total cost')
    expect(lines).toHaveLength(sample.settings.horizonMonths)
    const expected = engine.byId.get('sales-email')?.totals.cost ?? Number.NaN
    expect(
      relative(
        lines.reduce((s, r) => s + Number(r[4]), 0),
        expected,
      ),
    ).toBeLessThan(1e-9)
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain(`Downloaded ${name}`)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('downloads the XLSX workbook with a projection sheet for each scenario chosen', async () => {
    const dialog = await openDialog(app.page, 'Export')
    await dialog.getByLabel('Excel workbook (.xlsx)').check()
    await dialog.getByRole('button', { name: 'Baseline only' }).click()
    const first = (sample.scenarios ?? [])[0]
    if (!first) throw new Error('the sample has scenarios')
    await dialog.getByLabel(first.name).check()
    const { name, bytes } = await download(app.page, () => dialog.getByRole('button', { name: 'Export' }).click())
    expect(name).toMatch(/\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheets = book.worksheets.map((w) => w.name)
    expect(sheets).toContain('Assumptions')
    expect(sheets).toContain('Summary')
    expect(sheets.some((s) => s.includes('Baseline'))).toBe(true)
    expect(sheets.some((s) => s.includes(first.name.slice(0, 12)))).toBe(true)
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('the cost grid’s Export CSV saves the grid as shown: filtered rows, engine figures', async () => {
    await app.page.getByLabel('Filter initiatives').fill('Sales email')
    const { bytes } = await download(app.page, () => app.page.getByRole('button', { name: 'Export CSV' }).click())
    const [header, ...rows] = parseCsv(bytes.toString('utf8'))
    expect(rows).toHaveLength(1)
    const at = (title: string) => header?.indexOf(title) ?? -1
    expect(rows[0]?.[at('Initiative')]).toBe('Sales email drafting')
    expect(Number(rows[0]?.[at('Horizon cost')])).toBe(engine.byId.get('sales-email')?.totals.cost)
    await app.page.getByLabel('Filter initiatives').fill('')
    expect(app.errors).toEqual([])
  })
})

const GOOD_AND_BAD = [
  'Name,Owner,Stage,Target users,Queries / user / mo,Cache hit rate',
  'Imported triage bot,Ana Ruiz,Pilot,400,30,25%',
  'Imported contract reader,Ben Okafor,Idea,150,12,140%',
  '',
].join('\r\n')

async function fileInitiatives(app: RunningApp): Promise<Portfolio['initiatives']> {
  const r = await app.call('portfolio:get', {})
  if (!r.ok) throw new Error(r.error.message)
  return r.data.portfolio.initiatives
}

describe('importing initiatives (browser mode)', () => {
  const app = appPerTest({}, waitForGrid)

  /** The import dialog with GOOD_AND_BAD chosen, its columns matched, at the rows' preview. */
  async function previewGoodAndBad(): Promise<Locator> {
    const dialog = await openDialog(app.page, 'Import')
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'initiatives.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_AND_BAD, 'utf8'),
    })
    // Headers matched automatically, each shown with the field it fills.
    const mapping = dialog.getByRole('table', { name: 'Column mapping' })
    await mapping.waitFor()
    await expect(dialog.getByLabel('Field for column Cache hit rate').inputValue()).resolves.toBe('usage.cacheHitRate')
    await expect(dialog.getByLabel('Field for column Name').inputValue()).resolves.toBe('name')
    await dialog.getByRole('button', { name: 'Preview rows' }).click()
    return dialog
  }

  it('previews a file with a bad row: the row and field are named and the import is blocked', async () => {
    const dialog = await previewGoodAndBad()

    const bad = dialog.locator('tr[data-row="3"]')
    await expect(bad.getAttribute('aria-invalid')).resolves.toBe('true')
    const cell = bad.locator('td.xio-cell--bad[data-field="usage.cacheHitRate"]')
    await expect(cell.innerText()).resolves.toBe('140%')
    await expect(bad.locator('.xio-problems').innerText()).resolves.toMatch(/^Cache hit rate must be between/)
    await expect(dialog.locator('tr[data-row="2"]').getAttribute('aria-invalid')).resolves.toBe('false')
    await expect(dialog.getByRole('button', { name: /^Import \d+ initiatives?$/ }).isDisabled()).resolves.toBe(true)
    await expect(dialog.getByTestId('import-blocker').innerText()).resolves.toContain('Nothing is imported')
    expect((await fileInitiatives(app)).length).toBe(sample.initiatives.length)
  })

  it('with the bad column ignored, imports both rows as one undoable step that survives a reload', async () => {
    const dialog = await previewGoodAndBad()
    await dialog.locator('tr[data-row="3"]').waitFor()
    await dialog.getByRole('button', { name: 'Back' }).click()
    await dialog.getByLabel('Field for column Cache hit rate').selectOption('')
    await dialog.getByRole('button', { name: 'Preview rows' }).click()
    await expect.poll(() => dialog.getByTestId('import-counts').innerText()).toMatch(/2 rows read: 2 ready/)
    await dialog.getByRole('button', { name: 'Import 2 initiatives' }).click()
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Imported 2 initiatives')
    await dialog.getByRole('button', { name: 'Close' }).click()

    const n = sample.initiatives.length
    await expect.poll(() => initiativeCount(app.page)).toBe(n + 2)
    await expect(
      app.page.locator('.ag-row', { hasText: 'Imported contract reader' }).first().isVisible(),
    ).resolves.toBe(true)
    const names = (await fileInitiatives(app)).map((i) => i.name)
    expect(names.slice(n)).toEqual(['Imported triage bot', 'Imported contract reader'])

    // One undo removes both, in the grid and in the file.
    await app.page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(() => initiativeCount(app.page)).toBe(n)
    expect((await fileInitiatives(app)).length).toBe(n)

    // Redo puts them back; a reload reads them from the file.
    await app.page.getByRole('button', { name: 'Redo', exact: true }).click()
    await expect.poll(() => initiativeCount(app.page)).toBe(n + 2)
    await app.page.reload()
    await waitForGrid(app.page)
    await expect.poll(() => initiativeCount(app.page)).toBe(n + 2)
    expect(app.errors).toEqual([])
  })
})

describe('a portfolio exported as JSON and imported again (browser mode)', () => {
  const app = appPerTest({}, waitForGrid)

  it('opens as a new portfolio file holding the same portfolio; an existing file is not replaced unasked', async () => {
    const before = await app.call('portfolio:get', {})
    if (!before.ok) throw new Error(before.error.message)
    const exportDialog = await openDialog(app.page, 'Export')
    await exportDialog.getByLabel('Portfolio (.json)').check()
    const json = await download(app.page, () => exportDialog.getByRole('button', { name: 'Export' }).click())
    await exportDialog.getByRole('button', { name: 'Close' }).click()

    const dialog = await openDialog(app.page, 'Import')
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'Board copy.json',
      mimeType: 'application/json',
      buffer: json.bytes,
    })
    // Browser mode takes no path: a name, kept in the user-data folder beside the default portfolio.
    const target = dialog.getByLabel('New portfolio name')
    const expectedPath = before.data.path.replace(/Portfolio\.aiportfolio$/, 'Board copy.aiportfolio')
    await expect(target.inputValue()).resolves.toBe('Board copy')
    await dialog.getByRole('button', { name: 'Open as new portfolio' }).click()
    // The status reads 'Reading…' until the server has written and opened the new file.
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Opened Board copy.json')
    await dialog.getByRole('button', { name: 'Close' }).click()

    await expect.poll(() => app.page.locator('.header__path').innerText()).toBe(expectedPath)
    const after = await app.call('portfolio:get', {})
    if (!after.ok) throw new Error(after.error.message)
    expect(after.data.path).toBe(expectedPath)
    expect(after.data.portfolio).toEqual(before.data.portfolio)
    await expect.poll(() => initiativeCount(app.page)).toBe(sample.initiatives.length)

    // Importing it again to the same name asks before replacing the file.
    const again = await openDialog(app.page, 'Import')
    await again.getByLabel('File to import').setInputFiles({
      name: 'Board copy.json',
      mimeType: 'application/json',
      buffer: json.bytes,
    })
    await again.getByLabel('New portfolio name').fill('Portfolio')
    await again.getByRole('button', { name: 'Open as new portfolio' }).click()
    await expect.poll(() => again.getByRole('alert').innerText()).toContain('a file with that name exists')
    await expect(again.getByRole('button', { name: 'Replace that file' }).isVisible()).resolves.toBe(true)
    // A name with a folder in it is refused as typed, and cannot be sent.
    await again.getByLabel('New portfolio name').fill('../Portfolio')
    await expect
      .poll(() => again.getByText(/^The name must/).innerText())
      .toBe('The name must hold no / \\ : * ? " < > | or control characters.')
    await expect(again.getByRole('button', { name: 'Open as new portfolio' }).isDisabled()).resolves.toBe(true)
    const still = await app.call('portfolio:get', {})
    expect(still.ok && still.data.path).toBe(expectedPath)
    await again.getByRole('button', { name: 'Cancel' }).click()
    expect(app.errors).toEqual([])
  })
})

/**
 * The open page while other programs save to its file: a second connection (as a second app or server
 * has) renames an initiative and changes a cell the person just edited, and `cli import` (a real
 * process) adds rows. The page shows all of it without a reload, and refuses the undo that would
 * overwrite the other program's value.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../electron/api/createApi'
import { PortfolioSession } from '../../electron/db/session'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import type { Initiative } from '../../shared/model'
import { ROOT } from '../integration/cli/runCliProcess'
import { cell, expectCellText, rowIds, typeInto, waitForGrid } from './grid'
import { appPerTest } from './harness'

const SHOTS = '/tmp/shots'

/** `npm run -s cli -- import FILE --into PORTFOLIO` as its own process, without blocking the server. */
function cliImport(file: string, into: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'electron/cli/index.ts', 'import', file, '--into', into], { cwd: ROOT })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

describe('changes saved by another program', () => {
  const app = appPerTest({}, waitForGrid)
  // A second connection to the test's file, as a second app window or server has.
  let other: PortfolioSession | null = null
  let otherApi: Api
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true })
  })
  beforeEach(() => {
    other = new PortfolioSession({ userDataDir: join(app.server.portfolioPath, '..', 'other'), samplePortfolio })
    other.open(app.server.portfolioPath)
    otherApi = createApi({ session: other })
  })
  afterEach(() => {
    other?.close()
    other = null
  })

  it('appear in the open grid without a reload', async () => {
    const page = app.page
    await page.evaluate(() => ((window as unknown as { notReloaded?: boolean }).notReloaded = true))
    const renamed = await otherApi.invoke('initiative:edit', {
      edits: [{ id: 'hr-policy', field: 'name', value: 'HR policy assistant (renamed elsewhere)' }],
    })
    expect(renamed.ok).toBe(true)
    await expectCellText(page, 'hr-policy', 'name', 'HR policy assistant (renamed elsewhere)')

    const csv = join(app.server.portfolioPath, '..', 'rows.csv')
    writeFileSync(csv, 'Name,Owner,Stage\nImported by the command line,Ann,pilot\n')
    const cli = await cliImport(csv, app.server.portfolioPath)
    expect(cli.stderr).toBe('')
    expect(cli.code).toBe(0)
    const imported = await lastId()
    await page.waitForFunction((id) => document.querySelector(`.ag-row[row-id="${id}"]`) !== null, imported)
    expect(await rowIds(page)).toContain(imported)
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    expect(app.errors).toEqual([])
  })

  it('an undo that would overwrite a value saved elsewhere is refused with a message', async () => {
    const page = app.page
    await typeInto(page, 'hr-policy', 'usage.inputTokensPerQuery', '6,000')
    await expectCellText(page, 'hr-policy', 'usage.inputTokensPerQuery', '6,000')
    const edited = await otherApi.invoke('initiative:edit', {
      edits: [{ id: 'hr-policy', field: 'usage.inputTokensPerQuery', value: 7000 }],
    })
    expect(edited.ok).toBe(true)
    await expectCellText(page, 'hr-policy', 'usage.inputTokensPerQuery', '7,000')
    await page.locator('.ag-row[row-id="hr-policy"] .ag-cell[col-id="name"]').click()
    await page.keyboard.press('ControlOrMeta+Z')
    const notice = page.getByRole('alert')
    await notice.waitFor()
    const name = (await stored('hr-policy')).name
    expect(await notice.innerText()).toContain(
      `Could not undo “Edit”: Input tokens / query of initiative “${name}” was changed in another window or program since.`,
    )
    await page.screenshot({ path: `${SHOTS}/otherWriter-undo-refused.png` })
    expect((await stored('hr-policy')).usage.inputTokensPerQuery).toBe(7000)
    expect(
      await page.locator('.ag-row[row-id="hr-policy"] .ag-cell[col-id="usage.inputTokensPerQuery"]').innerText(),
    ).toBe('7,000')
  })

  it('a change arriving while the person types in a cell keeps the editor and what they type', async () => {
    const page = app.page
    await (await cell(page, 'support-deflection', 'usage.outputTokensPerQuery')).click()
    await page.keyboard.press('Enter')
    await page.locator('.gpp-cell-editor').waitFor()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('41')
    const renamed = await otherApi.invoke('initiative:edit', {
      edits: [{ id: 'support-deflection', field: 'name', value: 'Support assistant (renamed while typing)' }],
    })
    expect(renamed.ok).toBe(true)
    await expectCellText(page, 'support-deflection', 'name', 'Support assistant (renamed while typing)')
    await page.keyboard.type('5')
    await page.keyboard.press('Enter')
    await expectCellText(page, 'support-deflection', 'usage.outputTokensPerQuery', '415')
    expect(await stored('support-deflection')).toMatchObject({
      name: 'Support assistant (renamed while typing)',
      usage: { outputTokensPerQuery: 415 },
    })
  })

  async function initiatives(): Promise<Initiative[]> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio.initiatives
  }
  const lastId = async () => (await initiatives()).at(-1)?.id ?? ''
  async function stored(id: string): Promise<Initiative> {
    const found = (await initiatives()).find((i) => i.id === id)
    if (!found) throw new Error(`no initiative ${id}`)
    return found
  }
})

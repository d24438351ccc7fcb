/**
 * Actuals through the page as a person uses them, in Chromium against the real server and file: a
 * provider's FOCUS export chosen, its format found and its preview shown, the import confirmed,
 * unallocated spend attributed with a new rule from its key (re-attributed at once, no re-import),
 * then the rule and the import undone and redone. Screenshots of each state go to /tmp/shots.
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatMoneyCents } from '../../renderer/src/format'
import { launchApp, type RunningApp } from './harness'
import { pasteText } from './grid'
import { openView } from './views/viewsPage'

const FOCUS = resolve(import.meta.dirname, '../../shared/data/actuals/focus-google-cloud.csv')
const SHOTS = '/tmp/shots'
const VIEW = '[data-view="actuals"]'
// The sandbox project has no tag, and the sample has no rule for it: it stays Unallocated until one is added.
const SANDBOX_KEY = 'account nw-sandbox'
const RND = 'rnd-agent'

describe('actuals in the browser', () => {
  let app: RunningApp
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await launchApp({ viewport: { width: 1400, height: 900 } })
    await openView(app.page, 'Actuals')
    await app.page.locator(`${VIEW} h1`).waitFor()
  })
  afterAll(async () => app?.close())

  const rules = async () => {
    const r = await app.call('actuals:rules', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data
  }
  const summary = async () => {
    const r = await app.call('actuals:summary', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data
  }
  const lineCount = async () => {
    const r = await app.call('actuals:list', { offset: 0, limit: 1 })
    if (!r.ok) throw new Error(r.error.message)
    return r.data.total
  }
  const attributedTo = async (id: string) =>
    (await summary()).costs.filter((c) => c.initiativeId === id).reduce((s, c) => s + c.cents, 0)
  const tab = (name: string) => app.page.locator(VIEW).getByRole('tab', { name }).click()
  const unallocatedRow = () =>
    app.page.locator(`${VIEW} [data-testid="actuals-unallocated"] tr`, { hasText: SANDBOX_KEY })

  it('reads the export, shows its format and the preview, and writes nothing until confirmed', async () => {
    const page = app.page
    const linesBefore = await lineCount()
    await page.locator(VIEW).getByLabel('Actuals file').setInputFiles(FOCUS)
    const format = page.locator(`${VIEW} [data-testid="actuals-format"]`)
    await expect.poll(() => format.innerText()).toContain('FOCUS cost and usage export (found from the file)')
    // January to November 2026: 334 x $1.30 (marketing) + 303 x $1.10 (claims, from February)
    // + 334 x $0.225 (sandbox) - $25 (a credit) = $817.65, all of it the cost of record (FOCUS is
    // invoice-grade). Each month is kept to the cent: the six 31-day months end in half a cent
    // ($47.275 in January) and round up, so the months add up to $817.65 + 6 x $0.005 = $817.68.
    await expect
      .poll(() => page.locator(`${VIEW} [data-testid="actuals-preview-totals"]`).innerText())
      .toContain('Added $817.68')
    expect(await page.locator(`${VIEW} [data-testid="actuals-preview-table"] tbody tr`).count()).toBeGreaterThan(10)
    await page.screenshot({ path: `${SHOTS}/actuals-preview.png`, fullPage: true })
    expect(await lineCount()).toBe(linesBefore)

    await page
      .locator(VIEW)
      .getByRole('button', { name: /^Confirm: Import \d+ lines$/ })
      .click()
    await page.locator(`${VIEW} [data-testid="actuals-import-done"]`).waitFor()
    await expect.poll(lineCount).toBeGreaterThan(linesBefore)
    expect(app.errors).toEqual([])
  })

  it('attributes an unallocated key with a new rule at once, and undoes and redoes it', async () => {
    const page = app.page
    await tab('Attribution')
    await unallocatedRow().waitFor()
    await page.screenshot({ path: `${SHOTS}/actuals-unallocated.png`, fullPage: true })
    const rulesBefore = await rules()
    expect(await attributedTo(RND)).toBe(0)

    const row = unallocatedRow()
    await row.getByRole('combobox').selectOption({ label: 'Strategic R&D research agent' })
    await row.getByRole('button', { name: 'Add a rule for this key' }).click()
    await expect.poll(async () => (await rules()).length).toBe(rulesBefore.length + 1)
    expect((await rules()).at(-1)).toMatchObject({
      keyType: 'account',
      pattern: 'nw-sandbox',
      initiativeId: RND,
      sharePercent: 100,
    })
    // Re-attributed from the stored lines, without importing again: the sandbox's $0.225 a day, each month
    // to the cent: six 31-day months at $6.975 -> $6.98, February $6.30, four 30-day months $6.75:
    // 6 x $6.98 + $6.30 + 4 x $6.75 = $75.18 (March's credit sits on the marketing account, not the sandbox).
    await expect.poll(() => attributedTo(RND)).toBe(7_518)
    await unallocatedRow().waitFor({ state: 'detached' })
    const headline = page.locator(`${VIEW} [data-testid="actuals-headline"]`)
    const attributed = (await summary()).costs.reduce((s, c) => s + (c.initiativeId === null ? 0 : c.cents), 0)
    await expect.poll(() => headline.innerText()).toContain(`${formatMoneyCents(attributed / 100, 'USD')} attributed`)
    await page.screenshot({ path: `${SHOTS}/actuals-rules.png`, fullPage: true })

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await rules()).length).toBe(rulesBefore.length)
    await unallocatedRow().waitFor()
    await expect.poll(() => attributedTo(RND)).toBe(0)

    await page.getByRole('button', { name: 'Redo', exact: true }).click()
    await expect.poll(async () => (await rules()).length).toBe(rulesBefore.length + 1)
    await unallocatedRow().waitFor({ state: 'detached' })

    // Two more undos: the rule, then the import itself (its lines set aside).
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await rules()).length).toBe(rulesBefore.length)
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await summary()).providerMonths.length).toBe(0)
    await page.getByRole('button', { name: 'Redo', exact: true }).click()
    await expect.poll(async () => (await summary()).providerMonths.length).toBeGreaterThan(0)
    expect(app.errors).toEqual([])
  })

  it('shows the cost of record per provider and month, and the grids of other costs and outcomes', async () => {
    const page = app.page
    await tab('Cost of record')
    const record = page.locator(`${VIEW} [data-testid="actuals-record-table"]`)
    await expect.poll(() => record.innerText()).toContain('FOCUS cost and usage export')
    await page.screenshot({ path: `${SHOTS}/actuals-record.png`, fullPage: true })
    await tab('Other costs')
    await page.locator(`${VIEW} .ag-row`).first().waitFor()
    // A block pasted from Excel at the support assistant's Platform & hosting, January: one write,
    // one undo step. Rows run build, integration, platform, data...; months from January 2026.
    const amounts = async () => {
      const r = await app.call('actuals:amounts', {})
      if (!r.ok) throw new Error(r.error.message)
      return r.data
    }
    const before = await amounts()
    await page.locator(`${VIEW} .ag-row[row-id="support-deflection|platform"] [col-id="2026-01"]`).click()
    await pasteText(page, '6,100\t$6.2k\r\n4,000\t(150)\r\n')
    const pasted = (a: Awaited<ReturnType<typeof amounts>>) =>
      a
        .filter((x) => x.initiativeId === 'support-deflection' && x.month <= '2026-02')
        .map((x) => `${x.driver} ${x.month} ${String(x.amount)}`)
        .sort()
    await expect
      .poll(async () => pasted(await amounts()))
      .toEqual(['data 2026-01 4000', 'data 2026-02 -150', 'platform 2026-01 6100', 'platform 2026-02 6200'])
    await expect
      .poll(() => page.locator(`${VIEW} .ag-row[row-id="support-deflection|platform"] [col-id="2026-02"]`).innerText())
      .toBe('$6,200.00')
    await page.screenshot({ path: `${SHOTS}/actuals-amounts.png`, fullPage: true })
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => pasted(await amounts())).toEqual(pasted(before))
    await tab('Outcomes')
    await page.locator(`${VIEW} .ag-row`).first().waitFor()
    await page.screenshot({ path: `${SHOTS}/actuals-outcomes.png`, fullPage: true })
    expect(app.errors).toEqual([])
  })
})

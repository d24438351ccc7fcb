/**
 * What a new user meets first, in Chromium against the real server and file: the key results in
 * view beside the inputs, the figures an edit moved marked, a choice cell picked by its first
 * letter, a refused paste naming every bad cell, Ctrl+Z with a drop-down focused, "New scenario"
 * asking for a name, each view opening at its own scroll position, full names on hover and a name
 * column that widens, amounts and months in editors as people read them, and dates typed as people
 * write them.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Portfolio } from '../../shared/model'
import { cell, expectCellText, openView, pasteText, typeInto, waitForGrid } from './grid'
import { launchApp, type RunningApp } from './harness'

/** Result cells of a row marked as changed by the last edit: 'changed' in the edited row, 'moved' elsewhere. */
const changedIn = (page: Page, rowId: string, mark: 'changed' | 'moved' = 'changed'): Promise<string[]> =>
  page.$$eval(`.ag-row[row-id="${rowId}"] .ag-cell.gpp-cell--${mark}`, (cells) =>
    cells.map((c) => c.getAttribute('col-id') ?? '').sort(),
  )

describe('friction a new user meets (browser mode)', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await launchApp()
    await app.page.emulateMedia({ reducedMotion: 'reduce' })
    await waitForGrid(app.page)
  })
  afterAll(async () => app?.close())

  async function portfolio(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }
  const stageOf = async (id: string) => (await portfolio()).initiatives.find((i) => i.id === id)?.governance.stage

  it('keeps horizon cost, NPV and ROI in view beside the first inputs, and there when the inputs scroll', async () => {
    const page = app.page
    const inWindow = async (colId: string) => {
      const box = await page.locator(`.ag-row[row-id="sales-email"] .ag-cell[col-id="${colId}"]`).boundingBox()
      return box !== null && box.x >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800
    }
    for (const id of ['result.cost', 'result.npv', 'result.roi', 'name', 'governance.owner'])
      await expect(inWindow(id), id).resolves.toBe(true)
    // Walk the focus to the last input column: the key results have not moved out of view.
    await cell(page, 'sales-email', 'value.fixedMonthlyValue')
    for (const id of ['result.cost', 'result.npv', 'result.roi', 'value.fixedMonthlyValue'])
      await expect(inWindow(id), id).resolves.toBe(true)
    await page.screenshot({ path: '/tmp/shots/friction-grid-scrolled.png' })
  })

  it('marks the figures an edit changed, in the edited row and in rows a shared pool moved', async () => {
    const page = app.page
    await typeInto(page, 'sales-email', 'usage.queriesPerUserPerMonth', '200')
    await expectCellText(page, 'sales-email', 'usage.queriesPerUserPerMonth', '200')
    await expect.poll(() => changedIn(page, 'sales-email'), { timeout: 10_000 }).toContain('result.npv')
    const marked = await changedIn(page, 'sales-email')
    expect(marked).toEqual(expect.arrayContaining(['result.cost', 'result.npv', 'result.roi']))
    // Nothing unpriced before or after: not marked.
    expect(marked).not.toContain('result.unpriced')
    // The model gateway pool is shared by queries: another initiative's horizon cost fell, marked
    // as moved (its own inputs did not change).
    await expect.poll(() => changedIn(page, 'support-deflection', 'moved')).toContain('result.cost')
    expect(await changedIn(page, 'support-deflection')).toEqual([])
    await page.screenshot({ path: '/tmp/shots/friction-grid-changed.png' })
    // The next edit's marks replace these.
    await typeInto(page, 'hr-policy', 'value.fixedMonthlyValue', '1000')
    await expect.poll(() => changedIn(page, 'hr-policy')).toContain('result.npv')
    expect(await changedIn(page, 'sales-email')).toEqual([])
    expect(await changedIn(page, 'support-deflection', 'moved')).toEqual([])
  })

  it('picks a choice by its first letter: "m" is Mature, "s" then "s" is Sunset', async () => {
    const page = app.page
    await (await cell(page, 'claims-triage', 'governance.stage')).click()
    await page.keyboard.press('m')
    const list = page.getByRole('listbox', { name: 'Choose a value' })
    await list.waitFor()
    await expect(list.getByRole('option', { selected: true }).innerText()).resolves.toBe('Mature')
    await page.keyboard.press('Enter')
    await expect.poll(() => stageOf('claims-triage')).toBe('mature')
    await expectCellText(page, 'claims-triage', 'governance.stage', 'Mature')

    // Enter moved down a row, as in a spreadsheet: back to the same cell.
    await (await cell(page, 'claims-triage', 'governance.stage')).click()
    await page.keyboard.press('s')
    await list.waitFor()
    await expect(list.getByRole('option', { selected: true }).innerText()).resolves.toBe('Scaling')
    await page.keyboard.press('s')
    await expect(list.getByRole('option', { selected: true }).innerText()).resolves.toBe('Sunset')
    await page.keyboard.press('Enter')
    await expect.poll(() => stageOf('claims-triage')).toBe('sunset')
    // Each choice is one undo step.
    await page.keyboard.press('Control+z')
    await expect.poll(() => stageOf('claims-triage')).toBe('mature')
    await page.keyboard.press('Control+z')
    await expect.poll(() => stageOf('claims-triage')).toBe('pilot')
  })

  it('"+ Add initiative" saves nothing, and moves no pool share, until the new initiative is named', async () => {
    const page = app.page
    const before = await portfolio()
    const totalCost = await page.locator('.ag-row-pinned .ag-cell[col-id="result.cost"]').innerText()
    await (await cell(page, 'marketing-content', 'name')).click()
    await page.getByRole('button', { name: '+ Add initiative' }).click()
    const name = page.getByLabel('Name the new initiative')
    await name.waitFor()
    expect(await portfolio()).toEqual(before)
    // Escape leaves nothing behind.
    await name.press('Escape')
    await name.waitFor({ state: 'detached' })
    expect(await portfolio()).toEqual(before)
    expect(await page.locator('.ag-row-pinned .ag-cell[col-id="result.cost"]').innerText()).toBe(totalCost)

    // An empty name is asked for again.
    await (await cell(page, 'marketing-content', 'name')).click()
    await page.keyboard.press('Insert')
    await name.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: 'Type a name first' }).count()).resolves.toBe(1)
    await name.fill('Quote assistant')
    await name.press('Enter')
    await expect
      .poll(async () => (await portfolio()).initiatives.map((i) => i.name))
      .toEqual([
        ...before.initiatives.slice(0, 3).map((i) => i.name),
        'Quote assistant',
        ...before.initiatives.slice(3).map((i) => i.name),
      ])
    // Once named it is an initiative: it shares the evenly split pool, which moves every horizon cost.
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await portfolio()).initiatives.length).toBe(before.initiatives.length)
  })

  it('a refused paste names every unreadable cell, not "(and 1 more)"', async () => {
    const page = app.page
    const before = await portfolio()
    await (await cell(page, 'sales-email', 'usage.usersAtLaunch')).click()
    await pasteText(page, 'abc\t12\n40\t1,5')
    const message = page.getByTestId('cell-error')
    await message.waitFor()
    const lines = (await message.locator('span').first().innerText()).split('\n').map((l) => l.trim())
    expect(lines).toEqual([
      '“Sales email drafting” · Users at launch must be a number (pasted “abc”)',
      expect.stringContaining('Target users must be a number (use "," only between thousands) (pasted “1,5”)'),
      'Nothing was pasted.',
    ])
    expect(lines.join(' ')).not.toContain('more)')
    expect(await portfolio()).toEqual(before)
    await page.keyboard.press('Escape')
    await message.waitFor({ state: 'detached' })
  })

  it('Ctrl+Z undoes a drop-down’s choice while the drop-down has the focus', async () => {
    const page = app.page
    await openView(page, 'Scenarios')
    const pricesOf = page.getByLabel('Prices of').first()
    await pricesOf.focus()
    await pricesOf.selectOption('provider')
    await expect
      .poll(async () => {
        const lever = (await portfolio()).scenarios?.[0]?.levers[0]
        return lever?.kind === 'price' ? lever.target : null
      })
      .toMatchObject({ kind: 'provider' })
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT')
    await page.keyboard.press('Control+z')
    await expect.poll(() => pricesOf.inputValue()).toBe('all')
    await expect
      .poll(async () => {
        const lever = (await portfolio()).scenarios?.[0]?.levers[0]
        return lever?.kind === 'price' ? lever.target.kind : null
      })
      .toBe('all')
  })

  it('"New scenario" starts by naming it; Escape creates nothing', async () => {
    const page = app.page
    const count = (await portfolio()).scenarios?.length ?? 0
    await page.getByRole('button', { name: 'New scenario' }).click()
    const name = page.getByLabel('Name the new scenario')
    await expect(name.inputValue()).resolves.toBe('Scenario 1')
    // Typing replaces the suggested name: it is selected.
    await page.keyboard.type('Price war')
    expect((await portfolio()).scenarios?.length).toBe(count)
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await portfolio()).scenarios?.at(-1)?.name).toBe('Price war')
    await page.locator('.lever-editor h2', { hasText: 'Price war' }).waitFor()

    await page.getByRole('button', { name: 'New scenario' }).click()
    await name.waitFor()
    await page.keyboard.press('Escape')
    await name.waitFor({ state: 'detached' })
    expect((await portfolio()).scenarios?.length).toBe(count + 1)
  })

  it('opens each view at its top, and where it was left only when coming back to it', async () => {
    const page = app.page
    const scrollTop = () => page.evaluate(() => document.querySelector('.main')?.scrollTop ?? -1)
    const scrollTo = (y: number) =>
      page.evaluate((top) => document.querySelector('.main')?.scrollTo({ top, behavior: 'instant' }), y)
    await openView(page, 'Overview')
    await page.locator('[data-view="overview"]').waitFor()
    await scrollTo(400)
    await expect.poll(scrollTop).toBe(400)
    await openView(page, 'Governance')
    await page.locator('[data-view="governance"]').waitFor()
    expect(await scrollTop()).toBe(0)
    await scrollTo(250)
    await expect.poll(scrollTop).toBe(250)
    await openView(page, 'Overview')
    await expect.poll(scrollTop).toBe(400)
    await openView(page, 'Budget')
    expect(await scrollTop()).toBe(0)
    await openView(page, 'Governance')
    await expect.poll(scrollTop).toBe(250)
    expect(app.errors).toEqual([])
  })

  it('shows a name cut short in full on hover, and the name column widens by dragging its edge', async () => {
    const page = app.page
    await openView(page, 'Cost model')
    await waitForGrid(page)
    const full = (await portfolio()).initiatives.find((i) => i.id === 'support-deflection')?.name ?? ''
    const nameCell = await cell(page, 'support-deflection', 'name')
    // Cut short in the cell...
    expect(await nameCell.evaluate((el) => el.scrollWidth > el.clientWidth || el.textContent?.includes('…'))).toBe(true)
    // ...whole in its tooltip.
    await page.mouse.move(1, 1)
    await nameCell.hover()
    await expect.poll(() => page.locator('.ag-tooltip').allInnerTexts(), { timeout: 10_000 }).toContain(full)
    const header = page.locator('.ag-header-cell[col-id="name"]')
    const before = (await header.boundingBox())?.width ?? 0
    const edge = await header.locator('.ag-header-cell-resize').boundingBox()
    if (!edge) throw new Error('the name column has no resize handle')
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
    await page.mouse.down()
    await page.mouse.move(edge.x + edge.width / 2 + 120, edge.y + edge.height / 2, { steps: 6 })
    await page.mouse.up()
    await expect.poll(async () => (await header.boundingBox())?.width ?? 0).toBeGreaterThan(before + 100)
    expect(app.errors).toEqual([])
  })

  it('an amount opens for editing with thousands separators, a month by name, and both read back unchanged', async () => {
    const page = app.page
    await openView(page, 'Cost model')
    await waitForGrid(page)
    const before = (await portfolio()).initiatives.find((i) => i.id === 'sales-email')
    await (await cell(page, 'sales-email', 'costs.costPerFteMonth')).click()
    await page.keyboard.press('F2')
    const editor = page.locator('.gpp-cell-editor')
    await expect.poll(() => editor.inputValue()).toBe('16,500')
    // Enter on the text as shown changes nothing.
    await page.keyboard.press('Enter')
    await editor.waitFor({ state: 'detached' })
    await (await cell(page, 'sales-email', 'usage.launchMonth')).click()
    await page.keyboard.press('F2')
    await expect.poll(() => editor.inputValue()).toBe('Mar 2026')
    await page.keyboard.press('Escape')
    expect((await portfolio()).initiatives.find((i) => i.id === 'sales-email')).toEqual(before)
  })

  it('a date field shows "7 Jul 2027", reads dates as people type them, and refuses 03/31/2028', async () => {
    const page = app.page
    await openView(page, 'Overview')
    await page.locator('[data-view="overview"] .link-button').first().click()
    await page.locator('#detail-picker').selectOption('sales-email')
    await page.locator('[data-view="initiative"] h1', { hasText: 'Sales email drafting' }).waitFor()
    const field = page.locator('input[data-field="governance.reviewDate"]')
    const saved = async () => (await portfolio()).initiatives.find((i) => i.id === 'sales-email')?.governance.reviewDate
    await field.fill('03/31/2028')
    await field.press('Enter')
    await expect
      .poll(() => page.locator('.field--error .field__message').innerText())
      .toBe('Review date must be a date such as 7 Jul 2027')
    // The refused text stays in the field for correction.
    expect(await field.inputValue()).toBe('03/31/2028')
    expect(await saved()).not.toBe('2028-03-31')
    await field.fill('March 31, 2028')
    await field.press('Enter')
    await expect.poll(saved).toBe('2028-03-31')
    await expect.poll(() => field.inputValue()).toBe('31 Mar 2028')
    expect(app.errors).toEqual([])
  })
})

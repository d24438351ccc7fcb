import { describe, expect, it } from 'vitest'
import type { Initiative } from '../../shared/model'
import { appPerTest } from './harness'
import { cell, cellText, expectCellText, rowIds, waitForGrid } from './grid'

describe('spreadsheet keys in the cost grid', () => {
  const app = appPerTest({}, waitForGrid)

  async function stored(id: string): Promise<Initiative> {
    const r = await app.call('portfolio:get', {})
    const found = r.ok ? r.data.portfolio.initiatives.find((i) => i.id === id) : undefined
    if (!found) throw new Error(`no initiative ${id}`)
    return found
  }

  it('typing on a cell starts an edit; Enter commits and moves down; Tab moves right', async () => {
    const page = app.page
    await (await cell(page, 'sales-email', 'usage.usersAtLaunch')).click()
    await page.keyboard.type('777', { delay: 30 })
    await page.keyboard.press('Enter')
    await expectCellText(page, 'sales-email', 'usage.usersAtLaunch', '777')
    expect((await stored('sales-email')).usage.usersAtLaunch).toBe(777)
    // Enter moved the focus to the next row: typing now edits that row.
    await page.keyboard.type('41', { delay: 30 })
    await page.keyboard.press('Tab')
    await expectCellText(page, 'marketing-content', 'usage.usersAtLaunch', '41')
    // Tab committed and moved right, to target users.
    await page.keyboard.type('4,100', { delay: 30 })
    await page.keyboard.press('Enter')
    await expectCellText(page, 'marketing-content', 'usage.targetUsers', '4,100')
    expect((await stored('marketing-content')).usage).toMatchObject({ usersAtLaunch: 41, targetUsers: 4100 })
  })

  it('Delete clears a selected block to zero as one step, and Ctrl+Z brings it back', async () => {
    const page = app.page
    await (await cell(page, 'sales-email', 'usage.usersAtLaunch')).click()
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Delete')
    await expectCellText(page, 'marketing-content', 'usage.usersAtLaunch', '0')
    await expectCellText(page, 'sales-email', 'usage.usersAtLaunch', '0')
    expect((await stored('marketing-content')).usage.usersAtLaunch).toBe(0)
    await page.keyboard.press('Control+z')
    // The sample's figures are back, in the grid and the file.
    await expectCellText(page, 'sales-email', 'usage.usersAtLaunch', '150')
    await expectCellText(page, 'marketing-content', 'usage.usersAtLaunch', '40')
    await expect.poll(async () => (await stored('marketing-content')).usage.usersAtLaunch).toBe(40)
  })

  it('a stage is chosen from a list and saved', async () => {
    const page = app.page
    await (await cell(page, 'hr-policy', 'governance.stage')).dblclick()
    await page.getByRole('listbox', { name: 'Choose a value' }).getByRole('option', { name: 'Scaling' }).click()
    await expectCellText(page, 'hr-policy', 'governance.stage', 'Scaling')
    expect((await stored('hr-policy')).governance.stage).toBe('scaling')
  })

  it('the quick filter keeps the matching initiatives only', async () => {
    const page = app.page
    const all = await rowIds(page)
    await page.getByLabel('Filter initiatives').fill('assistant')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length < n,
      all.length,
    )
    expect(await rowIds(page)).toEqual(['support-deflection', 'code-assistant', 'hr-policy'])
    await page.getByLabel('Filter initiatives').fill('')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      all.length,
    )
    // Every row is back, drawn in full.
    expect(await rowIds(page)).toEqual(all)
    expect(await cellText(page, 'hr-policy', 'name')).toBe('HR policy assistant')
    expect(app.errors).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { appPerTest } from './harness'
import { cell, openView, waitForGrid } from './grid'

describe('opening an initiative from the cost grid', () => {
  const app = appPerTest({}, waitForGrid)

  it('Ctrl+Enter on a row opens that initiative; the toolbar button does the same', async () => {
    const [, second, third] = samplePortfolio().initiatives
    if (!second || !third) throw new Error('the sample has at least three initiatives')
    const page = app.page
    await (await cell(page, second.id, 'usage.queriesPerUserPerMonth')).click()
    await page.keyboard.press('Control+Enter')
    await expect(page.locator('[data-view="initiative"] h1').innerText()).resolves.toBe(second.name)

    await openView(page, 'Cost model')
    await waitForGrid(page)
    await (await cell(page, third.id, 'name')).click()
    await page.getByRole('toolbar', { name: 'Initiatives' }).getByRole('button', { name: 'Open', exact: true }).click()
    await expect(page.locator('[data-view="initiative"] h1').innerText()).resolves.toBe(third.name)
    expect(app.errors).toEqual([])
  })
})

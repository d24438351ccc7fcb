/**
 * The price book reads numbers with the app's one reader (shared/imports/numberText), as the cost
 * grid does: what it cannot read goes to the API as typed and is refused with the field's name,
 * and nothing is saved.
 */
import { describe, expect, it } from 'vitest'
import type { PriceBookModel } from '../../../shared/model'
import { openView, waitForGrid } from '../grid'
import { appPerTest } from '../harness'

const MINI = 'openai:gpt-4.1-mini'

describe('numbers typed into the price book', () => {
  const app = appPerTest({}, async (page) => {
    await waitForGrid(page)
    await openView(page, 'Price book')
  })

  async function mini(): Promise<PriceBookModel> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    const model = r.data.portfolio.priceBook.find((m) => m.id === MINI)
    if (!model) throw new Error('sample lost GPT-4.1 mini')
    return model
  }

  it('refuses a decimal comma in a price cell (once read as 15) and keeps the saved price', async () => {
    const page = app.page
    const cell = page.locator(`.ag-row[row-id="${MINI}"] .ag-cell[col-id="outputPerM"]`)
    expect((await cell.innerText()).trim()).toBe('$1.60')
    await cell.dblclick()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('1,5')
    await page.keyboard.press('Enter')
    const alert = page.locator('[data-view="priceBook"] > .view-notice--error')
    await expect.poll(() => alert.innerText()).toBe('GPT-4.1 mini · Output / 1M: must be a number')
    await page.screenshot({ path: '/tmp/shots/priceBookNumbers-refused.png' })
    expect((await mini()).prices[0]?.outputPerM).toBe(1.6)
    expect((await cell.innerText()).trim()).toBe('$1.60')

    // A price written as in a spreadsheet is read as the grid reads it.
    await cell.dblclick()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('USD 3.2')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe('$3.20')
    expect((await mini()).prices[0]?.outputPerM).toBe(3.2)
    expect(app.errors).toEqual([])
  })

  it('a dated price reads its tier threshold with thousands separators, and refuses one that is no number', async () => {
    const page = app.page
    await page.locator(`.ag-row[row-id="${MINI}"] .ag-cell[col-id="name"]`).click()
    const form = page.getByRole('form', { name: 'Add a dated price' })
    await form.getByLabel('Effective from').fill('2027-07-01')
    await form.locator('summary').click()
    await form.getByLabel('Above input tokens').fill('lots')
    await form.getByRole('button', { name: 'Add price' }).click()
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Long-context threshold: must be a number')
    const pricesBefore = (await mini()).prices.length

    await form.getByLabel('Above input tokens').fill('128,000')
    await form.getByLabel('Tier input').fill('0.8')
    await form.getByLabel('Tier output').fill('$3.2')
    await form.getByRole('button', { name: 'Add price' }).click()
    await expect.poll(async () => (await mini()).prices.length).toBe(pricesBefore + 1)
    const added = (await mini()).prices.find((p) => p.effectiveFrom === '2027-07-01')
    expect(added?.longContext).toMatchObject({ thresholdTokens: 128_000, inputPerM: 0.8, outputPerM: 3.2 })
    expect(app.errors).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { Initiative, PriceBookModel } from '../../../shared/model'
import { appPerTest } from '../harness'
import { openInitiative, openView, unitCell } from './viewsPage'

const HR = { id: 'hr-policy', name: 'HR policy assistant' }
const MINI = 'openai:gpt-4.1-mini'

/** Each test starts on the HR policy assistant's page of a fresh copy of the sample. */
describe('initiative detail, price book and model mix in the browser', () => {
  const app = appPerTest({}, (page) => openInitiative(page, HR.id, HR.name))

  async function stored(): Promise<{ hr: Initiative; mini: PriceBookModel }> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    const hr = r.data.portfolio.initiatives.find((i) => i.id === HR.id)
    const mini = r.data.portfolio.priceBook.find((m) => m.id === MINI)
    if (!hr || !mini) throw new Error('sample lost hr-policy or GPT-4.1 mini')
    return { hr, mini }
  }

  it('an edited hypothesis is saved and still there after a reload', async () => {
    const page = app.page
    const text = 'Answering policy questions in the assistant cuts HR tickets by a fifth within six months.'
    const field = page.locator('textarea[data-field="governance.hypothesis"]')
    expect(await field.inputValue()).toBe('')
    await field.fill(text)
    await field.press('Tab')
    await expect.poll(async () => (await stored()).hr.governance.hypothesis).toBe(text)

    await page.reload()
    await openInitiative(page, HR.id, HR.name)
    expect(await page.locator('textarea[data-field="governance.hypothesis"]').inputValue()).toBe(text)
  })

  it('each committed framing field is one undo step', async () => {
    const page = app.page
    // A hypothesis saved before this page was loaded, so not in its history.
    const saved = 'Saved by another session.'
    const edit = await app.call('initiative:edit', {
      edits: [{ id: HR.id, field: 'governance.hypothesis', value: saved }],
    })
    expect(edit.ok).toBe(true)
    await page.reload()
    await openInitiative(page, HR.id, HR.name)
    const owner = page.locator('input[data-field="governance.owner"]')
    const before = (await stored()).hr.governance.owner
    await owner.fill('Ama Owusu, HR Operations')
    await owner.press('Enter')
    await expect.poll(async () => (await stored()).hr.governance.owner).toBe('Ama Owusu, HR Operations')

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await stored()).hr.governance.owner).toBe(before)
    await expect.poll(() => page.locator('input[data-field="governance.owner"]').inputValue()).toBe(before)
    // The hypothesis saved before the reload is not part of this page's history: it stays.
    expect((await stored()).hr.governance.hypothesis).toBe(saved)

    await page.getByRole('button', { name: 'Redo', exact: true }).click()
    await expect.poll(async () => (await stored()).hr.governance.owner).toBe('Ama Owusu, HR Operations')
  })

  it('a refused framing entry shows the rule next to the field and changes nothing', async () => {
    const page = app.page
    const field = page.locator('input[data-field="governance.timeHorizonMonths"]')
    await field.fill('2.5')
    await field.press('Enter')
    await expect.poll(() => page.locator('.field--error .field__message').innerText()).toBe('must be a whole number')
    expect((await stored()).hr.governance.timeHorizonMonths).toBe(12)
  })

  it('a new output price in the price book changes the initiative cost per query', async () => {
    const page = app.page
    // HR policy assistant runs on GPT-4.1 mini only ($0.40 in, $0.10 cached, $0.40 cache write, $1.60 out per 1M);
    // in its launch month 4,000 input tokens (cache hit 50%, cache write 5%) and 300 output tokens:
    // (4000 * (0.45*0.40 + 0.5*0.10 + 0.05*0.40) + 300*1.60) / 1e6 = (1000 + 480) / 1e6 = $0.00148
    expect(await unitCell(page, 'first.inferencePerQuery')).toBe('$0.00148')

    await openView(page, 'Price book')
    const cell = page.locator(`.ag-row[row-id="${MINI}"] .ag-cell[col-id="outputPerM"]`)
    expect((await cell.innerText()).trim()).toBe('$1.60')
    await cell.dblclick()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('3.2')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await cell.innerText()).trim()).toBe('$3.20')
    expect((await stored()).mini.prices[0]?.outputPerM).toBe(3.2)

    // (1000 + 300*3.20) / 1e6 = (1000 + 960) / 1e6 = $0.00196
    await openInitiative(page, HR.id, HR.name)
    expect(await unitCell(page, 'first.inferencePerQuery')).toBe('$0.00196')
  })

  it('a model mix that does not sum to 100% is refused with its message and nothing is saved', async () => {
    const page = app.page
    await page.getByRole('button', { name: 'Edit model mix' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Add model' }).click()
    const shares = dialog.locator('input.mix-table__share')
    await shares.nth(0).fill('60')
    await shares.nth(1).fill('30')
    await expect.poll(() => dialog.getByTestId('mix-sum').innerText()).toBe('Sum 90%')
    await dialog.getByRole('button', { name: 'Save mix' }).click()
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('Shares must sum to 100% (they sum to 90%).')
    expect((await stored()).hr.usage.modelMix).toEqual([{ modelId: MINI, share: 1 }])

    // Fixed to 100%, the mix is saved as one edit.
    const added = await dialog.locator('select').nth(1).inputValue()
    await shares.nth(1).fill('40')
    await dialog.getByRole('button', { name: 'Save mix' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect((await stored()).hr.usage.modelMix).toEqual([
      { modelId: MINI, share: 0.6 },
      { modelId: added, share: 0.4 },
    ])
  })

  it('a refused portfolio setting shows its rule next to the field and keeps the saved value', async () => {
    const page = app.page
    await openView(page, 'Overview')
    const field = page.locator('input[data-field="discountRateAnnual"]')
    expect(await field.inputValue()).toBe('10')
    await field.fill('150')
    await field.press('Enter')
    await expect
      .poll(() => page.locator('.field--error .field__message').innerText())
      .toBe('must be between 0% and 100%')
    const r = await app.call('portfolio:get', {})
    expect(r.ok && r.data.portfolio.settings.discountRateAnnual).toBe(0.1)
  })
})

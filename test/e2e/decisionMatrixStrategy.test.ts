import { describe, expect, it } from 'vitest'
import type { Initiative } from '../../shared/model'
import { appPerTest } from './harness'

const HR = { id: 'hr-policy', name: 'HR policy assistant' }

/** The Strategy panel of an initiative: a score is saved, shown with how it was built, and undone. */
describe('strategy panel in the browser', () => {
  const app = appPerTest()

  async function hr(): Promise<Initiative> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    const found = r.data.portfolio.initiatives.find((i) => i.id === HR.id)
    if (!found) throw new Error('sample lost hr-policy')
    return found
  }

  it('an unscored initiative is listed off the matrix; scoring one criterion places it', async () => {
    const page = app.page
    await page.locator('.nav__item', { hasText: 'Decision matrix' }).first().click()
    const notice = page.locator('[data-view="decisions"] .view-notice')
    await expect.poll(() => notice.innerText()).toContain(`${HR.name} (no criterion scored)`)
    await notice.getByRole('button', { name: HR.name }).click()
    await page.locator('[data-view="initiative"] h1', { hasText: HR.name }).waitFor()

    const panel = page.getByRole('region', { name: 'Strategy' })
    expect(await panel.getByTestId('strategic-score').innerText()).toBe('not scored')
    await panel.getByTestId('score-market-position-4').click()
    await expect.poll(async () => (await hr()).strategy?.scores).toEqual({ 'market-position': 4 })
    // Only market position is scored, so it carries the whole weight: (4 - 1) / 4 * 100 = 75.
    await expect.poll(() => panel.getByTestId('strategic-score').innerText()).toBe('75')

    await panel.getByTestId('score-differentiation-2').click()
    await expect.poll(async () => (await hr()).strategy?.scores['differentiation']).toBe(2)
    // 30 / 55 * 75 + 25 / 55 * 25 = (2250 + 625) / 55 = 52.27...
    await expect.poll(() => panel.getByTestId('strategic-score').innerText()).toBe('52.3')

    const quality = panel.locator('input[data-field="strategy.qualityPassRate"]')
    await quality.fill('150')
    await quality.press('Enter')
    await expect.poll(() => panel.locator('.field__message').innerText()).toMatch(/100%/)
    expect((await hr()).strategy?.qualityPassRate ?? null).toBeNull()

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await hr()).strategy?.scores).toEqual({ 'market-position': 4 })
    await expect.poll(() => panel.getByTestId('strategic-score').innerText()).toBe('75')

    await page.locator('.nav__item', { hasText: 'Decision matrix' }).first().click()
    await page.locator(`.matrix-rec[data-id="${HR.id}"]`).waitFor()
    expect(Number(await page.locator(`.matrix-rec[data-id="${HR.id}"]`).getAttribute('data-y'))).toBe(75)
    expect(await page.locator('[data-view="decisions"] .view-notice').count()).toBe(0)
  })
})

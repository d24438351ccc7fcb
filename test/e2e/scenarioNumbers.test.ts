/**
 * The scenarios view reads numbers with the app's one reader (shared/imports/numberText), as the
 * cost grid does: a decimal comma in a lever field (once saved as 15%) or in the tornado's ±
 * percentage is refused with a message naming the field and the rule, and nothing is saved or
 * recomputed; "20 %" is 20%.
 */
import { mkdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatMoney } from '../../renderer/src/format'
import { compilePortfolio } from '../../shared/engine'
import { runScenario, tornado } from '../../shared/engine/scenarios'
import type { Portfolio } from '../../shared/model'
import type { Scenario } from '../../shared/model/scenario'
import { appPerTest } from './harness'

const PRICES = 'scenario-prices-halve'
const SHOTS = '/tmp/shots'

describe('numbers typed into the scenarios view', () => {
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true })
  })
  const app = appPerTest({}, async (page) => {
    await page.locator('.nav__item', { hasText: 'Scenarios' }).first().click()
    await page.locator('[data-view="scenarios"] .kpi-table').waitFor()
  })

  async function portfolio(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }
  async function pricesScenario(): Promise<Scenario> {
    const s = (await portfolio()).scenarios?.find((x) => x.id === PRICES)
    if (!s) throw new Error('sample lost its price scenario')
    return s
  }
  const priceAmount = async () => {
    const lever = (await pricesScenario()).levers[0]
    return lever?.kind === 'price' ? lever.amount : null
  }

  it('refuses a decimal comma in a lever field with its field and rule, and saves nothing', async () => {
    const page = app.page
    const lever = page.locator('.lever[data-lever-kind="price"]')
    const change = lever.locator('input[aria-label="Change"]')
    expect(await change.inputValue()).toBe('-50')
    const undo = page.getByRole('button', { name: 'Undo', exact: true })
    const undoBefore = await undo.getAttribute('title')

    await change.fill('1,5')
    await change.press('Enter')
    const message = lever.locator('.lever-field__error')
    await expect.poll(() => message.innerText()).toBe('Change: must be a number (use "," only between thousands)')
    expect(await change.getAttribute('aria-invalid')).toBe('true')
    expect(await change.inputValue()).toBe('1,5')
    await lever.screenshot({ path: `${SHOTS}/scenarioNumbers-lever-refused.png` })
    await page.screenshot({ path: `${SHOTS}/scenarioNumbers-view.png` })
    expect(await priceAmount()).toBe(-0.5)
    // Nothing was recorded either: the undo step is still the one before.
    expect(await undo.getAttribute('title')).toBe(undoBefore)

    // With a space before the "%", as a person might type it: -25%.
    await change.fill('-25 %')
    await change.press('Enter')
    await expect.poll(priceAmount).toBe(-0.25)
    await expect.poll(() => message.count()).toBe(0)
    expect(await change.inputValue()).toBe('-25')
  })

  it('refuses a decimal comma in the tornado ± percentage and keeps the last tornado; reads "10 %"', async () => {
    const page = app.page
    const summary = page.getByTestId('tornado-summary')
    const p = await portfolio()
    const run = runScenario(p, compilePortfolio(p), await pricesScenario())
    const currency = p.settings.currency
    const swing = (share: number) => {
      const top = tornado(run.compiled, share, null, run.result).bars[0]
      if (!top) throw new Error('no tornado bars')
      return `from ${formatMoney(top.low, currency)} (down) to ${formatMoney(top.high, currency)} (up).`
    }
    await expect.poll(() => summary.innerText()).toContain(swing(0.2))

    const percent = page.locator('.tornado-panel__percent')
    await percent.fill('2,5')
    await percent.press('Enter')
    const alert = page.locator('.tornado-panel [role="alert"]')
    await expect
      .poll(() => alert.innerText())
      .toBe('The ± percentage must be a number (use "," only between thousands).')
    expect(await percent.getAttribute('aria-invalid')).toBe('true')
    await page.locator('.tornado-panel').screenshot({ path: `${SHOTS}/scenarioNumbers-tornado-refused.png` })
    expect(await summary.innerText()).toContain(swing(0.2))

    await percent.fill('10 %')
    await percent.press('Enter')
    await expect.poll(() => alert.count()).toBe(0)
    await expect.poll(() => summary.innerText()).toContain(swing(0.1))
    expect(swing(0.1)).not.toBe(swing(0.2))
    expect(app.errors).toEqual([])
  })
})

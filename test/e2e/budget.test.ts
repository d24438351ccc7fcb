/**
 * The budget view in Chromium against the real server and file: set a budget, read the suggested
 * portfolio, lock an initiative out, switch scenario, undo. Every expected figure is computed in
 * the test from the portfolio read back through the API, with the shared engine and optimiser.
 */
import { describe, expect, it } from 'vitest'
import { formatMoney } from '../../renderer/src/format'
import { decisionMatrix, reallocate, type Reallocation } from '../../shared/decisions'
import { spendByYear } from '../../shared/engine/calendar'
import { compilePortfolio, computePortfolio } from '../../shared/engine'
import { runScenario } from '../../shared/engine/scenarios'
import type { Portfolio } from '../../shared/model'
import { appPerTest } from './harness'

const VIEW = '[data-view="budget"]'

describe('budget and reallocation in the browser', () => {
  const app = appPerTest({}, async (page) => {
    await page.locator('.nav__item', { hasText: 'Budget' }).first().click()
    await page.locator(`${VIEW} [data-testid="budget-suggestion-table"]`).waitFor()
  })

  async function stored(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }

  /** The suggestion the shared optimiser makes for what the file holds (baseline, NPV, horizon spend). */
  function expected(portfolio: Portfolio): Reallocation {
    const result = computePortfolio(portfolio)
    const r = reallocate(portfolio, result, decisionMatrix(portfolio, result, '2026-11-30'), {
      constraint: 'horizon',
      objective: 'npv',
    })
    if (!r) throw new Error('no budget in the file')
    return r
  }

  const ids = (selector: string) =>
    app.page
      .locator(`${VIEW} ${selector}`)
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-initiative') ?? ''))
  const funded = async () => (await ids('tr[data-funded="yes"]')).sort()
  const cut = async () => (await ids('tr[data-funded="no"]')).sort()
  const text = (testId: string) => app.page.locator(`${VIEW} [data-testid="${testId}"] .kpi__value`).innerText()

  const undo = () => app.page.getByRole('button', { name: 'Undo', exact: true }).click()

  it('a budget set in the view is saved and gives the optimiser’s suggested portfolio; undo takes it back', async () => {
    const page = app.page
    expect((await stored()).settings.annualBudget).toBe(4_000_000)

    const field = page.locator(`${VIEW} input[data-field="annualBudget"]`)
    await field.fill('6000000')
    await field.press('Enter')
    await expect.poll(async () => (await stored()).settings.annualBudget).toBe(6_000_000)

    const want = expected(await stored())
    await expect.poll(funded).toEqual([...want.funded].sort())
    expect(await cut()).toEqual([...want.cut].sort())
    expect(want.cut.length).toBeGreaterThan(0)
    await expect.poll(() => text('budget-kpi-gained')).toBe(formatMoney(want.npvGained, 'USD'))
    await expect.poll(() => text('budget-kpi-npv')).toBe(formatMoney(want.suggestedNpv, 'USD'))
    expect(await page.locator(`${VIEW} [data-testid="budget-constraint-text"]`).innerText()).toContain(
      // ($6,000,000 less the 10% reserve) x 3 years
      'horizon spend ≤ $16,200,000 (annual budget $6,000,000 less the experimentation reserve, × 3 years)',
    )
    // Spend 2026 $6.56M is over $6M; 2027 $5.65M and 2028 $5.85M are under $6M but over the $5.4M left
    // after the reserve (the baseline's totalCost summed by calendar year).
    const levels = await page
      .locator(`${VIEW} [data-testid="budget-warnings"] li`)
      .evaluateAll((items) =>
        items.map((li) => `${li.textContent?.slice(0, 4) ?? ''}:${li.getAttribute('data-level') ?? ''}`),
      )
    expect(levels).toEqual(['2026:over', '2027:reserve', '2028:reserve'])

    await undo()
    await expect.poll(async () => (await stored()).settings.annualBudget).toBe(4_000_000)
    await expect.poll(() => page.locator(`${VIEW} input[data-field="annualBudget"]`).inputValue()).toBe('4,000,000')
    expect(app.errors).toEqual([])
  })

  it('an initiative locked out is saved on it and cut from the suggestion; undo takes the lock back', async () => {
    const page = app.page
    const before = await stored()
    const target = expected(before).funded.find(
      (id) => before.initiatives.find((i) => i.id === id)?.strategy?.lock !== 'in',
    )
    if (!target) throw new Error('the suggestion funds no unlocked initiative')

    await page.locator(`${VIEW} select[data-lock-for="${target}"]`).selectOption('out')
    await expect.poll(async () => (await stored()).initiatives.find((i) => i.id === target)?.strategy?.lock).toBe('out')
    const want = expected(await stored())
    expect(want.cut).toContain(target)
    await expect.poll(cut).toEqual([...want.cut].sort())
    expect(await page.locator(`${VIEW} tr[data-initiative="${target}"]`).getAttribute('data-funded')).toBe('no')
    await expect.poll(() => text('budget-kpi-gained')).toBe(formatMoney(want.npvGained, 'USD'))

    await undo()
    await expect
      .poll(async () => (await stored()).initiatives.find((i) => i.id === target)?.strategy?.lock)
      .toBe(before.initiatives.find((i) => i.id === target)?.strategy?.lock)
    await expect.poll(cut).toEqual([...expected(before).cut].sort())
  })

  it('switching scenario changes the spend shown per year', async () => {
    const page = app.page
    const cell = page.locator(`${VIEW} tr[data-row="total"] td[data-year="2026"]`)
    const portfolio = await stored()
    const baseline = spendByYear(computePortfolio(portfolio).series.totalCost, portfolio.settings)[0]?.spend ?? NaN
    expect(await cell.innerText()).toBe(formatMoney(baseline, 'USD'))

    const scenario = portfolio.scenarios?.find((s) => s.id === 'scenario-prices-halve')
    if (!scenario) throw new Error('the sample lost its price scenario')
    const run = runScenario(portfolio, compilePortfolio(portfolio), scenario)
    const halved = spendByYear(run.result.series.totalCost, portfolio.settings)[0]?.spend ?? NaN
    expect(halved).toBeLessThan(baseline)

    await page.locator(`${VIEW} [data-testid="budget-scenario"]`).selectOption(scenario.id)
    await expect.poll(() => cell.innerText()).toBe(formatMoney(halved, 'USD'))
    expect(await page.locator(`${VIEW} .view__subtitle`).first().innerText()).toContain(scenario.name)
  })
})

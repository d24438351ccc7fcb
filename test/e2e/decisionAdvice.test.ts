/**
 * Advice that accounts for money, in Chromium against the real server and file: the economic gate
 * edited in the rules changes the recommendation (and is saved, undone and reloaded), an unscored
 * initiative is listed as Not scored, a scenario's NPV change is named under the chart, and the
 * budget's reallocation follows the recommendations as switched. Every expected value is computed
 * here with shared/decisions from the portfolio read back through the API.
 */
import { describe, expect, it } from 'vitest'
import { localIsoDate } from '../../shared/engine/calendar'
import { decisionMatrix, reallocate, type MatrixPoint, type RecommendationTreatment } from '../../shared/decisions'
import { computePortfolio } from '../../shared/engine'
import type { Portfolio } from '../../shared/model'
import { appPerTest } from './harness'

const MATRIX = '[data-view="decisions"]'
const BUDGET = '[data-view="budget"]'
const RND = 'rnd-agent'
const HR = 'hr-policy'

describe('advice that accounts for money, in the browser', () => {
  // The view takes today's date when it opens; the test reads it the same way.
  const today = localIsoDate(new Date())
  const app = appPerTest({}, async (page) => {
    await page.locator('.nav__item', { hasText: 'Decision matrix' }).first().click()
    await page.locator(MATRIX).waitFor()
  })

  async function stored(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }
  async function expected(): Promise<Map<string, MatrixPoint>> {
    const p = await stored()
    return new Map(decisionMatrix(p, computePortfolio(p), today).map((x) => [x.id, x]))
  }
  const rec = (id: string) => app.page.locator(`${MATRIX} .matrix-rec[data-id="${id}"]`)
  const action = (id: string) => rec(id).getAttribute('data-action')

  it('shows the money beside each recommendation and says why a recommendation is not its quadrant', async () => {
    const rnd = (await expected()).get(RND)
    // The sample's R&D agent: negative NPV in the Double down corner, held by its strategic case.
    expect(rnd?.quadrant).toBe('double_down')
    expect(rnd?.money.npv).toBeLessThan(0)
    expect(rnd?.recommendation.action).toBe('prove_value')
    await expect.poll(() => action(RND)).toBe('prove_value')
    expect(await rec(RND).locator('.matrix-rec__money').innerText()).toMatch(
      /^NPV −\$\d\.\dM · ROI −\d+% · no payback within the horizon$/,
    )
    expect(await rec(RND).getByTestId('quadrant-note').innerText()).toBe(rnd?.recommendation.quadrantNote)
  })

  it('switching off the strategic case in the economic gate turns it to Fix the economics; undo restores it', async () => {
    const page = app.page
    // A click, not uncheck(): the box shows what the file holds, so it turns once the save is done.
    await page.getByTestId('rules.economicGate.strategicCase').click()
    await expect.poll(async () => (await stored()).scoring?.rules.economicGate.strategicCase).toBe(false)
    const after = (await expected()).get(RND)
    expect(after?.recommendation.action).toBe('fix')
    await expect.poll(() => action(RND)).toBe('fix')
    await expect
      .poll(() => rec(RND).getByTestId('quadrant-note').innerText())
      .toMatch(/^Double down quadrant, but NPV −\$\d\.\dM not above \$0: fix the economics before investing more\.$/)

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await stored()).scoring?.rules.economicGate.strategicCase).toBe(true)
    await expect.poll(() => action(RND)).toBe('prove_value')
    await expect.poll(() => page.getByTestId('rules.economicGate.strategicCase').isChecked()).toBe(true)
  })

  it('a higher NPV bar typed in the gate is saved, changes who passes, survives a reload; a bad one is refused', async () => {
    const page = app.page
    const strategicCase = page.getByTestId('rules.economicGate.strategicCase')
    await strategicCase.click()
    await expect.poll(async () => (await stored()).scoring?.rules.economicGate.strategicCase).toBe(false)
    const bar = page.getByTestId('rules.economicGate.minNpv')
    await bar.fill('$5M')
    await bar.press('Enter')
    await expect.poll(async () => (await stored()).scoring?.rules.economicGate.minNpv).toBe(5_000_000)
    const want = await expected()
    // NPV about $11.4M still doubles down; contract search (about $3.6M) must fix the economics
    // first; claims triage (about $2.5M with its reviewers' time, Harvest quadrant) is pulled back rather than
    // kept running.
    expect(want.get('code-assistant')?.recommendation.action).toBe('double_down')
    expect(want.get('contract-search')?.recommendation.action).toBe('fix')
    expect(want.get('claims-triage')?.recommendation.action).toBe('pull_back')
    for (const [id, point] of want) await expect.poll(() => action(id)).toBe(point.recommendation.action)
    expect(await rec('claims-triage').getByTestId('quadrant-note').innerText()).toMatch(
      /^Harvest quadrant, but NPV \$2\.\dM not above \$5M: pull back rather than keep it running\.$/,
    )

    await page.reload()
    await page.locator('.nav__item', { hasText: 'Decision matrix' }).first().click()
    await page.locator(MATRIX).waitFor()
    await expect.poll(() => page.getByTestId('rules.economicGate.minNpv').inputValue()).toBe('5,000,000')
    expect(await page.getByTestId('rules.economicGate.strategicCase').isChecked()).toBe(false)

    const again = page.getByTestId('rules.economicGate.minNpv')
    await again.fill('5e13')
    await again.press('Enter')
    await expect
      .poll(() => page.locator('.inline-input__message').first().innerText())
      .toBe('must be between −1,000,000,000,000 and 1,000,000,000,000')
    expect((await stored()).scoring?.rules.economicGate.minNpv).toBe(5_000_000)
    await again.fill('0')
    await again.press('Enter')
    await expect.poll(async () => (await stored()).scoring?.rules.economicGate.minNpv).toBe(0)
    await page.getByTestId('rules.economicGate.strategicCase').click()
    await expect.poll(async () => (await stored()).scoring?.rules.economicGate.strategicCase).toBe(true)
  })

  it('an initiative never scored is listed as Not scored, off the matrix, with no recommendation', async () => {
    const hr = (await expected()).get(HR)
    expect(hr?.recommendation.action).toBe('not_scored')
    const off = app.page.getByTestId('matrix-off-list')
    await expect.poll(() => off.locator(`.matrix-rec[data-id="${HR}"]`).count()).toBe(1)
    expect(await off.locator(`.matrix-rec[data-id="${HR}"] .action-badge`).innerText()).toBe('Not scored')
    expect(await off.locator(`.matrix-rec[data-id="${HR}"]`).getAttribute('data-y')).toBe('')
    // Only there: the main list holds the initiatives with a recommendation.
    expect(await app.page.locator(`${MATRIX} .matrix-rec[data-id="${HR}"]`).count()).toBe(1)
    expect(await off.locator('.matrix-rec').count()).toBe(
      [...(await expected()).values()].filter((p) => p.quadrant === null).length,
    )
    await expect
      .poll(() => app.page.getByRole('group', { name: 'Show recommendations' }).innerText())
      .toContain('Not scored 1')
  })

  it('a scenario names where its money moves under the chart', async () => {
    const page = app.page
    await page.locator('#matrix-scenario').selectOption('scenario-half-adoption')
    await expect
      .poll(() => page.getByTestId('matrix-moves').innerText())
      .toMatch(
        /^Under “Adoption at half the plan”: \d+ initiatives move; .* NPV \$[\d.]+M → \$[\d.]+M \(−\d+%\), most in /,
      )
    await page.locator('#matrix-scenario').selectOption('')
  })

  it('the budget view follows the recommendations as switched', async () => {
    const page = app.page
    await page.locator('.nav__item', { hasText: 'Budget' }).first().click()
    await page.locator(`${BUDGET} [data-testid="budget-suggestion-table"]`).waitFor()
    const funded = () =>
      page
        .locator(`${BUDGET} tr[data-funded="yes"]`)
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-initiative') ?? '').sort())
    const want = async (treatment: RecommendationTreatment) => {
      const p = await stored()
      const result = computePortfolio(p)
      const r = reallocate(p, result, decisionMatrix(p, result, today), {
        constraint: 'horizon',
        objective: 'npv',
        treatment,
      })
      if (!r) throw new Error('no budget')
      return r
    }
    const text = () => page.getByTestId('budget-treatment-text').innerText()

    const followed = await want({ excludePullBack: true, proveValue: 'reserve' })
    await expect.poll(funded).toEqual([...followed.funded].sort())
    expect(await text()).toBe(`Recommendations: ${followed.treatmentText}`)
    for (const id of followed.excludedIds) {
      expect(await page.locator(`${BUDGET} tr[data-initiative="${id}"] .budget-badge`).innerText()).toBe('Left out')
    }

    await page.getByTestId('budget-treatment-prove-value').selectOption('reserveThenBudget')
    const first = await want({ excludePullBack: true, proveValue: 'reserveThenBudget' })
    expect(first.proveValue.funded).toContain(RND)
    await expect.poll(funded).toEqual([...first.funded].sort())
    expect(await page.locator(`${BUDGET} tr[data-initiative="${RND}"] .budget-badge`).innerText()).toBe('Fund first')

    await page.getByTestId('budget-treatment-pullback').uncheck()
    await page.getByTestId('budget-treatment-prove-value').selectOption('compete')
    const ignored = await want({ excludePullBack: false, proveValue: 'compete' })
    await expect.poll(funded).toEqual([...ignored.funded].sort())
    await expect.poll(text).toBe(`Recommendations: ${ignored.treatmentText}`)
    expect(app.errors).toEqual([])
  })
})

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { decisionMatrix, type MatrixPoint } from '../../shared/decisions'
import { compilePortfolio, computePortfolio } from '../../shared/engine'
import { runScenario } from '../../shared/engine/scenarios'
import type { Portfolio } from '../../shared/model'
import { DEFAULT_SCORING_MODEL } from '../../shared/model/strategyDefaults'
import { gridPointOnChart, hoverItem, itemOnChart } from './charts'
import { appPerTest } from './harness'

const FIELD = { id: 'field-service-bot', name: 'Field-service knowledge bot' }
const TODAY = '2026-01-15'
const PRICES_HALVE = 'scenario-prices-halve'

/**
 * The decision matrix in Chromium against the real server and file: a weight change moves a bubble
 * to where shared/decisions puts it (computed here from the portfolio read back from the file),
 * a scenario draws arrows, undo restores the weight, and what is saved survives a reload. Each test
 * starts from the sample in a fresh file; positions on the chart are read from the chart itself.
 */
describe('decision matrix in the browser', () => {
  const app = appPerTest({}, openMatrix)

  async function openMatrix(page: Page): Promise<void> {
    await page.locator('.nav__item', { hasText: 'Decision matrix' }).first().click()
    await page.locator('[data-view="decisions"]').waitFor()
  }

  async function stored(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }

  /** Positions as shared/decisions computes them from what the file holds. */
  async function expected(): Promise<MatrixPoint[]> {
    const p = await stored()
    return decisionMatrix(p, computePortfolio(p), TODAY)
  }

  const shownY = async (page: Page, id: string) =>
    Number(await page.locator(`.matrix-rec[data-id="${id}"]`).getAttribute('data-y'))

  const chartHost = (page: Page) => page.getByRole('region', { name: 'Decision matrix' }).getByTestId('echart-host')

  /** In the UI: talent & brand weighs 60 instead of 15; returns the positions shared/decisions gives then. */
  async function weighTalentBrand(page: Page): Promise<MatrixPoint[]> {
    const weight = page.getByTestId('criterion-weight-talent-brand')
    await weight.fill('60')
    await weight.press('Enter')
    await expect
      .poll(async () => (await stored()).scoring?.criteria.find((c) => c.id === 'talent-brand')?.weight)
      .toBe(60)
    return expected()
  }

  it('a new criterion weight moves the bubble to the importance shared/decisions computes; undo moves it back', async () => {
    const page = app.page
    const before = (await expected()).find((p) => p.id === FIELD.id)
    // 3, 2, 2, 4 on weights 30, 30, 15, 25: (15 + 7.5 + 3.75 + 18.75) = 45.
    expect(before?.y).toBeCloseTo(45, 9)
    expect(await shownY(page, FIELD.id)).toBe(before?.y)

    const moved = (await weighTalentBrand(page)).find((p) => p.id === FIELD.id) as MatrixPoint
    // By hand: (30*0.5 + 30*0.25 + 60*0.25 + 25*0.75) / 145 * 100 = 56.25 / 145 * 100 = 38.79...
    expect(moved.y).toBeCloseTo((56.25 / 145) * 100, 9)
    await expect.poll(() => shownY(page, FIELD.id)).toBe(moved.y)
    // The chart holds the bubble there, and hovering where it draws it shows its tooltip.
    const host = chartHost(page)
    await expect.poll(async () => (await itemOnChart(host, FIELD.name)).value[1]).toBe(moved.y)
    const tip = await hoverItem(page, host, FIELD.name)
    expect(tip).toContain('Strategic importance 39')
    expect(tip).toMatch(/value \+\d+%\/yr vs running cost [+−]?\d+%\/yr/)

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect
      .poll(async () => (await stored()).scoring?.criteria.find((c) => c.id === 'talent-brand')?.weight)
      .toBe(15)
    await expect.poll(() => shownY(page, FIELD.id)).toBeCloseTo(45, 9)
    await expect.poll(async () => (await itemOnChart(host, FIELD.name)).value[1]).toBeCloseTo(45, 9)
  })

  it('choosing a scenario draws an arrow for each initiative that moves', async () => {
    const page = app.page
    const p = await stored()
    const scenario = p.scenarios?.find((s) => s.id === PRICES_HALVE)
    if (!scenario) throw new Error('the sample lost its price scenario')
    const base = decisionMatrix(p, computePortfolio(p), TODAY)
    const under = decisionMatrix(p, runScenario(p, compilePortfolio(p), scenario).result, TODAY)
    const moving = base.filter((b) => {
      const u = under.find((x) => x.id === b.id)
      return b.x !== null && b.y !== null && u?.x != null && u.y !== null && Math.hypot(u.x - b.x, u.y - b.y) >= 0.5
    })
    expect(moving.length).toBeGreaterThan(0)

    expect(await page.getByTestId('matrix-chart').getAttribute('data-arrows')).toBe('0')
    await page.locator('#matrix-scenario').selectOption(PRICES_HALVE)
    await expect.poll(() => page.getByTestId('matrix-chart').getAttribute('data-arrows')).toBe(String(moving.length))
    expect(await page.getByTestId('matrix-moves').innerText()).toContain(`${String(moving.length)} initiatives move`)
    // The list now reads the scenario's positions.
    const shown = Number(await page.locator(`.matrix-rec[data-id="${FIELD.id}"]`).getAttribute('data-x'))
    expect(shown).toBe(under.find((u) => u.id === FIELD.id)?.x)

    await page.getByLabel('Arrows from baseline').uncheck()
    await expect.poll(() => page.getByTestId('matrix-chart').getAttribute('data-arrows')).toBe('0')
  })

  it('a saved threshold changes the recommendation and survives a reload', async () => {
    const page = app.page
    const threshold = page.getByTestId('thresholds.strategic')
    await threshold.fill('40')
    await threshold.press('Enter')
    await expect.poll(async () => (await stored()).scoring?.thresholds.strategic).toBe(40)
    // 45 >= 40 now: strategic with improving economics, but no measured evidence.
    await expect
      .poll(() => page.locator(`.matrix-rec[data-id="${FIELD.id}"]`).getAttribute('data-action'))
      .toBe((await expected()).find((p) => p.id === FIELD.id)?.recommendation.action)

    await page.reload()
    await openMatrix(page)
    expect(await page.getByTestId('thresholds.strategic').inputValue()).toBe('40')
    expect(await page.getByTestId('criterion-weight-talent-brand').inputValue()).toBe('15')
    expect(await shownY(page, FIELD.id)).toBeCloseTo(45, 9)
  })

  it('a refused weight shows its rule and saves nothing', async () => {
    const page = app.page
    const before = (await stored()).scoring
    const weight = page.getByTestId('criterion-weight-market-position')
    await weight.fill('500')
    await weight.press('Enter')
    await expect.poll(() => page.locator('.inline-input__message').first().innerText()).toBe('must be 100 or less')
    expect((await stored()).scoring).toEqual(before)
    expect(DEFAULT_SCORING_MODEL.criteria.find((c) => c.id === 'market-position')?.weight).toBe(30)
  })

  it('the strategic threshold line can be dragged on the chart; undo puts it back', async () => {
    const page = app.page
    // The sample has no scoring model of its own: the default one is in force until a first change.
    const from = ((await stored()).scoring ?? DEFAULT_SCORING_MODEL).thresholds.strategic
    const to = from + 20
    expect(to).toBeLessThanOrEqual(100)
    const host = chartHost(page)
    // Grab the line near the left edge of the plot, clear of the bubbles, and pull it up by 20 points.
    const start = await gridPointOnChart(host, ['min', from])
    const middle = await gridPointOnChart(host, ['min', from + 10])
    const end = await gridPointOnChart(host, ['min', to])
    const x = start.x + 6
    await page.mouse.move(x, start.y)
    await page.mouse.down()
    await page.mouse.move(x, middle.y, { steps: 5 })
    await page.mouse.move(x, end.y, { steps: 5 })
    await page.mouse.up()
    await expect.poll(async () => (await stored()).scoring?.thresholds.strategic).toBe(to)
    await expect.poll(() => page.getByTestId('thresholds.strategic').inputValue()).toBe(String(to))

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await stored()).scoring?.thresholds.strategic).toBe(from)
  })

  it('clicking a bubble opens the initiative', async () => {
    const page = app.page
    const host = chartHost(page)
    await hoverItem(page, host, FIELD.name)
    await page.mouse.down()
    await page.mouse.up()
    await page.locator('[data-view="initiative"] h1', { hasText: FIELD.name }).waitFor()
    expect(app.errors).toEqual([])
  })
})

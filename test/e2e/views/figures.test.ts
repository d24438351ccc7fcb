/**
 * Figures that never mislead, in the browser: an unpriced month's unit costs read as lower bounds
 * (initiative, grid and its total row, scenario table), the first active month has one name, and
 * the KPIs state the NPV date, that ROI is undiscounted, and what was spent before the horizon.
 *
 * Portfolio (hand-worked; start 2026-01, 12 months, no discounting): model m1 is priced only from
 * 2026-03-01 ($4 per million input tokens), so January and February are unpriced.
 * - Legacy assistant: launched in month -3 after a 3-month build of 6 FTE-months x $10,000
 *   (months -6..-4) and an evaluation set-up of $5,000 (month -4): $65,000 spent before the
 *   horizon. 100 users x 10 queries = 1,000 queries of 1,000 tokens ($0.004 each once priced),
 *   platform $1,000 and value $2,000 a month. January: $1,000 for 1,000 queries -> $1.00 a query,
 *   a lower bound; December: $1,004 -> $1.004. Cumulative net +$1,000 in January: payback Jan 2026.
 * - Late pilot: launched in month 2, platform $500 a month, no value, nothing before the horizon.
 * The portfolio's first active month is January (the legacy assistant's): $1.00 a query, unpriced.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Portfolio } from '../../../shared/model'
import { initiative, model, portfolio, price } from '../../unit/engine/fixtures'
import { expectCellText, expectTotalText, waitForGrid } from '../grid'
import { launchApp, type RunningApp } from '../harness'
import { openInitiative, openView, unitCell } from './viewsPage'

const SHOTS = '/tmp/shots'

function figuresPortfolio(): Portfolio {
  const p = portfolio({
    months: 12,
    priceBook: [model('m1', [price({ effectiveFrom: '2026-03-01', inputPerM: 4 })])],
    initiatives: [
      {
        ...initiative({
          id: 'legacy',
          usage: { launchMonth: -3, targetUsers: 100, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 },
          costs: {
            buildFteMonths: 6,
            costPerFteMonth: 10_000,
            buildMonths: 3,
            evalSetup: 5_000,
            platformPerMonth: 1_000,
          },
          value: { fixedMonthlyValue: 2_000 },
        }),
        name: 'Legacy assistant',
      },
      {
        ...initiative({ id: 'pilot', usage: { launchMonth: 2 }, costs: { platformPerMonth: 500 } }),
        name: 'Late pilot',
      },
    ],
  })
  return {
    ...p,
    settings: { ...p.settings, name: 'Figures portfolio' },
    scenarios: [
      {
        id: 'half',
        name: 'Half price',
        description: '',
        levers: [
          {
            id: 'p',
            kind: 'price',
            enabled: true,
            scope: { kind: 'portfolio' },
            timing: { kind: 'from', month: 0 },
            target: { kind: 'all' },
            amount: -0.5,
          },
        ],
      },
    ],
  } as Portfolio
}

describe('figures that never mislead, in the browser', () => {
  let app: RunningApp
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await launchApp({ portfolio: figuresPortfolio, viewport: { width: 1400, height: 900 } })
  })
  afterAll(async () => app?.close())

  const card = (label: string) => app.page.locator(`.kpi[aria-label="${label}"]`)

  it('the overview states the NPV date and undiscounted ROI, and shows the cost spent before the horizon', async () => {
    const page = app.page
    await openView(page, 'Overview')
    await card('Spent before the horizon').waitFor()
    expect(await card('Spent before the horizon').locator('.kpi__value').innerText()).toBe('$65,000')
    const note = card('Spent before the horizon').locator('.kpi__note span')
    expect(await note.innerText()).toBe('Sunk build & one-offs before Jan 2026')
    expect(await note.getAttribute('title')).toBe(
      "Build and one-off costs before Jan 2026: sunk, not in the horizon's cost, NPV, ROI or payback",
    )
    expect(await card('NPV').locator('.kpi__note').innerText()).toBe('As of 1 Jan 2026')
    expect(await card('ROI').locator('.kpi__note').innerText()).toBe('Undiscounted, over the horizon')
    await page.screenshot({ path: `${SHOTS}/figures-overview.png` })
  })

  it("the initiative marks its unpriced month's unit costs and names the first active month", async () => {
    const page = app.page
    await openInitiative(page, 'legacy', 'Legacy assistant')
    expect(await unitCell(page, 'first.fullPerQuery')).toBe('≥ $1.00 · unpriced')
    expect(await unitCell(page, 'first.fullPerUser')).toBe('≥ $10.00 · unpriced')
    expect(await unitCell(page, 'last.fullPerQuery')).toBe('$1.004')
    await expect
      .poll(() => page.locator('[aria-label="Unit economics"] thead').innerText())
      .toContain('Jan 2026 (first active month)')
    expect(await card('Payback').locator('.kpi__value').innerText()).toBe('Jan 2026')
    expect(await card('Spent before the horizon').locator('.kpi__value').innerText()).toBe('$65,000')
    await page.screenshot({ path: `${SHOTS}/figures-initiative.png`, fullPage: true })
  })

  it('the grid shows unpriced unit costs as lower bounds, the total row in its first active month too', async () => {
    const page = app.page
    await openView(page, 'Cost model')
    await waitForGrid(page)
    await expectCellText(page, 'legacy', 'result.fullFirst', '≥ $1.00')
    await expectCellText(page, 'legacy', 'result.fullLast', '$1.004')
    // January: only the legacy assistant is live; the pilot launches in March.
    await expectTotalText(page, 'result.fullFirst', '≥ $1.00')
    await page.screenshot({ path: `${SHOTS}/figures-grid.png` })
  })

  it('the scenario table marks unpriced figures and names the first active month', async () => {
    const page = app.page
    await page.locator('.nav__item', { hasText: 'Scenarios' }).first().click()
    await page.locator('[data-view="scenarios"] .kpi-table').waitFor()
    const row = page.locator('.kpi-table tr[data-kpi="first.fullPerQuery"]')
    expect(await row.locator('td[data-case="baseline"] .kpi-table__value').innerText()).toBe('$1.00*')
    expect(await row.locator('td[data-case="baseline"] [data-unpriced="true"]').count()).toBe(1)
    expect(await page.locator('.kpi-table__section', { hasText: 'Unit costs, first active month' }).count()).toBe(1)
    // The last month is priced: no mark.
    const last = page.locator('.kpi-table tr[data-kpi="last.fullPerQuery"] td[data-case="baseline"]')
    expect(await last.locator('[data-unpriced="true"]').count()).toBe(0)
    expect(await page.locator('.kpi-table__notes').innerText()).toContain('NPV as of 1 Jan 2026; ROI undiscounted.')
    await page.locator('.kpi-table').screenshot({ path: `${SHOTS}/figures-scenarios.png` })
  })

  it('shows no error on the console', () => {
    expect(app.errors).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { formatMoney } from '../../shared/display'
import { computePortfolio } from '../../shared/engine'
import type { Initiative, Portfolio } from '../../shared/model'
import { appPerTest } from './harness'
import { cell, cellTooltip, waitForGrid } from './grid'

const SALES = { id: 'sales-email', name: 'Sales email drafting' }
const PAST_REVIEW = '2020-01-15'
const NEXT_REVIEW = '2029-06-30'
const DECISION_DATE = '2027-02-01'
// As the app writes them.
const PAST_REVIEW_SHOWN = '15 Jan 2020'
const NEXT_REVIEW_SHOWN = '30 Jun 2029'
const DECISION_DATE_SHOWN = '1 Feb 2027'

/** The sample with the sales-email review long overdue, whatever day the test runs on. */
function portfolio(): Portfolio {
  const p = samplePortfolio()
  const sales = p.initiatives.find((i) => i.id === SALES.id)
  if (!sales) throw new Error('sample lost sales-email')
  sales.governance.reviewDate = PAST_REVIEW
  return p
}

function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

describe('governance: flags, business reviews and the decision log', () => {
  const app = appPerTest({ portfolio }, waitForGrid)

  async function stored(): Promise<Initiative> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    const found = r.data.portfolio.initiatives.find((i) => i.id === SALES.id)
    if (!found) throw new Error('sales-email is gone')
    return found
  }

  const openGovernance = async () => {
    await app.page.locator('.nav__item', { hasText: 'Governance' }).first().click()
    await app.page.locator('[data-view="governance"]').waitFor()
  }
  const reviewOrder = () =>
    app.page.$$eval('[data-testid="review-list"] tbody[data-review]', (rows) =>
      rows.map((r) => r.getAttribute('data-review')),
    )
  const overdueFlag = () =>
    app.page.locator(`[data-testid="flag-list"] tr[data-initiative="${SALES.id}"][data-flag="review_overdue"]`)

  it('a flagged initiative shows its flag in the grid, with the message in the tooltip', async () => {
    const page = app.page
    const flags = await cell(page, SALES.id, 'result.flags')
    expect((await flags.innerText()).trim()).toBe('⚑ 1')
    // The sample's initiatives with framing and a future review date carry no flag.
    expect((await (await cell(page, 'support-deflection', 'result.flags')).innerText()).trim()).toBe('')
    await cellTooltip(page, SALES.id, 'result.flags', `Review was due on ${PAST_REVIEW_SHOWN}`)
  })

  it('the governance list shows the flag, and its row opens the initiative; the review list puts it first, overdue', async () => {
    const page = app.page
    await openGovernance()
    await expect.poll(() => overdueFlag().count()).toBe(1)
    expect(await overdueFlag().innerText()).toContain(`Review was due on ${PAST_REVIEW_SHOWN}`)
    expect((await reviewOrder())[0]).toBe(SALES.id)
    // Money in the flag's words reads as money, in the portfolio's currency.
    const hrCost = computePortfolio(portfolio()).byId.get('hr-policy')?.totals.cost ?? NaN
    expect(
      await page
        .locator('[data-testid="flag-list"] tr[data-initiative="hr-policy"][data-flag="missing_framing"]')
        .innerText(),
    ).toContain(
      `Horizon cost ${formatMoney(Math.round(hrCost), 'USD')} is above the investment threshold $250,000 without a hypothesis`,
    )
    const row = page.locator(`tbody[data-review="${SALES.id}"]`)
    expect(await row.getAttribute('class')).toContain('gov-review--overdue')
    expect(await row.innerText()).toContain('Overdue by')
    // The overdue filter keeps this review and leaves out hr-policy, which has no review date.
    await page.getByLabel('Show reviews').selectOption('overdue')
    await expect.poll(async () => (await reviewOrder()).includes(SALES.id)).toBe(true)
    expect(await reviewOrder()).not.toContain('hr-policy')
    await page.getByLabel('Show reviews').selectOption('all')

    await overdueFlag().locator('td').nth(2).click()
    await page.locator('[data-view="initiative"] h1', { hasText: SALES.name }).waitFor()
  })

  it('a decision with a missing field is refused with the field and rule named, and nothing is saved', async () => {
    const page = app.page
    await openGovernance()
    await page.locator(`tbody[data-review="${SALES.id}"] button`, { hasText: 'Log decision' }).click()
    const dialog = page.getByRole('dialog', { name: `Log a decision on ${SALES.name}` })
    await dialog.waitFor()
    await dialog.locator('[data-field="decision.rationale"]').fill('Reply rate up 4 points in the pilot.')
    await dialog.getByRole('button', { name: 'Log decision' }).click()
    await expect.poll(() => dialog.locator('.field__message').innerText()).toBe('Decided by must name who decided')
    expect((await stored()).decisions ?? []).toEqual([])
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  it('logging a decision sets the next review date and the stage, in the log and the review list; undo/redo move all three; a reload reads it back', async () => {
    const page = app.page
    await openGovernance()
    await page.locator(`tbody[data-review="${SALES.id}"] button`, { hasText: 'Log decision' }).click()
    const dialog = page.getByRole('dialog', { name: `Log a decision on ${SALES.name}` })
    await dialog.locator('[data-field="decision.date"]').fill(DECISION_DATE_SHOWN)
    await dialog.locator('[data-field="decision.decision"]').selectOption('scale')
    // Scaling follows from "scale" on a pilot.
    expect(await dialog.locator('[data-field="decision.stage"]').inputValue()).toBe('scaling')
    await dialog.locator('[data-field="decision.by"]').fill('Revenue council')
    await dialog.locator('[data-field="decision.nextReviewDate"]').fill('June 30, 2029')
    await dialog.locator('[data-field="decision.rationale"]').fill('Reply rate up 4 points in the pilot.')
    await dialog.getByRole('button', { name: 'Log decision' }).click()
    await dialog.waitFor({ state: 'detached' })

    const expected = {
      id: `${SALES.id}-d1`,
      date: DECISION_DATE,
      decision: 'scale',
      rationale: 'Reply rate up 4 points in the pilot.',
      by: 'Revenue council',
      nextReviewDate: NEXT_REVIEW,
      stage: 'scaling',
    }
    await expect.poll(async () => (await stored()).decisions).toEqual([expected])
    expect((await stored()).governance).toMatchObject({ reviewDate: NEXT_REVIEW, stage: 'scaling' })

    // The review list: now due last of the dated reviews (hr-policy has none), with its last decision.
    const row = page.locator(`tbody[data-review="${SALES.id}"]`)
    await expect.poll(() => row.innerText()).toContain(`Last: Scale on ${DECISION_DATE_SHOWN}`)
    expect(await row.innerText()).toContain(NEXT_REVIEW_SHOWN)
    expect(await row.innerText()).toContain('Scaling')
    expect((await row.getAttribute('class'))?.includes('gov-review--overdue')).toBe(NEXT_REVIEW < localToday())
    const order = await reviewOrder()
    expect(order.indexOf(SALES.id)).toBe(order.length - 2)
    expect(order.at(-1)).toBe('hr-policy')
    expect(await overdueFlag().count()).toBe(0)

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await stored()).decisions ?? []).toEqual([])
    expect((await stored()).governance).toMatchObject({ reviewDate: PAST_REVIEW, stage: 'pilot' })
    await expect.poll(() => overdueFlag().count()).toBe(1)
    expect((await reviewOrder())[0]).toBe(SALES.id)

    await page.getByRole('button', { name: 'Redo', exact: true }).click()
    await expect.poll(async () => (await stored()).decisions).toEqual([expected])
    expect((await stored()).governance).toMatchObject({ reviewDate: NEXT_REVIEW, stage: 'scaling' })
    await expect.poll(() => row.innerText()).toContain(`Last: Scale on ${DECISION_DATE_SHOWN}`)

    // Saved: after a reload it is in the review list and the initiative's decision log.
    await page.reload()
    await waitForGrid(page)
    await openGovernance()
    await expect.poll(() => row.innerText()).toContain(`Last: Scale on ${DECISION_DATE_SHOWN}`)
    await row.getByRole('button', { name: SALES.name }).click()
    const entry = page.locator(`[data-testid="decision-log"] [data-decision="${SALES.id}-d1"]`)
    await entry.waitFor()
    const text = await entry.innerText()
    expect(text).toContain(DECISION_DATE_SHOWN)
    expect(text).toContain('Scale')
    expect(text).toContain('Reply rate up 4 points in the pilot.')
    expect(text).toContain(`by Revenue council · next review ${NEXT_REVIEW_SHOWN} · stage → Scaling`)
    expect((await stored()).decisions?.length).toBe(1)
    expect(app.errors).toEqual([])
  })
})

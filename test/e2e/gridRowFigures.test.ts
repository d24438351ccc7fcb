/**
 * An edit to one initiative moves the figures of others (a pool shared by inference cost), and
 * the grid updates only the edited row's object: the untouched rows in view must still show
 * their new cost, and their flag tooltip the new figure. Expected values from the engine on the
 * edited portfolio, as gridEdit.test.ts does.
 */
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { computePortfolio } from '../../shared/engine'
import type { Portfolio } from '../../shared/model'
import { appPerTest } from './harness'
import { cell, cellText, cellTooltip, typeInto, waitForGrid } from './grid'

const EDITED = 'hr-policy'
const UNTOUCHED = 'sales-email'
const TOKENS = 80_000

/** "$1,028,855" -> 1028855 */
const money = (text: string): number => Number(text.replace(/[$,\s]/g, ''))

/** The sample with sales-email's hypothesis left blank: above the investment threshold, it is flagged. */
function portfolio(): Portfolio {
  const p = samplePortfolio()
  const sales = p.initiatives.find((i) => i.id === UNTOUCHED)
  if (!sales) throw new Error('sample lost sales-email')
  sales.governance.hypothesis = ''
  return p
}

/** The cost the engine gives the untouched initiative, before and after the edit. */
function costs(): { before: number; after: number } {
  const before = computePortfolio(portfolio()).byId.get(UNTOUCHED)?.totals.cost
  const edited = portfolio()
  const hr = edited.initiatives.find((i) => i.id === EDITED)
  if (!hr) throw new Error('sample lost hr-policy')
  hr.usage.inputTokensPerQuery = TOKENS
  const after = computePortfolio(edited).byId.get(UNTOUCHED)?.totals.cost
  if (before === undefined || after === undefined) throw new Error('no result for sales-email')
  return { before, after }
}

describe('figures of rows an edit did not touch', () => {
  const app = appPerTest({ portfolio }, waitForGrid)

  it('show the new cost and flag message after another initiative is edited', async () => {
    const page = app.page
    const { before, after } = costs()
    // The edit must move the untouched initiative's cost by whole dollars, or this test proves nothing.
    expect(Math.abs(Math.round(after) - Math.round(before))).toBeGreaterThanOrEqual(1)
    const shownBefore = await cellText(page, UNTOUCHED, 'result.cost')
    expect(money(shownBefore)).toBeCloseTo(before, 0)
    await cellTooltip(page, UNTOUCHED, 'result.flags', `Horizon cost $${Math.round(before).toLocaleString('en-US')}`)

    await typeInto(page, EDITED, 'usage.inputTokensPerQuery', TOKENS.toLocaleString('en-US'))

    await page.waitForFunction(
      ([id, old]) =>
        document.querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="result.cost"]`)?.textContent?.trim() !== old,
      [UNTOUCHED, shownBefore] as const,
    )
    expect(money(await cellText(page, UNTOUCHED, 'result.cost'))).toBeCloseTo(after, 0)
    expect((await (await cell(page, UNTOUCHED, 'result.flags')).innerText()).trim()).toBe('⚑ 1')
    await cellTooltip(page, UNTOUCHED, 'result.flags', `Horizon cost $${Math.round(after).toLocaleString('en-US')}`)
  })
})

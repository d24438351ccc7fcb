import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { computePortfolio } from '../../shared/engine'
import type { Portfolio } from '../../shared/model'
import { appPerTest } from './harness'
import {
  cell,
  copyText,
  expectCellText,
  expectTotalText,
  pasteText,
  rowIds,
  totalCell,
  totalText,
  waitForGrid,
  waitForTotalChange,
} from './grid'

const ROWS = ['sales-email', 'marketing-content', 'field-service-bot'] as const
const PASTED = [
  { usersAtLaunch: 100, targetUsers: 1200, rampMonths: 6, userGrowthPerYear: 0.1 },
  { usersAtLaunch: 200, targetUsers: 2400, rampMonths: 3, userGrowthPerYear: 0.05 },
  { usersAtLaunch: 300, targetUsers: 3600, rampMonths: 0, userGrowthPerYear: 0 },
]
// As Excel puts it on the clipboard: CRLF rows, a trailing line break, a quoted cell, separators, percents.
const CLIPBOARD = '100\t"1,200"\t6\t10%\r\n200\t2,400\t3\t5%\r\n300\t3600\t0\t0%\r\n'

const money = (text: string): number => Number(text.replace(/[$,\s]/g, ''))

function usageOf(p: Portfolio, id: string) {
  const u = p.initiatives.find((i) => i.id === id)?.usage
  if (!u) throw new Error(`no initiative ${id}`)
  return {
    usersAtLaunch: u.usersAtLaunch,
    targetUsers: u.targetUsers,
    rampMonths: u.rampMonths,
    userGrowthPerYear: u.userGrowthPerYear,
  }
}

describe('clipboard, undo and redo in the cost grid', () => {
  const app = appPerTest({}, waitForGrid)

  async function stored(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }

  /** The sample with the pasted block applied, computed here with the engine. */
  function expectedTotalAfterPaste(): number {
    const p = samplePortfolio()
    ROWS.forEach((id, r) => {
      const init = p.initiatives.find((i) => i.id === id)
      if (init) Object.assign(init.usage, PASTED[r])
    })
    return computePortfolio(p).totals.cost
  }

  /** Pastes CLIPBOARD at sales-email's users at launch and waits until the grid shows it. */
  async function pasteBlock(): Promise<void> {
    const page = app.page
    await (await cell(page, 'sales-email', 'usage.usersAtLaunch')).click()
    await pasteText(page, CLIPBOARD)
    await expectCellText(page, 'field-service-bot', 'usage.userGrowthPerYear', '0%')
    await expectCellText(page, 'sales-email', 'usage.targetUsers', '1,200')
    await expectCellText(page, 'marketing-content', 'usage.userGrowthPerYear', '5%')
  }

  it('pastes a 3×4 tab-separated block across rows and columns and updates the totals', async () => {
    const page = app.page
    const original = await stored()
    const beforeTotal = await totalText(page, 'result.cost')
    await pasteBlock()
    const after = await stored()
    ROWS.forEach((id, r) => expect(usageOf(after, id)).toEqual(PASTED[r]))
    // Neighbours of the block are untouched.
    expect(after.initiatives.find((i) => i.id === 'code-assistant')?.usage).toEqual(
      original.initiatives.find((i) => i.id === 'code-assistant')?.usage,
    )
    await waitForTotalChange(page, 'result.cost', beforeTotal)
    expect(money(await totalText(page, 'result.cost'))).toBeCloseTo(expectedTotalAfterPaste(), 0)
  })

  it('undoes the whole paste with one Ctrl+Z and redoes it with Ctrl+Y', async () => {
    const page = app.page
    const sample = samplePortfolio()
    const sampleTotal = computePortfolio(sample).totals.cost
    await pasteBlock()
    await expect.poll(async () => usageOf(await stored(), 'field-service-bot')).toEqual(PASTED[2])
    await page.keyboard.press('Control+z')
    await expectCellText(
      page,
      'sales-email',
      'usage.usersAtLaunch',
      String(usageOf(sample, 'sales-email').usersAtLaunch),
    )
    const undone = await stored()
    for (const id of ROWS) expect(usageOf(undone, id)).toEqual(usageOf(sample, id))
    await totalCell(page, 'result.cost')
    await page.waitForFunction((t) => {
      const text = document.querySelector('.ag-row-pinned .ag-cell[col-id="result.cost"]')?.textContent?.trim() ?? ''
      return Math.abs(Number(text.replace(/[$,]/g, '')) - t) < 0.5
    }, sampleTotal)

    await page.keyboard.press('Control+y')
    await expectCellText(page, 'sales-email', 'usage.usersAtLaunch', '100')
    const redone = await stored()
    ROWS.forEach((id, r) => expect(usageOf(redone, id)).toEqual(PASTED[r]))
    expect(money(await totalText(page, 'result.cost'))).toBeCloseTo(expectedTotalAfterPaste(), 0)
  })

  it('refuses a paste that would write into computed cells, and changes nothing', async () => {
    const page = app.page
    const before = await stored()
    await (await cell(page, 'sales-email', 'value.fixedMonthlyValue')).click()
    await pasteText(page, '1\t2\n3\t4')
    const message = page.getByTestId('cell-error')
    await message.waitFor()
    expect(await message.innerText()).toContain('Horizon value')
    expect(await stored()).toEqual(before)
    await page.keyboard.press('Escape')
  })

  it('copies a selected rectangle as tab-separated text', async () => {
    const page = app.page
    await (await cell(page, 'sales-email', 'usage.usersAtLaunch')).click()
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowDown')
    // The selected cells the grid has drawn (it draws only the columns in view) are marked, and nothing else is.
    const selected = ['sales-email', 'marketing-content'].flatMap((r) =>
      ['usage.usersAtLaunch', 'usage.targetUsers', 'usage.rampMonths', 'usage.userGrowthPerYear'].map(
        (c) => `.ag-row[row-id="${r}"] .ag-cell[col-id="${c}"]`,
      ),
    )
    await page.waitForFunction((sel) => {
      const marked = [...document.querySelectorAll('.gpp-cell--range')]
      const drawn = sel.flatMap((s) => [...document.querySelectorAll(s)])
      return (
        drawn.length > 0 &&
        drawn.every((d) => d.classList.contains('gpp-cell--range')) &&
        marked.every((m) => drawn.includes(m))
      )
    }, selected)
    // The sample's figures: users at launch, target users, ramp months and growth of both rows.
    expect(await copyText(page)).toBe('150\t900\t6\t10%\r\n40\t120\t4\t5%')
    // Ctrl+A selects every cell: the copy is one line per initiative, name first, results last.
    await page.keyboard.press('Control+a')
    const lines = (await copyText(page)).split('\r\n')
    expect(lines).toHaveLength(11)
    expect(lines[0]?.startsWith('Support deflection assistant\t')).toBe(true)
    expect(lines[1]?.split('\t')).toHaveLength(lines[0]?.split('\t').length ?? 0)
  })

  it('adds and deletes initiatives, and undoes and redoes both', async () => {
    const page = app.page
    const ids = await rowIds(page)
    await page.getByRole('button', { name: '+ Add initiative' }).click()
    // Named first: nothing is saved until then.
    await page.getByLabel('Name the new initiative').fill('Quote assistant')
    expect((await stored()).initiatives).toHaveLength(ids.length)
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      ids.length + 1,
    )
    expect((await stored()).initiatives).toHaveLength(ids.length + 1)
    // The focus goes to the new row's first input (out of any text field, so Ctrl+Z is the app's).
    await page.waitForFunction(
      () => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id') === 'governance.owner',
    )
    await page.keyboard.press('Control+z')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      ids.length,
    )
    expect((await stored()).initiatives.map((i) => i.id)).toEqual(ids)
    await page.keyboard.press('Control+Shift+z')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      ids.length + 1,
    )
    await page.keyboard.press('Control+z')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      ids.length,
    )

    const total = await totalText(page, 'result.cost')
    await (await cell(page, 'meeting-notes', 'name')).click()
    await page.keyboard.press('Control+Delete')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      ids.length - 1,
    )
    expect((await stored()).initiatives.map((i) => i.id)).toEqual(ids.filter((id) => id !== 'meeting-notes'))
    await page.keyboard.press('Control+z')
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)').length === n,
      ids.length,
    )
    // Back in its place, with the same totals.
    expect((await stored()).initiatives.map((i) => i.id)).toEqual(ids)
    await expectTotalText(page, 'result.cost', total)
    expect(app.errors).toEqual([])
  })
})

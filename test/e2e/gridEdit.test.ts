import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { computePortfolio } from '../../shared/engine'
import type { Initiative } from '../../shared/model'
import { appPerTest } from './harness'
import {
  cellText,
  chartPixels,
  expectCellText,
  openView,
  totalText,
  typeInto,
  waitForGrid,
  waitForTotalChange,
} from './grid'

/** "$12,345,678" -> 12345678 */
const money = (text: string): number => Number(text.replace(/[$,\s]/g, ''))

describe('editing cells of the cost grid', () => {
  const app = appPerTest({}, waitForGrid)

  async function stored(id: string): Promise<Initiative> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    const found = r.data.portfolio.initiatives.find((i) => i.id === id)
    if (!found) throw new Error(`no initiative ${id}`)
    return found
  }

  it('a new input token count changes cost per query, the initiative and the portfolio total, and stays after a reload', async () => {
    const page = app.page
    // HR policy assistant: GPT-4.1 mini only ($0.40 in, $0.10 cached, $0.40 cache write, $1.60 out per 1M),
    // cache hit 50%, cache write 5%, no batch, 300 output tokens, in its launch month (no prompt growth yet):
    // 4,000 input tokens: (4000 * (0.45*0.40 + 0.5*0.10 + 0.05*0.40) + 300*1.60) / 1e6 = (1000 + 480) / 1e6 = $0.00148
    expect(await cellText(page, 'hr-policy', 'result.inferenceFirst')).toBe('$0.00148')
    const beforeText = await totalText(page, 'result.cost')
    const before = money(beforeText)

    await typeInto(page, 'hr-policy', 'usage.inputTokensPerQuery', '8,000')

    // 8,000 input tokens: (8000 * 0.25 + 480) / 1e6 = $0.00248
    await expectCellText(page, 'hr-policy', 'result.inferenceFirst', '$0.00248')
    expect(await cellText(page, 'hr-policy', 'usage.inputTokensPerQuery')).toBe('8,000')
    // The portfolio total, computed here with the engine from the sample plus this one edit.
    const expected = samplePortfolio()
    const hr = expected.initiatives.find((i) => i.id === 'hr-policy')
    if (!hr) throw new Error('sample lost hr-policy')
    hr.usage.inputTokensPerQuery = 8000
    const total = computePortfolio(expected).totals.cost
    await waitForTotalChange(page, 'result.cost', beforeText)
    expect(money(await totalText(page, 'result.cost'))).toBeCloseTo(total, 0)
    expect(total).toBeGreaterThan(before)
    expect((await stored('hr-policy')).usage.inputTokensPerQuery).toBe(8000)

    // The edit is in the file: a reload reads it back.
    await page.reload()
    await waitForGrid(page)
    await expectCellText(page, 'hr-policy', 'usage.inputTokensPerQuery', '8,000')
    expect(await cellText(page, 'hr-policy', 'result.inferenceFirst')).toBe('$0.00248')
    expect(app.errors).toEqual([])
  })

  it('the overview chart changes with an edit made in the grid', async () => {
    const page = app.page
    await openView(page, 'Overview')
    const before = await chartPixels(page)
    await openView(page, 'Cost model')
    await waitForGrid(page)
    await openView(page, 'Overview')
    // Control: with nothing edited the settled chart draws the same pixels, so a difference below means the data moved.
    await expect.poll(() => chartPixels(page)).toBe(before)
    await openView(page, 'Cost model')
    await waitForGrid(page)
    await typeInto(page, 'meeting-notes', 'usage.outputTokensPerQuery', '5000')
    await expectCellText(page, 'meeting-notes', 'usage.outputTokensPerQuery', '5,000')
    await openView(page, 'Overview')
    await expect.poll(() => chartPixels(page)).not.toBe(before)
    await openView(page, 'Cost model')
    await waitForGrid(page)
    await page.keyboard.press('Control+z')
    await expectCellText(page, 'meeting-notes', 'usage.outputTokensPerQuery', '1,000')
  })

  it('refuses bad entries with a message at the cell naming the field and the rule, and writes nothing', async () => {
    const page = app.page
    const cases = [
      {
        col: 'usage.inputTokensPerQuery',
        text: 'abc',
        header: 'Input tokens / query',
        rule: 'must be a number',
        read: (i: Initiative) => i.usage.inputTokensPerQuery,
      },
      {
        col: 'usage.cacheHitRate',
        text: '140%',
        header: 'Cache hit rate',
        rule: 'must be between 0% and 100%',
        read: (i: Initiative) => i.usage.cacheHitRate,
      },
      {
        col: 'usage.targetUsers',
        text: '-5',
        header: 'Target users',
        rule: 'must be zero or more',
        read: (i: Initiative) => i.usage.targetUsers,
      },
      {
        col: 'usage.rampMonths',
        text: '2.5',
        header: 'Ramp (months)',
        rule: 'must be a whole number',
        read: (i: Initiative) => i.usage.rampMonths,
      },
    ]
    for (const c of cases) {
      const before = await stored('sales-email')
      const shown = await cellText(page, 'sales-email', c.col)
      await typeInto(page, 'sales-email', c.col, c.text)
      const message = page.getByTestId('cell-error')
      await message.waitFor()
      const text = await message.innerText()
      expect(text).toContain('Sales email drafting')
      expect(text).toContain(c.header)
      expect(text).toContain(c.rule)
      await expect(
        page.locator(`.ag-row[row-id="sales-email"] .ag-cell[col-id="${c.col}"].gpp-cell--error`).count(),
      ).resolves.toBe(1)
      // The refused text stays in the cell's editor, focused, for correction.
      await page.waitForFunction(
        ([col, typed]) => {
          const active = document.activeElement
          return (
            active instanceof HTMLInputElement &&
            active.closest('.ag-cell')?.getAttribute('col-id') === col &&
            active.value === typed
          )
        },
        [c.col, c.text] as const,
      )
      // A fresh read of the file: nothing changed.
      expect(c.read(await stored('sales-email'))).toBe(c.read(before))
      // Escape gives the correction up: the saved value is back and the message goes.
      await page.keyboard.press('Escape')
      await message.waitFor({ state: 'detached' })
      await expectCellText(page, 'sales-email', c.col, shown)
    }
  })
})

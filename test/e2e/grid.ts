/** Reading and driving the cost grid in a page, by initiative id and column id. */
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

const cellSelector = (rowId: string, colId: string): string => `.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`
const totalSelector = (colId: string): string => `.ag-row-pinned .ag-cell[col-id="${colId}"]`

/**
 * The grid draws only the columns in view (and a few beyond, which pinned columns may cover). To
 * reach one that is not drawn (`toClick`: not fully in view), walk the keyboard focus along the
 * row from the pinned name cell, as a person would, until the focus is on it: the grid then
 * scrolls it into view. A cell that is only read and already drawn is left where it is, so
 * reading does not move the focus.
 */
async function reveal(page: Page, rowId: string, colId: string, toClick = false): Promise<void> {
  if (!toClick && (await page.locator(cellSelector(rowId, colId)).count()) > 0) return
  const inView = () =>
    page.evaluate(
      ([r, c]) => {
        const cell = document.querySelector(`.ag-row[row-id="${r}"] .ag-cell[col-id="${c}"]`)
        if (!cell) return false
        if (cell.closest('.ag-pinned-left-cols-container, .ag-pinned-right-cols-container, .ag-floating-bottom'))
          return true
        const viewport = document.querySelector('.ag-center-cols-viewport')?.getBoundingClientRect()
        const box = cell.getBoundingClientRect()
        return !!viewport && box.left >= viewport.left - 1 && box.right <= viewport.right + 1
      },
      [rowId, colId] as const,
    )
  if (await inView()) return
  await page.locator(cellSelector(rowId, 'name')).click()
  const focused = () => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'))
  for (let step = 0; step < 80 && (await focused()) !== colId; step++) await page.keyboard.press('ArrowRight')
}

/** A cell by initiative id and column id, scrolled into the grid's view. */
export async function cell(page: Page, rowId: string, colId: string): Promise<Locator> {
  await reveal(page, rowId, colId, true)
  return page.locator(cellSelector(rowId, colId))
}

/** A cell of the pinned total row, scrolled into view along the first initiative's row. */
export async function totalCell(page: Page, colId: string): Promise<Locator> {
  if ((await page.locator(totalSelector(colId)).count()) === 0) {
    const first = (await rowIds(page))[0]
    if (first) await reveal(page, first, colId)
  }
  return page.locator(totalSelector(colId))
}

export async function cellText(page: Page, rowId: string, colId: string): Promise<string> {
  await reveal(page, rowId, colId)
  return (await page.locator(cellSelector(rowId, colId)).innerText()).trim()
}

export async function totalText(page: Page, colId: string): Promise<string> {
  return (await (await totalCell(page, colId)).innerText()).trim()
}

/**
 * Hovers a cell until the grid shows a tooltip holding `expected`, and returns the tooltip's text.
 * Each try leaves the grid first, so a new tooltip opens: on a loaded machine one hover can come
 * before the grid is ready to show it, or read a tooltip of figures that have since changed.
 */
export async function cellTooltip(page: Page, rowId: string, colId: string, expected: string): Promise<string> {
  const tooltip = page.locator('.ag-tooltip')
  let text = ''
  await expect
    .poll(async () => {
      await page.mouse.move(1, 1)
      await (await cell(page, rowId, colId)).hover()
      const shown = await tooltip.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
      text = shown ? await tooltip.innerText() : ''
      return text
    })
    .toContain(expected)
  return text
}

/** Waits until the grid shows its rows. */
export async function waitForGrid(page: Page): Promise<void> {
  await page.waitForSelector('.ag-row[row-id]:not(.ag-row-pinned)')
}

/** Displayed initiative ids, top to bottom. */
export async function rowIds(page: Page): Promise<string[]> {
  return page.$$eval('.ag-row[row-id]:not(.ag-row-pinned)', (rows) =>
    rows
      .map((r) => ({ id: r.getAttribute('row-id') ?? '', index: Number(r.getAttribute('row-index')) }))
      .sort((a, b) => a.index - b.index)
      .map((r) => r.id),
  )
}

/** Types into a cell the way a person does: focus it, press Enter to edit, type, Enter to commit. */
export async function typeInto(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  await (await cell(page, rowId, colId)).click()
  await page.keyboard.press('Enter')
  await page.locator('.gpp-cell-editor').waitFor()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

/** Waits until a cell shows `text` (edits are applied when the file holds them). */
export async function expectCellText(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  await reveal(page, rowId, colId)
  await page.waitForFunction(
    ([r, c, t]) => document.querySelector(`.ag-row[row-id="${r}"] .ag-cell[col-id="${c}"]`)?.textContent?.trim() === t,
    [rowId, colId, text] as const,
  )
}

export async function expectTotalText(page: Page, colId: string, text: string): Promise<void> {
  await totalCell(page, colId)
  await page.waitForFunction(
    ([c, t]) => document.querySelector(`.ag-row-pinned .ag-cell[col-id="${c}"]`)?.textContent?.trim() === t,
    [colId, text] as const,
  )
}

/** Dispatches a paste of `text` at the focused element, as Ctrl+V does with a clipboard from Excel. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    const target = document.activeElement ?? document.body
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

/** Dispatches a copy at the focused element and returns what the page put on the clipboard. */
export async function copyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = new DataTransfer()
    const target = document.activeElement ?? document.body
    target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }))
    return data.getData('text/plain')
  })
}

/** Opens a view from the left navigation. */
export async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label }).click()
}

/** The pixels of the first chart in the view, as a data URL, once two frames in a row draw the same. */
export async function chartPixels(page: Page): Promise<string> {
  const canvas = page.locator('[data-testid="echart-host"] canvas').first()
  await canvas.waitFor()
  const nextFrame = () =>
    canvas.evaluate(async (c) => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
      return (c as HTMLCanvasElement).toDataURL('image/png')
    })
  let last = await nextFrame()
  let settled = ''
  await expect
    .poll(async () => {
      const next = await nextFrame()
      settled = next === last ? next : ''
      last = next
      return settled !== ''
    })
    .toBe(true)
  return settled
}

/** Waits until the pinned total of `colId` shows something other than `before`. */
export async function waitForTotalChange(page: Page, colId: string, before: string): Promise<void> {
  await totalCell(page, colId)
  await page.waitForFunction(
    ([c, t]) => {
      const text = document.querySelector(`.ag-row-pinned .ag-cell[col-id="${c}"]`)?.textContent?.trim()
      return text !== undefined && text !== t
    },
    [colId, before] as const,
  )
}

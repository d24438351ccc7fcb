/**
 * The renderer in Chromium with 1,000 initiatives: page load to an interactive grid, and a cell
 * edit (or redo of one) to updated totals and overview chart. Times are taken inside the page
 * (performance.now) so they exclude the Playwright round trips. Needs out/renderer: run
 * `npx electron-vite build` first (npm test does).
 */
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchApp, type RunningApp } from '../e2e/harness'
import type { BenchSuite } from './harness'
import { syntheticPortfolio } from './syntheticPortfolio'

const SIZE = { seed: 20_261_128, initiatives: 1_000, months: 60, models: 15, pools: 4 }
const TOKENS = 'usage.inputTokensPerQuery'

/** One server and browser shared by the suites of this file, started by the first setup. */
function createSession() {
  let app: RunningApp | null = null
  let users = 0
  return {
    async start(): Promise<Page> {
      if (app) return app.page
      if (!existsSync('out/renderer/index.html')) throw new Error('out/renderer is missing: run `npx electron-vite build` first')
      const portfolio = syntheticPortfolio(SIZE)
      app = await launchApp({ viewport: { width: 1920, height: 1080 }, portfolio: () => portfolio })
      await app.page.waitForSelector('.ag-row[row-id]:not(.ag-row-pinned)', { timeout: 60_000 })
      return app.page
    },
    page(): Page {
      if (!app) throw new Error('setup did not run')
      return app.page
    },
    /** A new value each time, so every edit changes the totals. */
    nextValue(): number {
      users += 1
      return 1000 + users
    },
    async stop(): Promise<void> {
      await app?.close()
      app = null
    },
  }
}

const session = createSession()

async function loadToInteractive(page: Page): Promise<number> {
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('gpp:grid-rendered').length > 0, undefined, { timeout: 30_000 })
  // The grid's first data render, measured from navigation start; then one frame so it is on screen.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.getEntriesByName('gpp:grid-rendered')[0]?.startTime ?? Number.NaN)),
      ),
  )
}

/** Watches the pinned total's horizon cost from the next Enter in the cell editor until it shows a new figure. */
function watchTotals(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        // No named helper functions in here: tsx would wrap them in a __name() the page does not have.
        const selector = '.ag-row-pinned .ag-cell[col-id="result.cost"]'
        const before = document.querySelector(selector)?.textContent ?? ''
        let t0 = 0
        document.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') t0 = performance.now()
        }, { capture: true, once: true })
        const observer = new MutationObserver(() => {
          if (t0 === 0 || (document.querySelector(selector)?.textContent ?? '') === before) return
          observer.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - t0))
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        setTimeout(() => reject(new Error('the totals did not change within 10 s')), 10_000)
      }),
  )
}

async function editToTotals(page: Page): Promise<number> {
  const id = await page.locator('.ag-row[row-id]:not(.ag-row-pinned)').first().getAttribute('row-id')
  const cell = page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${TOKENS}"]`)
  await cell.click()
  await page.keyboard.press('F2')
  await page.locator('.gpp-cell-editor').waitFor()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(String(session.nextValue()))
  const measured = watchTotals(page)
  await page.keyboard.press('Enter')
  return measured
}

/** With the overview open: Ctrl+Z / Ctrl+Y of a grid edit to new KPI figures and the chart redrawn (two frames). */
async function undoRedoToOverview(page: Page, key: 'z' | 'y'): Promise<number> {
  const measured = page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector('main') ?? document.body
        const before = root.textContent ?? ''
        let t0 = 0
        document.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true })
        const observer = new MutationObserver(() => {
          if (t0 === 0 || root.textContent === before) return
          observer.disconnect()
          // ECharts draws on its next animation frame after setOption.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
        })
        observer.observe(root, { subtree: true, childList: true, characterData: true })
        setTimeout(() => reject(new Error('the overview did not change within 10 s')), 10_000)
      }),
  )
  await page.keyboard.press(`Control+${key}`)
  return measured
}

let flip: 'z' | 'y' = 'z'

export const suites: BenchSuite[] = [
  {
    name: 'ui: page load to interactive grid, 1,000 initiatives (Chromium)',
    targetMs: 2000,
    samples: 5,
    warmup: 1,
    setup: async () => void (await session.start()),
    run: () => loadToInteractive(session.page()),
  },
  {
    name: 'ui: cell edit to updated totals row, 1,000 initiatives (Chromium, incl. save)',
    targetMs: 100,
    samples: 15,
    warmup: 3,
    setup: async () => {
      const page = await session.start()
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cost model' }).click()
    },
    run: () => editToTotals(session.page()),
  },
  {
    name: 'ui: undo/redo of an edit to overview KPIs and chart, 1,000 initiatives (Chromium, incl. save)',
    targetMs: 100,
    samples: 15,
    warmup: 3,
    setup: async () => {
      const page = await session.start()
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click()
      await page.locator('[data-testid="echart-host"] canvas').first().waitFor()
    },
    run: () => {
      flip = flip === 'z' ? 'y' : 'z'
      return undoRedoToOverview(session.page(), flip)
    },
    teardown: () => session.stop(),
  },
]

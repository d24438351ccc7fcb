/**
 * End-to-end harness: the real browser-mode server (electron/server) on a temporary user-data
 * folder whose default portfolio is created from the sample, and the system Chromium driven by
 * playwright-core. Builds nothing: `npm test` runs electron-vite build first (out/renderer).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { Method, Params, Result } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/result'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import type { Portfolio } from '../../shared/model'
import { startServer, type RunningServer } from '../../electron/server/startServer'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

export interface AppOptions {
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  /** The portfolio the default file is created from (the sample when absent). */
  portfolio?: () => Portfolio
  /** A browser to open the app in (the caller closes it); the app launches its own when absent. */
  browser?: Browser
}

export interface RunningApp {
  server: RunningServer
  browser: Browser
  context: BrowserContext
  page: Page
  /** Console errors and page errors seen so far (a CSP violation shows up here). */
  errors: string[]
  /** Calls the API as the page does, for reading back what the file holds. */
  call<M extends Method>(method: M, params: Params<M>): Promise<ApiResult<Result<M>>>
  /** Opens a fresh page on the same server (what a reload or a new window sees). */
  newPage(): Promise<Page>
  close(): Promise<void>
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

async function openPage(context: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  return page
}

/** A context as every e2e test uses it: reduced motion, so charts and transitions settle at once. */
function newAppContext(browser: Browser, options: AppOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
  })
}

/**
 * The server on a fresh user-data folder and a page signed in through the printed address. With
 * `options.browser` the app opens a context in that browser (and closes only the context); else it
 * launches its own.
 */
export async function launchApp(options: AppOptions = {}): Promise<RunningApp> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gpp-e2e-'))
  let server: RunningServer | null = null
  let browser: Browser | null = null
  let context: BrowserContext | null = null
  const ownBrowser = options.browser === undefined
  const closeAll = async () => {
    await context?.close()
    if (ownBrowser) await browser?.close()
    await server?.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
  try {
    // GPP_E2E_RENDERER_DIR serves another build than out/renderer (parallel work on one checkout).
    server = await startServer({
      userDataDir,
      samplePortfolio: options.portfolio ?? samplePortfolio,
      rendererDir: process.env.GPP_E2E_RENDERER_DIR,
    })
    browser = options.browser ?? (await launchBrowser())
    context = await newAppContext(browser, options)
    const errors: string[] = []
    // The printed address: its token becomes the session cookie, then the page loads without it.
    const page = await openPage(context, server.accessUrl, errors)
    const running = server
    const openContext = context
    return {
      server: running,
      browser,
      context,
      page,
      errors,
      async call(method, params) {
        const response = await fetch(`${running.url}api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-GPP-Token': running.token },
          body: JSON.stringify(params),
        })
        return (await response.json()) as ApiResult<Result<typeof method>>
      },
      newPage: () => openPage(openContext, running.url, errors),
      close: closeAll,
    }
  } catch (e) {
    await closeAll()
    throw e
  }
}

/**
 * For every test of the calling file: its own server on a fresh copy of the portfolio and its own
 * browser context and page (one Chromium per file), so no test depends on another or on their order.
 * `ready` runs on the new page before the test (waitForGrid, opening a view). The object returned
 * reads the current test's app, so tests and helpers write `app.page` and `app.call(...)` as usual.
 */
export function appPerTest(
  options: Omit<AppOptions, 'browser'> = {},
  ready?: (page: Page) => Promise<void>,
): RunningApp {
  let browser: Browser | null = null
  let current: RunningApp | null = null
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    if (!browser) throw new Error('appPerTest: the browser did not start')
    current = await launchApp({ ...options, browser })
    await ready?.(current.page)
  })
  afterEach(async () => {
    await current?.close()
    current = null
  })
  const now = (): RunningApp => {
    if (!current) throw new Error('appPerTest: the app exists only inside a test')
    return current
  }
  return {
    get server() {
      return now().server
    },
    get browser() {
      return now().browser
    },
    get context() {
      return now().context
    },
    get page() {
      return now().page
    },
    get errors() {
      return now().errors
    },
    call: (method, params) => now().call(method, params),
    newPage: () => now().newPage(),
    close: () => now().close(),
  }
}

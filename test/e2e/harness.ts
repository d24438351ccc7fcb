/**
 * End-to-end harness: the real browser-mode server (electron/server) on a temporary user-data
 * folder whose default portfolio is created from the sample, and the system Chromium driven by
 * playwright-core. Builds nothing: `npm test` runs electron-vite build first (out/renderer).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
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

export async function openPage(context: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  return page
}

export async function launchApp(options: AppOptions = {}): Promise<RunningApp> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gpp-e2e-'))
  let server: RunningServer | null = null
  let browser: Browser | null = null
  try {
    // GPP_E2E_RENDERER_DIR serves another build than out/renderer (parallel work on one checkout).
    server = await startServer({
      userDataDir,
      samplePortfolio: options.portfolio ?? samplePortfolio,
      rendererDir: process.env.GPP_E2E_RENDERER_DIR,
    })
    browser = await launchBrowser()
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
      deviceScaleFactor: 1,
    })
    const errors: string[] = []
    // The printed address: its token becomes the session cookie, then the page loads without it.
    const page = await openPage(context, server.accessUrl, errors)
    const running = server
    const openBrowser = browser
    return {
      server: running,
      browser: openBrowser,
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
      newPage: () => openPage(context, running.url, errors),
      async close() {
        await openBrowser.close()
        await running.close()
        rmSync(userDataDir, { recursive: true, force: true })
      },
    }
  } catch (e) {
    await browser?.close()
    await server?.close()
    rmSync(userDataDir, { recursive: true, force: true })
    throw e
  }
}

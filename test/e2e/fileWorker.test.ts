/**
 * The packaged app loads its renderer from file:// (electron/main/rendererLocation.ts), and the
 * engine's worker must load there too. Electron cannot run here, so the built renderer
 * (out/renderer, from `npx electron-vite build`) is opened from file:// in Chromium:
 * - the bundle names the worker by a URL relative to its own chunk (new URL(name, import.meta.url)),
 *   a file beside it with no imports of its own, so it resolves under file:// as over http;
 * - in the page, under the page's own Content-Security-Policy (no worker-src, so script-src 'self'
 *   governs workers), a module worker from that URL starts and answers a comparison job with its
 *   typed arrays, and no CSP violation is reported.
 * Plain Chromium gives a file:// page an opaque origin and refuses it every module script, the app's
 * own index.js included; Electron loads its file:// pages' module scripts, which the app already
 * relies on. --allow-file-access-from-files gives Chromium that same access for this check.
 * Without the API bridge the app shows its error screen; the worker does not depend on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { CHROMIUM_ARGS } from './harness'

const RENDERER = resolve(process.env.GPP_E2E_RENDERER_DIR ?? 'out/renderer')

/** The worker's file as the main chunk names it, relative to the chunk. */
function builtWorker(): { chunk: string; worker: string } {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8')
  const chunk = /<script type="module"[^>]* src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1]
  if (!chunk) throw new Error('index.html loads no module script from ./assets')
  const code = readFileSync(join(RENDERER, chunk), 'utf8')
  const worker = /new URL\("(engine\.worker-[\w-]+\.js)", import\.meta\.url\)/.exec(code)?.[1]
  if (!worker) throw new Error(`${chunk} names no engine worker relative to itself`)
  return { chunk, worker }
}

describe('the engine worker under file://', () => {
  it('is emitted beside the bundle, named relative to it, and self-contained', () => {
    const { chunk, worker } = builtWorker()
    const path = join(RENDERER, 'assets', worker)
    expect(existsSync(path)).toBe(true)
    expect(readdirSync(join(RENDERER, 'assets')).filter((f) => f.startsWith('engine.worker-'))).toEqual([worker])
    const code = readFileSync(path, 'utf8')
    // No import or importScripts: nothing for the worker to fetch once it is loaded.
    expect(code).not.toMatch(/^\s*import[\s{*]/m)
    expect(code).not.toMatch(/\bimport\(|importScripts\(/)
    expect(chunk.startsWith('assets/')).toBe(true)
  })

  it('starts from the page loaded from file:// under its CSP and answers a job', async () => {
    const { chunk, worker } = builtWorker()
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'],
    })
    try {
      const page = await browser.newPage()
      const messages: string[] = []
      page.on('console', (m) => messages.push(m.text()))
      page.on('pageerror', (e) => messages.push(e.message))
      const workers: string[] = []
      page.on('worker', (w) => workers.push(w.url()))
      await page.goto(pathToFileURL(join(RENDERER, 'index.html')).href)
      // The app's bundle ran (its shell is drawn), so the page's scripts load from file://.
      await page.locator('.shell').waitFor()
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('worker-src')

      const portfolio = samplePortfolio()
      const scenarioIds = (portfolio.scenarios ?? []).map((s) => s.id)
      const answer = await page.evaluate(
        async ({ chunkPath, workerName, params }) => {
          // As jobClient.ts does: the name resolved against the chunk's URL, a module worker.
          const url = new URL(workerName, new URL(chunkPath, document.baseURI))
          const w = new Worker(url, { type: 'module' })
          const data = await new Promise<unknown>((done, fail) => {
            w.onmessage = (e: MessageEvent) => done(e.data)
            w.onerror = (e) => fail(new Error(`worker error: ${e.message}`))
            w.postMessage({ id: 7, name: 'comparison', params })
          })
          w.terminate()
          const a = data as { id: number; ok: boolean; result: { columns: unknown[]; npv: unknown } }
          return {
            url: url.href,
            id: a.id,
            ok: a.ok,
            columns: a.result.columns.length,
            typed: a.result.npv instanceof Float64Array,
          }
        },
        { chunkPath: chunk, workerName: worker, params: { portfolio, scenarioIds, focus: null } },
      )
      expect(answer.url).toBe(pathToFileURL(join(RENDERER, 'assets', worker)).href)
      expect(answer).toMatchObject({ id: 7, ok: true, columns: scenarioIds.length + 1, typed: true })
      expect(workers).toEqual([answer.url])
      expect(messages.filter((m) => /Content Security Policy|worker/i.test(m))).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForGrid } from './grid'
import { launchApp, launchBrowser, type RunningApp } from './harness'

/**
 * Who gets in, in a real browser: the person who opened the printed address, through an HttpOnly
 * cookie the page's scripts cannot read; not another browser profile, and not a page served from
 * another port of 127.0.0.1 (same site for cookies, so the server's Origin check is what stops it).
 */
describe('browser mode access', () => {
  let app: RunningApp
  let evil: Server
  let evilUrl: string
  beforeAll(async () => {
    app = await launchApp()
    await waitForGrid(app.page)
    const target = `${app.server.url}api/initiative:delete`
    // A hostile page on another local port tries the call both ways: as a simple request (no
    // preflight, the cookie goes along) and as a JSON call (preflighted).
    const body = JSON.stringify({ id: 'support-deflection' })
    const page = `<!doctype html><title>waiting</title><script>
      const target = ${JSON.stringify(target)}
      Promise.allSettled([
        fetch(target, { method: 'POST', mode: 'no-cors', credentials: 'include', body: ${JSON.stringify(body)} }),
        fetch(target, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' },
          body: ${JSON.stringify(body)} }),
      ]).then((r) => { document.title = r.map((x) => x.status).join(' ') })
    </script>`
    evil = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page))
    await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done))
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    await new Promise((done) => evil?.close(done))
    await app?.close()
  })

  it('the printed address leaves the address bar clean and the token out of the page', async () => {
    expect(app.page.url()).toBe(app.server.url)
    expect(await app.page.evaluate(() => document.cookie)).toBe('')
    expect(await app.page.content()).not.toContain(app.server.token)
    const cookies = await app.context.cookies()
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.path])).toEqual([
      [`gpp_token_${app.server.port}`, true, 'Strict', '/'],
    ])
  })

  it('another browser profile without the address gets the page that says where it is', async () => {
    const stranger = await launchBrowser()
    try {
      const page = await stranger.newPage()
      const response = await page.goto(app.server.url)
      expect(response?.status()).toBe(403)
      await page.getByRole('heading', { name: 'Open the address printed by npm run serve' }).waitFor()
      expect(await page.content()).not.toContain(app.server.token)
      expect(await page.locator('#root').count()).toBe(0)
    } finally {
      await stranger.close()
    }
  })

  it('a page on another local port cannot call the API with the cookie', async () => {
    const page = await app.context.newPage()
    await page.goto(evilUrl)
    // Both settle (the server refuses the simple request's origin, the JSON call fails its preflight).
    await expect.poll(() => page.title()).not.toBe('waiting')
    await page.close()
    const r = await app.call('portfolio:get', {})
    expect(r.ok && r.data.portfolio.initiatives.some((i) => i.id === 'support-deflection')).toBe(true)
  })
})

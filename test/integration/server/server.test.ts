import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { validatePortfolio } from '../../../shared/model/validation'
import { contentSecurityPolicy } from '../../../electron/main/security'
import { PortfolioFileError } from '../../../electron/db/errors'
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/headers'
import { startServer, type RunningServer } from '../../../electron/server/startServer'
import { readDocuments, writePortfolioFile } from '../../fixtures/db/files'
import { httpRequest, type HttpReply } from '../../fixtures/db/http'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

const INDEX =
  '<!doctype html>\n<html>\n  <head>\n    <title>Gen AI Portfolio Planner</title>\n  </head>\n  <body></body>\n</html>\n'

let dir: string
let cleanup: () => void
let server: RunningServer
let portfolioPath: string

beforeEach(async () => {
  ;({ dir, cleanup } = makeTempDir('gpp-server-'))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), INDEX)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder')
  portfolioPath = await writePortfolioFile(join(dir, 'served.aiportfolio'))
  server = await startServer({
    portfolioPath,
    rendererDir,
    userDataDir: join(dir, 'userData'),
    samplePortfolio: testPortfolio,
  })
})
afterEach(async () => {
  await server.close()
  cleanup()
})

/** The session cookie a browser holds once it opened the printed address. */
const signedIn = (): Record<string, string> => ({ Cookie: `gpp_token_${server.port}=${server.token}` })

const api = (method: string, params: unknown, headers: Record<string, string> = {}) =>
  httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-GPP-Token': server.token, ...headers },
    body: JSON.stringify(params),
  })

describe('browser mode server', () => {
  it('listens on 127.0.0.1 and serves index.html as built, with the CSP, to a client with the token', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
    expect(server.accessUrl).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token).toMatch(/^[0-9a-f]{64}$/)
    const reply = await httpRequest(server.port, { path: '/', headers: signedIn() })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.body).toBe(INDEX)
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
  })

  it('uses the same CSP as the Electron window', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(contentSecurityPolicy(undefined))
  })

  it('serves assets with their content types and nothing outside the renderer folder', async () => {
    const js = await httpRequest(server.port, { path: '/assets/app.js', headers: signedIn() })
    expect([js.status, js.headers['content-type'], js.body]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'console.log(1)',
    ])
    expect(
      (await httpRequest(server.port, { path: '/assets/app.css', headers: signedIn() })).headers['content-type'],
    ).toBe('text/css; charset=utf-8')
    expect((await httpRequest(server.port, { path: '/assets/missing.js', headers: signedIn() })).status).toBe(404)
    const escape = await httpRequest(server.port, { path: '/..%2fsecret.txt', headers: signedIn() })
    expect(escape.status).toBe(404)
    expect(escape.body).not.toContain('outside')
    expect((await httpRequest(server.port, { method: 'DELETE', path: '/', headers: signedIn() })).status).toBe(405)
  })

  it('refuses API calls without the token or with a wrong one', async () => {
    const missing = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/portfolio:get',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(missing.status).toBe(403)
    expect(missing.body).not.toContain(server.token)
    expect((await api('portfolio:get', {}, { 'X-GPP-Token': 'a'.repeat(64) })).status).toBe(403)
    expect((await api('portfolio:get', {}, { 'X-GPP-Token': 'short' })).status).toBe(403)
    // The token in the query is exchanged for the cookie by a page visit; it does not authorise a call.
    const inQuery = await httpRequest(server.port, {
      method: 'POST',
      path: `/api/portfolio:get?token=${server.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(inQuery.status).toBe(403)
  })

  it('refuses other origins, even with the token, and accepts its own', async () => {
    const evil = await api('portfolio:get', {}, { Origin: 'http://evil.example' })
    expect(evil.status).toBe(403)
    expect(evil.body).toContain('origin "http://evil.example" is not this server')
    expect((await api('portfolio:get', {}, { Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403)
    expect((await api('portfolio:get', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200)
    expect((await api('portfolio:get', {}, { Origin: `http://localhost:${server.port}` })).status).toBe(200)
  })

  it('refuses a Host that is not this server (DNS rebinding), for pages and API alike', async () => {
    const rebound = { Host: `attacker.example:${server.port}` }
    expect((await httpRequest(server.port, { path: '/', headers: { ...signedIn(), ...rebound } })).status).toBe(403)
    expect((await api('portfolio:get', {}, rebound)).status).toBe(403)
    const noPort = await httpRequest(server.port, { path: '/', headers: { ...signedIn(), Host: '127.0.0.1' } })
    expect(noPort.status).toBe(403)
    const local = await httpRequest(server.port, {
      path: '/',
      headers: { ...signedIn(), Host: `localhost:${server.port}` },
    })
    expect(local.status).toBe(200)
    // A rebound page cannot trade the token for a cookie either.
    const trade = await httpRequest(server.port, { path: `/?token=${server.token}`, headers: rebound })
    expect([trade.status, trade.headers['set-cookie']]).toEqual([403, undefined])
  })

  it('round-trips the API: an edit is on disk and read back', async () => {
    const got = await api('portfolio:get', {})
    expect(got.status).toBe(200)
    expect(JSON.parse(got.body)).toEqual({
      ok: true,
      data: { path: portfolioPath, portfolio: testPortfolio(), revision: expect.any(Number) },
    })
    const edit = await api('initiative:edit', {
      edits: [{ id: 'search', field: 'usage.outputTokensPerQuery', value: 750 }],
    })
    expect(JSON.parse(edit.body).ok).toBe(true)
    const row = readDocuments(portfolioPath, 'initiatives').find((r) => r.id === 'search')
    expect((row?.data as { usage: { outputTokensPerQuery: number } }).usage.outputTokensPerQuery).toBe(750)
    const again = JSON.parse((await api('portfolio:get', {})).body) as {
      data: { portfolio: { initiatives: { usage: { outputTokensPerQuery: number } }[] } }
    }
    expect(again.data.portfolio.initiatives.map((i) => i.usage.outputTokensPerQuery)).toEqual([400, 400, 750])
  })

  it('returns typed errors with HTTP 200 and refuses malformed requests', async () => {
    const bad = await api('initiative:edit', { edits: [{ id: 'search', field: 'usage.cacheHitRate', value: 2 }] })
    expect(bad.status).toBe(200)
    expect(JSON.parse(bad.body).error.code).toBe('validation')
    expect(JSON.parse((await api('nope:nope', {})).body).error.code).toBe('unknown_method')
    const notJson = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/portfolio:get',
      headers: { 'Content-Type': 'application/json', 'X-GPP-Token': server.token },
      body: '{oops',
    })
    expect(notJson.status).toBe(400)
    const form = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/portfolio:get',
      headers: { 'Content-Type': 'text/plain', 'X-GPP-Token': server.token },
      body: '{}',
    })
    expect(form.status).toBe(415)
    expect(
      (await httpRequest(server.port, { path: '/api/portfolio:get', headers: { 'X-GPP-Token': server.token } })).status,
    ).toBe(405)
  })

  it('answers an address it cannot read or decode with 400, before and after the token check', async () => {
    // `//` is no URL at all, and `%E0%A4%A` no percent-encoding: both used to throw outside any catch.
    expect((await httpRequest(server.port, { path: '//' })).status).toBe(400)
    expect((await httpRequest(server.port, { path: '//', headers: signedIn() })).status).toBe(400)
    const badMethod = await api('%E0%A4%A', {})
    expect([badMethod.status, JSON.parse(badMethod.body).ok]).toEqual([400, false])
    expect((await httpRequest(server.port, { path: '/assets/%', headers: signedIn() })).status).toBe(400)
    expect((await api('portfolio:get', {})).status).toBe(200)
  })

  it('refuses a body over the size limit', async () => {
    const huge = await api('initiative:edit', {
      edits: [{ id: 'search', field: 'name', value: 'x'.repeat(17 * 1024 * 1024) }],
    })
    expect(huge.status).toBe(413)
    expect(readDocuments(portfolioPath, 'initiatives').find((r) => r.id === 'search')?.data).toEqual(
      testPortfolio().initiatives[2],
    )
  })
})

describe('the token', () => {
  const noCookie = (reply: HttpReply) => reply.headers['set-cookie'] === undefined

  it('a client without it gets nothing from the page, the files or the API, and never the token', async () => {
    const replies = [
      await httpRequest(server.port, { path: '/' }),
      await httpRequest(server.port, { path: '/index.html' }),
      await httpRequest(server.port, { path: '/assets/app.js' }),
      await httpRequest(server.port, { path: '/?tok=1' }),
      await httpRequest(server.port, { method: 'HEAD', path: '/' }),
      await httpRequest(server.port, {
        method: 'POST',
        path: '/api/portfolio:get',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }),
      await httpRequest(server.port, { path: '/', headers: { Cookie: `gpp_token_${server.port}=${'0'.repeat(64)}` } }),
      await httpRequest(server.port, { path: '/', headers: { Cookie: `gpp_token_${server.port + 1}=x; other=y` } }),
    ]
    for (const reply of replies) {
      expect(reply.status).toBe(403)
      expect(reply.body).not.toContain(server.token)
      expect(reply.body).not.toContain('console.log')
      expect(reply.body).not.toContain('<title>Gen AI Portfolio Planner</title>')
      expect(noCookie(reply)).toBe(true)
    }
    expect(replies[0]?.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(replies[0]?.body).toContain('Open the address printed by <code>npm run serve</code>')
    expect(replies[0]?.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('the printed address sets an HttpOnly, SameSite=Strict cookie and goes on to the clean address', async () => {
    const visit = await httpRequest(server.port, { path: `/?token=${server.token}` })
    expect(visit.status).toBe(303)
    expect(visit.headers.location).toBe('/')
    expect(visit.headers['set-cookie']).toEqual([
      `gpp_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`,
    ])
    expect(visit.headers['cache-control']).toBe('no-store')
    expect(visit.body).not.toContain(server.token)
    // Any page of the server trades the token the same way, and always goes on to `/`.
    const deep = await httpRequest(server.port, { path: `//evil.example/assets/app.js?token=${server.token}` })
    expect([deep.status, deep.headers.location]).toEqual([303, '/'])

    const cookie = String(visit.headers['set-cookie']?.[0]).split(';')[0] ?? ''
    const page = await httpRequest(server.port, { path: '/', headers: { Cookie: `theme=dark; ${cookie}; x` } })
    expect([page.status, page.body]).toEqual([200, INDEX])
    const call = await api('portfolio:get', {}, { 'X-GPP-Token': '', Cookie: cookie })
    expect(call.status).toBe(200)
    expect(JSON.parse(call.body).ok).toBe(true)
  })

  it('a wrong token in the address gets the page that says so, and no cookie', async () => {
    for (const token of ['0'.repeat(64), 'short', '', `${server.token}x`]) {
      const reply = await httpRequest(server.port, { path: `/?token=${token}` })
      expect(reply.status).toBe(403)
      expect(noCookie(reply)).toBe(true)
      expect(reply.body).not.toContain(server.token)
    }
    const wrong = await httpRequest(server.port, { path: '/?token=abc' })
    expect(wrong.body).toContain('not the running server')
  })
})

describe('body limit without a declared length', () => {
  it('stops reading a chunked body once it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/portfolio:get',
          headers: {
            Host: `127.0.0.1:${server.port}`,
            'Content-Type': 'application/json',
            'X-GPP-Token': server.token,
          },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      const chunk = Buffer.alloc(1024 * 1024, 0x20)
      for (let i = 0; i < 17; i++) req.write(chunk)
      req.end()
    })
    expect(status).toBe(413)
  })
})

describe('startServer', () => {
  it('opens the default portfolio, created from the sample on first run, when no file is given', async () => {
    const other = await startServer({
      userDataDir: join(dir, 'fresh'),
      rendererDir: join(dir, 'renderer'),
      samplePortfolio: testPortfolio,
    })
    expect(other.portfolioPath).toBe(join(dir, 'fresh', 'Portfolio.aiportfolio'))
    expect(readDocuments(other.portfolioPath, 'initiatives').map((r) => r.id)).toEqual(['support', 'sales', 'search'])
    await other.close()
  })

  it('uses the real sample portfolio by default, and it survives the round trip through the file', async () => {
    const other = await startServer({ userDataDir: join(dir, 'first-run'), rendererDir: join(dir, 'renderer') })
    const reply = await httpRequest(other.port, {
      method: 'POST',
      path: '/api/portfolio:get',
      headers: { 'Content-Type': 'application/json', 'X-GPP-Token': other.token },
      body: '{}',
    })
    await other.close()
    const expected = validatePortfolio(samplePortfolio())
    if (!expected.ok) throw new Error('the sample portfolio is invalid')
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      data: { path: other.portfolioPath, portfolio: expected.value, revision: expect.any(Number) },
    })
  })

  it('refuses to start on a file that is not a portfolio, with the message for the person', async () => {
    const text = join(dir, 'notes.aiportfolio')
    writeFileSync(text, 'hello')
    await expect(startServer({ portfolioPath: text, userDataDir: join(dir, 'userData') })).rejects.toThrow(
      PortfolioFileError,
    )
  })
})

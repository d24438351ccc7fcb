import { connect } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHODS } from '../../../shared/api/contract'
import { httpRequest } from '../../fixtures/db/http'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { startServerProcess, type ServerProcess } from './serverProcess'

const REQUESTS = 10_000
/** Connections open at once: enough to keep the server busy, few enough for a loaded 2-core machine. */
const PARALLEL = 12
/** A connection the server neither answers nor closes within this long counts as a hang. */
const HANG_MS = 15_000

let server: ServerProcess
let cleanup: () => void

beforeAll(async () => {
  const temp = makeTempDir('gpp-fuzz-')
  cleanup = temp.cleanup
  server = await startServerProcess(temp.dir)
})
afterAll(async () => {
  await server?.stop()
  cleanup?.()
})

type Auth = 'none' | 'cookie' | 'header' | 'query' | 'wrong'

interface Fuzzed {
  auth: Auth
  bytes: Buffer
}

/** Paths a parser or decoder trips on, and the server's own routes to reach its deeper code. */
const NASTY_PATHS = [
  '/',
  '//',
  '///',
  '//evil.example/',
  '/%',
  '/%zz',
  '/%E0%A4%A',
  '/%C0%AF',
  '/%00',
  '/..%2f..%2fetc%2fpasswd',
  '/../../etc/passwd',
  '/index.html',
  '/assets/',
  '/assets/%',
  '/api',
  '/api/',
  '/api/%',
  '/api/%E0%A4%A',
  '/api/%00',
  '/api/portfolio:get',
  '/api/initiative:edit',
  '/api/import:preview',
  '/api/import:portfolioNamed',
  '/api/export:build',
  '/api/export:run',
  '/api/__proto__',
  '/api/constructor',
  '/api/toString',
  '*',
  'http://[',
  'http://127.0.0.1/',
  '?token=',
  '/?token=%',
  '/?token=%E0',
  '/?token[]=1',
  '',
]

const HEADER_NAMES = [
  'Content-Type',
  'Content-Length',
  'Transfer-Encoding',
  'Cookie',
  'X-GPP-Token',
  'Origin',
  'Host',
  'Connection',
  'Expect',
  'Range',
  'Accept-Encoding',
]

/** A path a parser or decoder may trip on: the list above, percent soup, or any web path. */
const hostilePath = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_PATHS) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom('%', '%2', '%G0', '%ff', '%E0%A4', '/', '..', '?', '#', 'api/', '%00', '\\', '&', '=', 'token'),
        { maxLength: 16 },
      )
      .map((parts) => `/${parts.join('')}`),
  },
  { weight: 2, arbitrary: fc.webPath().map((p) => p || '/') },
)

/** Every method of the contract, and names it does not hold, so bodies reach the handlers' validation. */
const apiPath = fc
  .oneof(fc.constantFrom(...METHODS), fc.constantFrom('nope', '__proto__', 'portfolio:get/..', 'export:run'))
  .map((method) => `/api/${encodeURIComponent(method)}`)

/** What a request carries in its body: nothing, JSON of any shape, or text that is not JSON at all. */
const hostileBody = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .dictionary(
        fc.constantFrom(
          'id',
          'edits',
          'format',
          'fileName',
          'contentBase64',
          'name',
          'scenario',
          'patch',
          'index',
          'path',
        ),
        fc.jsonValue({ maxDepth: 2 }),
        { maxKeys: 4 },
      )
      .map((params) => JSON.stringify(params)),
  },
  fc.constant(''),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '{',
    '[]',
    'null',
    '{"edits":[{"id":"x","field":"__proto__.x","value":1}]}',
    '{"fileName":"a.csv","contentBase64":"!!!"}',
    '{"format":"xlsx","scenarioIds":["%"]}',
    '{"fileName":"p.json","contentBase64":"e30=","name":"../x"}',
    '['.repeat(5000),
  ),
)

/** One header line's worth of trouble that Node's own client would refuse to send. */
const brokenHeader = fc.tuple(
  fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.string({ unit: 'binary-ascii', maxLength: 20 })),
  fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.constant('x'.repeat(20_000))),
)

/** A header a browser could send, with a value that makes no sense here. */
const oddHeader = fc.tuple(
  fc.constantFrom('Accept', 'Range', 'Accept-Encoding', 'If-None-Match', 'Cookie', 'Referer', 'X-GPP-Token', 'Origin'),
  fc.string({ unit: fc.constantFrom(...'abc%/=;,. -_0189xyz'.split('')), maxLength: 40 }),
)

function wire(parts: { requestLine: string; headers: [string, string][]; body: Buffer; lineEnd: string }): Buffer {
  const head = parts.headers.map(([n, v]) => `${n}: ${v}${parts.lineEnd}`).join('')
  return Buffer.concat([
    Buffer.from(`${parts.requestLine}${parts.lineEnd}${head}${parts.lineEnd}`, 'latin1'),
    parts.body,
  ])
}

function authHeaders(auth: Auth, port: number, token: string): [string, string][] {
  if (auth === 'cookie') return [['Cookie', `a=b; gpp_token_${port}=${token}`]]
  if (auth === 'header') return [['X-GPP-Token', token]]
  if (auth === 'wrong')
    return [
      ['Cookie', `gpp_token_${port}=${token.slice(1)}x`],
      ['X-GPP-Token', 'nope'],
    ]
  return []
}

const withToken = (path: string, auth: Auth, token: string) =>
  auth === 'query' ? `${path}${path.includes('?') ? '&' : '?'}token=${token}` : path

/**
 * Requests HTTP itself accepts, hostile in what they ask: paths, encodings, methods, the token in every
 * place or none, content types and bodies. These reach the server's own code.
 */
function wellFormed(port: number, token: string): fc.Arbitrary<Fuzzed> {
  return fc
    .record({
      method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'POST', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'),
      path: fc.oneof(hostilePath, apiPath),
      version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0'),
      auth: fc.constantFrom<Auth>('none', 'cookie', 'cookie', 'cookie', 'header', 'header', 'header', 'query', 'wrong'),
      host: fc.constantFrom(
        `127.0.0.1:${port}`,
        `127.0.0.1:${port}`,
        `127.0.0.1:${port}`,
        `localhost:${port}`,
        'evil.example',
      ),
      origin: fc.constantFrom(
        undefined,
        undefined,
        undefined,
        `http://127.0.0.1:${port}`,
        'http://evil.example',
        'null',
      ),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/jsonx',
      ),
      body: hostileBody,
      chunked: fc.boolean(),
      odd: fc.array(oddHeader, { maxLength: 2 }),
    })
    .map((r) => {
      const body = Buffer.from(r.body, 'utf8')
      const headers: [string, string][] = [['Host', r.host], ...authHeaders(r.auth, port, token)]
      if (r.origin !== undefined) headers.push(['Origin', r.origin])
      headers.push(['Content-Type', r.contentType], ...r.odd)
      const framed = r.chunked
        ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')])
        : body
      headers.push(r.chunked ? ['Transfer-Encoding', 'chunked'] : ['Content-Length', String(body.length)])
      const requestLine = `${r.method} ${withToken(r.path, r.auth, token)} ${r.version}`
      return { auth: r.auth, bytes: wire({ requestLine, headers, body: framed, lineEnd: '\r\n' }) }
    })
}

/** API calls from a client that holds the token, with bodies of any shape: they reach every handler's checks. */
function apiCall(port: number, token: string): fc.Arbitrary<Fuzzed> {
  return fc.record({ path: apiPath, auth: fc.constantFrom<Auth>('cookie', 'header'), body: hostileBody }).map((r) => {
    const body = Buffer.from(r.body, 'utf8')
    const headers: [string, string][] = [
      ['Host', `127.0.0.1:${port}`],
      ...authHeaders(r.auth, port, token),
      ['Content-Type', 'application/json'],
      ['Content-Length', String(body.length)],
    ]
    return { auth: r.auth, bytes: wire({ requestLine: `POST ${r.path} HTTP/1.1`, headers, body, lineEnd: '\r\n' }) }
  })
}

/** Requests broken at the HTTP level: request lines, header lines, lengths and chunking no client should send. */
function malformed(port: number, token: string): fc.Arbitrary<Fuzzed> {
  return fc
    .record({
      method: fc.oneof(
        fc.constantFrom('GET', 'POST', 'CONNECT', 'TRACE', 'get', 'P0ST'),
        fc.string({ unit: 'binary-ascii', maxLength: 12 }),
      ),
      path: fc.oneof(
        hostilePath,
        fc.string({ unit: 'binary', maxLength: 80 }).map((s) => `/${s}`),
        fc.constant(`/${'a'.repeat(20_000)}`),
      ),
      version: fc.constantFrom('HTTP/1.1', 'HTTP/2.0', 'HTTP/1.1 x', 'HTP/1.1', ''),
      auth: fc.constantFrom<Auth>('none', 'cookie', 'header', 'query', 'wrong'),
      host: fc.constantFrom(`127.0.0.1:${port}`, 'twice', 'none', ''),
      body: hostileBody,
      length: fc.constantFrom(
        'right',
        'none',
        'short',
        'long',
        'negative',
        'text',
        'huge',
        'twice',
        'chunked-bad',
        'both',
      ),
      broken: fc.array(brokenHeader, { maxLength: 3 }),
      lineEnd: fc.constantFrom('\r\n', '\n', '\r'),
    })
    .map((r) => {
      const body = Buffer.from(r.body, 'utf8')
      const headers: [string, string][] = []
      if (r.host === 'twice') headers.push(['Host', `127.0.0.1:${port}`], ['Host', 'evil.example'])
      else if (r.host !== 'none') headers.push(['Host', r.host])
      headers.push(...authHeaders(r.auth, port, token), ['Content-Type', 'application/json'])
      const lengths: Record<string, string[]> = {
        right: [String(body.length)],
        short: [String(Math.max(0, body.length - 1))],
        long: [String(body.length + 10)],
        negative: ['-1'],
        text: ['abc'],
        huge: ['99999999999999999999999'],
        twice: ['1', '2'],
        both: [String(body.length)],
      }
      for (const value of lengths[r.length] ?? []) headers.push(['Content-Length', value])
      let framed = body
      if (r.length === 'chunked-bad' || r.length === 'both') {
        headers.push(['Transfer-Encoding', 'chunked'])
        framed = Buffer.concat([Buffer.from('zz\r\n'), body, Buffer.from('\r\n0\r\n')])
      }
      headers.push(...r.broken)
      const requestLine = `${r.method} ${withToken(r.path, r.auth, token)} ${r.version}`
      return { auth: r.auth, bytes: wire({ requestLine, headers, body: framed, lineEnd: r.lineEnd }) }
    })
}

const fuzzedRequest = (port: number, token: string): fc.Arbitrary<Fuzzed> =>
  fc.oneof(
    { weight: 2, arbitrary: apiCall(port, token) },
    { weight: 2, arbitrary: wellFormed(port, token) },
    { weight: 1, arbitrary: malformed(port, token) },
  )

interface Outcome {
  /** The status line's code, or null when the server closed without answering (an unfinished request). */
  status: number | null
  text: string
  hung: boolean
}

function send(port: number, bytes: Buffer): Promise<Outcome> {
  return new Promise((resolveOutcome) => {
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1')
    const finish = (hung: boolean) => {
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('latin1')
      const m = /^HTTP\/1\.[01] (\d{3}) /.exec(text)
      resolveOutcome({ status: m ? Number(m[1]) : null, text, hung })
    }
    const timer = setTimeout(() => finish(true), HANG_MS)
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', () => undefined)
    socket.on('close', () => finish(false))
    // Sent whole, then our side is closed: a request the bytes leave unfinished ends there.
    socket.end(bytes)
  })
}

async function inParallel<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await run(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

describe('the browser-mode server under malformed requests', () => {
  it(`answers ${REQUESTS.toLocaleString('en-US')} malformed requests, never leaks its token and never stops`, async () => {
    const seed = Date.now()
    const requests = fc.sample(fuzzedRequest(server.port, server.token), { numRuns: REQUESTS, seed })
    const outcomes = await inParallel(requests, PARALLEL, (r) => send(server.port, r.bytes))
    const failures: string[] = []
    outcomes.forEach((outcome, i) => {
      const request = requests[i] as Fuzzed
      const shown = () => JSON.stringify(request.bytes.subarray(0, 300).toString('latin1'))
      if (outcome.hung) failures.push(`no answer and no close in ${HANG_MS} ms: ${shown()}`)
      if (outcome.text !== '' && outcome.status === null) failures.push(`not an HTTP answer: ${shown()}`)
      // Only the answer to the printed address carries the token, in its Set-Cookie.
      if (outcome.text.includes(server.token) && !(request.auth === 'query' && outcome.status === 303))
        failures.push(`the token in an answer (${String(outcome.status)}): ${shown()}`)
      const trusted = request.auth === 'cookie' || request.auth === 'header'
      if (
        !trusted &&
        outcome.status !== null &&
        outcome.status < 400 &&
        !(request.auth === 'query' && outcome.status === 303)
      )
        failures.push(`${outcome.status} without the token: ${shown()}`)
      if (outcome.status === 500) failures.push(`a server error: ${shown()}`)
    })
    expect(failures.slice(0, 5), `seed ${seed}: ${failures.length} failures`).toEqual([])
    expect(outcomes.filter((o) => o.status !== null).length).toBeGreaterThan(REQUESTS / 2)

    expect(server.child.exitCode).toBeNull()
    const good = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/portfolio:get',
      headers: { 'Content-Type': 'application/json', 'X-GPP-Token': server.token },
      body: '{}',
    })
    expect(good.status).toBe(200)
    expect((JSON.parse(good.body) as { ok: boolean }).ok).toBe(true)
    expect(server.output()).not.toMatch(/Uncaught|Request failed/)
  })
})

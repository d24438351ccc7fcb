import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  contract,
  DESKTOP_ONLY_METHODS,
  METHODS,
  type DesktopOnlyMethod,
  type Method,
} from '../../../shared/api/contract'
import { serializePortfolio } from '../../../shared/format'
import { createApi } from '../../../electron/api/createApi'
import { registry } from '../../../electron/api/registry'
import { startServer, type RunningServer } from '../../../electron/server/startServer'
import { newSession, writePortfolioFile } from '../../fixtures/db/files'
import { httpRequest } from '../../fixtures/db/http'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

/** Words of a key that name a place on disk, anywhere in the params (camelCase words: `outputPath`, `dir`). */
const PLACE_WORDS = new Set(['path', 'dir', 'directory', 'folder', 'destination', 'location', 'url', 'uri'])
/** Keys that name a place when the method takes them itself (an initiative's `target` is its goal, not a file). */
const PLACE_PARAMS = new Set(['target', 'source', 'file', 'output', 'to', 'from'])

const words = (key: string): string[] => key.split(/(?=[A-Z])|[_-]/).map((w) => w.toLowerCase())

/** Every property name anywhere in a JSON schema, nested objects and arrays included. */
function propertyNames(schema: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) propertyNames(s, into)
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && typeof value === 'object' && value !== null)
        for (const name of Object.keys(value)) into.add(name)
      propertyNames(value, into)
    }
  }
  return into
}

/** The keys of a method's params that could name a file or folder. */
function placeKeysOf(method: Method): string[] {
  const schema = z.toJSONSchema(contract[method].params, { unrepresentable: 'any', io: 'input' })
  const top = Object.keys((schema as { properties?: object }).properties ?? {})
  const nested = [...propertyNames(schema)].filter((key) => words(key).some((w) => PLACE_WORDS.has(w)))
  return [...new Set([...top.filter((key) => PLACE_PARAMS.has(key)), ...nested])]
}

let dir: string
let cleanup: () => void
let server: RunningServer
let openPath: string
let otherPath: string

beforeEach(async () => {
  ;({ dir, cleanup } = makeTempDir('gpp-surface-'))
  openPath = await writePortfolioFile(join(dir, 'open.aiportfolio'))
  otherPath = await writePortfolioFile(join(dir, 'other.aiportfolio'))
  server = await startServer({ portfolioPath: openPath, rendererDir: dir, userDataDir: join(dir, 'userData') })
})
afterEach(async () => {
  await server.close()
  cleanup()
})

const overHttp = async (method: string, params: unknown) => {
  const reply = await httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-GPP-Token': server.token },
    body: JSON.stringify(params),
  })
  return {
    status: reply.status,
    body: reply.body,
    result: JSON.parse(reply.body) as { ok: boolean; error?: { code: string } },
  }
}

/**
 * A call of each desktop-only method that the desktop's API carries out (proved below), and the file
 * it would write: keyed by method, so a method added to the list without a case here does not compile.
 */
const desktopCalls = (): Record<DesktopOnlyMethod, { params: unknown; writes: string }> => {
  const json = Buffer.from(serializePortfolio(testPortfolio())).toString('base64')
  return {
    'portfolio:new': {
      params: { path: join(dir, 'new.aiportfolio'), sample: true },
      writes: join(dir, 'new.aiportfolio'),
    },
    'portfolio:open': { params: { path: otherPath }, writes: otherPath },
    'portfolio:saveAs': { params: { path: join(dir, 'copy.aiportfolio') }, writes: join(dir, 'copy.aiportfolio') },
    'export:run': { params: { format: 'csv', path: join(dir, 'out.csv') }, writes: join(dir, 'out.csv') },
    'export:grid': {
      params: { path: join(dir, 'grid.csv'), columns: ['Name'], rows: [['ssh-ed25519 AAAA attacker']] },
      writes: join(dir, 'grid.csv'),
    },
    'import:portfolio': {
      params: { fileName: 'p.json', contentBase64: json, target: join(dir, 'imported.aiportfolio') },
      writes: join(dir, 'imported.aiportfolio'),
    },
  }
}

describe('browser mode takes no filesystem path', () => {
  it('the methods whose params name a place on disk are exactly the desktop-only ones', () => {
    const withPlaces = METHODS.filter((m) => placeKeysOf(m).length > 0)
    expect(withPlaces.sort()).toEqual([...DESKTOP_ONLY_METHODS].sort())
    // The walk reaches nested keys (an initiative's usage fields) and tells `fileName` from a path.
    expect(propertyNames(z.toJSONSchema(contract['initiative:create'].params, { io: 'input' }))).toContain(
      'inputTokensPerQuery',
    )
    expect(placeKeysOf('import:preview')).toEqual([])
    expect(placeKeysOf('export:grid')).toEqual(['path'])
  })

  it('the HTTP server refuses every desktop-only method, with params the desktop API carries out', async () => {
    const calls = desktopCalls()
    for (const method of DESKTOP_ONLY_METHODS) {
      const { params, writes } = calls[method]
      const before = existsSync(writes) ? readFileSync(writes) : null
      const reply = await overHttp(method, params)
      expect([method, reply.status, reply.result.ok, reply.result.error?.code]).toEqual([
        method,
        200,
        false,
        'unknown_method',
      ])
      expect(reply.body).toContain('only the desktop app offers it')
      expect(existsSync(writes) ? readFileSync(writes) : null).toEqual(before)
    }
    const still = await overHttp('portfolio:get', {})
    expect((still.result as unknown as { data: { path: string } }).data.path).toBe(openPath)
  })

  it('the same calls work on the desktop API, so the refusal is the server’s and not the params’', async () => {
    const session = newSession(dir)
    session.open(otherPath)
    const desktop = createApi({ session }, registry)
    const calls = desktopCalls()
    for (const method of DESKTOP_ONLY_METHODS) {
      const r = await desktop.invoke(method, calls[method].params)
      expect([method, r.ok]).toEqual([method, true])
      expect(existsSync(calls[method].writes)).toBe(true)
      if (method !== 'portfolio:open') session.open(otherPath)
    }
    session.close()
  })

  it('every other method is there over HTTP', async () => {
    for (const method of METHODS.filter((m) => !(DESKTOP_ONLY_METHODS as readonly string[]).includes(m))) {
      const reply = await overHttp(method, {})
      expect([method, reply.status, reply.result.error?.code]).not.toEqual([method, 200, 'unknown_method'])
    }
  })

  it('a path slipped into an import is refused, and the file is not read', async () => {
    for (const method of ['import:preview', 'import:apply', 'import:portfolioNamed']) {
      const reply = await overHttp(method, { fileName: 'passwd.csv', path: '/etc/passwd', name: 'x' })
      expect([method, reply.result.error?.code]).toEqual([method, 'validation'])
      expect(reply.body).not.toContain('root:')
    }
  })
})

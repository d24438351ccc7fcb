import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fail } from '../../shared/api/result'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import type { Portfolio } from '../../shared/model/portfolio'
import { createApi, type Api } from '../api/createApi'
import { userDataDir as defaultUserDataDir } from '../db/paths'
import { PortfolioSession } from '../db/session'
import { handleApiRequest } from './apiRoute'
import { RequestGuard } from './requestGuard'
import { send, StaticFiles } from './staticFiles'

export interface ServerOptions {
  /** Portfolio file to open; the default file in the user-data folder (created from the sample) when absent. */
  portfolioPath?: string
  /** Port on 127.0.0.1; a random free port when absent or 0. */
  port?: number
  userDataDir?: string
  /** Built renderer folder (electron-vite's out/renderer). */
  rendererDir?: string
  samplePortfolio?: () => Portfolio
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/ */
  url: string
  port: number
  /** The per-run token the served page sends in X-GPP-Token. */
  token: string
  /** The file the server opened at start. */
  portfolioPath: string
  /** Stops listening and closes the portfolio file (its log is checkpointed into it). */
  close(): Promise<void>
}

const DEFAULT_RENDERER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer')

function route(
  req: IncomingMessage,
  res: ServerResponse,
  guard: RequestGuard,
  files: StaticFiles,
  api: Api,
): Promise<void> | void {
  const refused = guard.refuseSource(req)
  if (refused) return send(res, 403, 'text/plain; charset=utf-8', `Forbidden: ${refused}.`)
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (pathname.startsWith('/api/')) {
    if (!guard.hasToken(req)) {
      return send(
        res,
        403,
        'application/json; charset=utf-8',
        JSON.stringify(fail('validation', 'Missing or wrong X-GPP-Token.')),
      )
    }
    return handleApiRequest(api, decodeURIComponent(pathname.slice('/api/'.length)), req, res)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed')
  }
  files.serve(pathname, res, req.method === 'HEAD')
}

/**
 * Browser mode: the built renderer and the same API handlers as the Electron shell, over HTTP on
 * 127.0.0.1 only. Throws PortfolioFileError (with a message for the person) when the file cannot open.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const session = new PortfolioSession({
    userDataDir: options.userDataDir ?? defaultUserDataDir(),
    samplePortfolio: options.samplePortfolio ?? samplePortfolio,
  })
  const opened = options.portfolioPath ? session.open(options.portfolioPath) : await session.openDefault()
  const api = createApi({ session, logError: (method, e) => console.error(`Error in ${method}:`, e) })
  const token = randomBytes(32).toString('hex')
  const files = new StaticFiles(options.rendererDir ?? DEFAULT_RENDERER_DIR, token)
  const server = createServer()
  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
    })
  } catch (e) {
    session.close()
    throw e
  }
  const port = (server.address() as AddressInfo).port
  // Attached once the port is known: the guard checks Host and Origin against it. Nobody can reach the
  // server before this, since nobody knows a random port yet.
  const guard = new RequestGuard(port, token)
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    Promise.resolve(route(req, res, guard, files, api)).catch((e: unknown) => {
      console.error('Request failed:', e)
      if (!res.headersSent)
        send(res, 500, 'application/json; charset=utf-8', JSON.stringify(fail('internal', 'The server failed.')))
      else res.destroy()
    })
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    portfolioPath: opened.path,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => {
          session.close()
          resolveClose()
        })
        server.closeAllConnections()
      }),
  }
}

import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fail } from '../../shared/api/result'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import type { Portfolio } from '../../shared/model/portfolio'
import { createApi } from '../api/createApi'
import { browserRegistry } from '../api/registry'
import { userDataDir as defaultUserDataDir } from '../db/paths'
import { PortfolioSession } from '../db/session'
import { RequestGuard, TOKEN_PARAM } from './requestGuard'
import { route, type Routes } from './router'
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
  /** The address to open: `url` with the token, which the first visit exchanges for a session cookie. */
  accessUrl: string
  port: number
  /** The per-run token; the server never sends it, whoever opens `accessUrl` brings it. */
  token: string
  /** The file the server opened at start. */
  portfolioPath: string
  /** Stops listening and closes the portfolio file (its log is checkpointed into it). */
  close(): Promise<void>
}

const DEFAULT_RENDERER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer')

/**
 * Runs one request to its end: whatever fails (a bug, a file that vanished, a client that went away)
 * becomes a 500 when nothing was sent yet, else the connection is cut; it never reaches the process.
 */
function answer(req: IncomingMessage, res: ServerResponse, routes: Routes): void {
  // A reset connection errors its streams; with no listener that would end the process.
  req.on('error', () => res.destroy())
  res.on('error', () => req.destroy())
  route(req, res, routes).catch((e: unknown) => {
    console.error('Request failed:', e)
    try {
      if (res.headersSent || res.destroyed) res.destroy()
      else send(res, 500, 'application/json; charset=utf-8', JSON.stringify(fail('internal', 'The server failed.')))
    } catch {
      res.destroy()
    }
  })
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
  // Without the methods that take a file path: over HTTP the app reads and writes no file by name.
  const api = createApi({ session, logError: (method, e) => console.error(`Error in ${method}:`, e) }, browserRegistry)
  const token = randomBytes(32).toString('hex')
  const files = new StaticFiles(options.rendererDir ?? DEFAULT_RENDERER_DIR)
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
  const routes: Routes = { guard: new RequestGuard(port, token), files, api }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => answer(req, res, routes))
  const url = `http://127.0.0.1:${port}/`
  return {
    url,
    accessUrl: `${url}?${TOKEN_PARAM}=${token}`,
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

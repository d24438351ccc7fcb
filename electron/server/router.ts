import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail } from '../../shared/api/result'
import type { Api } from '../api/createApi'
import { handleApiRequest } from './apiRoute'
import { TOKEN_PARAM, type RequestGuard } from './requestGuard'
import { send, type StaticFiles } from './staticFiles'

export interface Routes {
  guard: RequestGuard
  files: StaticFiles
  api: Api
}

const TEXT = 'text/plain; charset=utf-8'
const HTML = 'text/html; charset=utf-8'
const JSON_TYPE = 'application/json; charset=utf-8'

/** A short page for a person who opened the server's address without its token; it never holds the token. */
function tokenPage(note: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Gen AI Portfolio Planner: open the printed address</title></head>
  <body style="font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
    <h1 style="font-size: 1.3rem">Open the address printed by <code>npm run serve</code></h1>
    <p>${note}This portfolio server only answers the browser that opened the address it printed in its
    terminal (it ends in <code>?token=…</code>). Copy that whole address into this browser; the token
    changes each time the server starts.</p>
  </body>
</html>
`
}

const NEEDS_TOKEN_PAGE = tokenPage('')
const WRONG_TOKEN_PAGE = tokenPage(
  'The token in this address is not the running server’s (an address from an earlier run?). ',
)

interface Target {
  pathname: string
  /** The token given in the query (?token=...), or null when there is none. */
  token: string | null
}

/** The request's path and query, or null when it is not a URL at all (`//`, `http://[`). */
function parseTarget(url: string | undefined): Target | null {
  try {
    const parsed = new URL(url ?? '/', 'http://127.0.0.1')
    return { pathname: parsed.pathname, token: parsed.searchParams.get(TOKEN_PARAM) }
  } catch {
    return null
  }
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

const isRead = (method: string | undefined): boolean => method === 'GET' || method === 'HEAD'

/**
 * The printed address, opened: the right token becomes the HttpOnly, SameSite=Strict session cookie and
 * the browser goes on to the clean address, so the token leaves the address bar and the history.
 * Always to `/`: a redirect to the path asked for could be made to point at another site.
 */
function exchangeToken(req: IncomingMessage, res: ServerResponse, guard: RequestGuard, token: string): void {
  const head = req.method === 'HEAD'
  if (!guard.matches(token)) return send(res, 403, HTML, WRONG_TOKEN_PAGE, head)
  res.setHeader('Set-Cookie', guard.sessionCookie())
  res.setHeader('Location', '/')
  res.setHeader('Cache-Control', 'no-store')
  send(res, 303, TEXT, 'Signed in: continue to /', head)
}

function refuseWithoutToken(req: IncomingMessage, res: ServerResponse, api: boolean): void {
  if (api) {
    return send(res, 403, JSON_TYPE, JSON.stringify(fail('validation', 'This request carries no valid token.')))
  }
  send(res, 403, HTML, NEEDS_TOKEN_PAGE, req.method === 'HEAD')
}

/**
 * One request: its source first (Host, Origin), then the token (query, cookie or header), then the API
 * or the renderer's files. Every refusal and failure is an HTTP answer; nothing here throws on bad input.
 */
export async function route(req: IncomingMessage, res: ServerResponse, { guard, files, api }: Routes): Promise<void> {
  const refused = guard.refuseSource(req)
  if (refused) return send(res, 403, TEXT, `Forbidden: ${refused}.`)
  const target = parseTarget(req.url)
  if (!target) return send(res, 400, TEXT, 'Bad request: the address cannot be read.')
  if (target.token !== null && isRead(req.method)) return exchangeToken(req, res, guard, target.token)
  const isApi = target.pathname.startsWith('/api/')
  if (!guard.isAuthorised(req)) return refuseWithoutToken(req, res, isApi)
  if (isApi) {
    const method = decoded(target.pathname.slice('/api/'.length))
    if (method === null) return send(res, 400, JSON_TYPE, JSON.stringify(fail('validation', 'Bad method name.')))
    return handleApiRequest(api, method, req, res)
  }
  if (!isRead(req.method)) {
    res.setHeader('Allow', 'GET, HEAD')
    return send(res, 405, TEXT, 'Method not allowed')
  }
  files.serve(target.pathname, res, req.method === 'HEAD')
}

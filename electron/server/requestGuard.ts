import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Header a programmatic client (the tests, a script) may send the token in, instead of the cookie. */
const TOKEN_HEADER = 'x-gpp-token'
/** Query parameter of the address `npm run serve` prints; exchanged for the cookie on first use. */
export const TOKEN_PARAM = 'token'

/**
 * Who may talk to the server: whoever holds the per-run token, from pages on this server, on loopback.
 * - Host must name this server (127.0.0.1 or localhost with its port): a page on an attacker's domain
 *   that rebinds its DNS name to 127.0.0.1 sends its own domain as Host and is refused (DNS rebinding).
 * - Origin, when the browser sends one, must be this server's own origin: other sites are refused.
 * - Everything else (the page, its files, the API) needs the token: in the cookie set when the printed
 *   address was opened, or in X-GPP-Token. The server never sends the token to anyone; the person
 *   brings it from the terminal, as with notebook servers.
 */
export class RequestGuard {
  /** Per port, since browsers share cookies between the ports of one host. */
  readonly cookieName: string
  private readonly hosts: ReadonlySet<string>
  private readonly origins: ReadonlySet<string>
  private readonly token: Buffer

  constructor(port: number, token: string) {
    this.cookieName = `gpp_token_${port}`
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`))
    this.token = Buffer.from(token)
  }

  /** Why the request is refused whatever it carries, or undefined when its source is this server. */
  refuseSource(req: IncomingMessage): string | undefined {
    const host = req.headers.host
    if (!host || !this.hosts.has(host.toLowerCase())) return `host "${host ?? ''}" is not this server`
    const origin = req.headers.origin
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) return `origin "${origin}" is not this server`
    return undefined
  }

  /** The request carries the token, in the session cookie or in X-GPP-Token. */
  isAuthorised(req: IncomingMessage): boolean {
    const header = req.headers[TOKEN_HEADER]
    if (typeof header === 'string' && this.matches(header)) return true
    return cookieValues(req.headers.cookie, this.cookieName).some((value) => this.matches(value))
  }

  /** Compared in constant time, so the answer's timing does not tell how much of a guess was right. */
  matches(given: string): boolean {
    const bytes = Buffer.from(given)
    return bytes.length === this.token.length && timingSafeEqual(bytes, this.token)
  }

  /** The session cookie: never readable by scripts, never sent by another site's page or request. */
  sessionCookie(): string {
    return `${this.cookieName}=${this.token.toString()}; HttpOnly; SameSite=Strict; Path=/`
  }
}

/** Every value of cookie `name` in a Cookie header (a client may send a name twice); malformed pairs are skipped. */
function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return []
  const values: string[] = []
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=')
    if (eq < 0) continue
    if (pair.slice(0, eq).trim() === name) values.push(pair.slice(eq + 1).trim())
  }
  return values
}

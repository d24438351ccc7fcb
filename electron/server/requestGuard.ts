import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-gpp-token'

/**
 * Who may talk to the server: only pages it served itself, on loopback.
 * - Host must name this server (127.0.0.1 or localhost with its port): a page on an attacker's domain
 *   that rebinds its DNS name to 127.0.0.1 sends its own domain as Host and is refused (DNS rebinding).
 * - Origin, when the browser sends one, must be this server's own origin: other sites are refused.
 * - API calls must carry the per-run token, which only the served index.html holds.
 */
export class RequestGuard {
  private readonly hosts: ReadonlySet<string>
  private readonly origins: ReadonlySet<string>
  private readonly token: Buffer

  constructor(port: number, token: string) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`))
    this.token = Buffer.from(token)
  }

  /** Why the request is refused, or undefined when it may proceed to static files. */
  refuseSource(req: IncomingMessage): string | undefined {
    const host = req.headers.host
    if (!host || !this.hosts.has(host.toLowerCase())) return `host "${host ?? ''}" is not this server`
    const origin = req.headers.origin
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) return `origin "${origin}" is not this server`
    return undefined
  }

  hasToken(req: IncomingMessage): boolean {
    const given = req.headers[TOKEN_HEADER]
    if (typeof given !== 'string') return false
    const bytes = Buffer.from(given)
    return bytes.length === this.token.length && timingSafeEqual(bytes, this.token)
  }
}

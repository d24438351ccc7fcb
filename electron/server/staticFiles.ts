import { existsSync, readFileSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { CONTENT_TYPES, SECURITY_HEADERS } from './headers'

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head = false): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
  res.end(head ? undefined : body)
}

/**
 * Serves the built renderer folder, only files inside it, exactly as built: the page holds no token
 * (its requests carry the session cookie).
 */
export class StaticFiles {
  private readonly root: string

  constructor(rendererDir: string) {
    this.root = resolve(rendererDir)
  }

  serve(pathname: string, res: ServerResponse, head: boolean): void {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad path', head)
    }
    if (decoded === '/' || decoded === '/index.html') return this.serveIndex(res, head)
    const file = resolve(join(this.root, decoded))
    if (!file.startsWith(this.root + sep) || decoded.includes('\0') || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found', head)
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    res.setHeader('Cache-Control', 'no-cache')
    send(res, 200, type, readFileSync(file), head)
  }

  private serveIndex(res: ServerResponse, head: boolean): void {
    const index = join(this.root, 'index.html')
    if (!existsSync(index)) {
      const why = `The app is not built (no ${index}). Run \`npm run serve\`, which builds it first.`
      return send(res, 503, 'text/plain; charset=utf-8', why, head)
    }
    res.setHeader('Cache-Control', 'no-store')
    send(res, 200, CONTENT_TYPES['.html'] ?? 'text/html', readFileSync(index), head)
  }
}

import { isAbsolute, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Where the renderer comes from: the built files in out/renderer, or electron-vite's dev server
 * (ELECTRON_RENDERER_URL, only when the app is not packaged). Everything else is foreign.
 */
export interface RendererLocation {
  /** What the window loads. */
  entryUrl: string
  /** The dev server's origin, when there is one. */
  devOrigin: string | undefined
  /** True for a URL that belongs to the app itself: a file under out/renderer, or the dev server. */
  isAppUrl(url: string): boolean
  /** True for a request the app may make: its own files, its dev server (with HMR socket), devtools. */
  isAllowedRequest(url: string): boolean
}

const parse = (url: string): URL | undefined => {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** A file: URL inside `dir` (after resolving `..`), never a sibling that shares its prefix. */
function isFileInside(url: URL, dir: string): boolean {
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false
  let path: string
  try {
    path = fileURLToPath(url)
  } catch {
    return false
  }
  const rel = relative(dir, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * @param mainDir the folder of the built main script (out/main); the renderer is in ../renderer
 * @param devServerUrl ELECTRON_RENDERER_URL, honoured only in development
 */
export function rendererLocation(mainDir: string, devServerUrl: string | undefined): RendererLocation {
  const rendererDir = join(mainDir, '..', 'renderer')
  const parsed = devServerUrl ? parse(devServerUrl) : undefined
  const dev = parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : undefined
  const isDev = (url: URL): boolean => dev !== undefined && url.origin === dev.origin

  return {
    entryUrl: dev ? dev.href : pathToFileURL(join(rendererDir, 'index.html')).href,
    devOrigin: dev?.origin,
    isAppUrl(raw) {
      const url = parse(raw)
      return url !== undefined && (isFileInside(url, rendererDir) || isDev(url))
    },
    isAllowedRequest(raw) {
      const url = parse(raw)
      if (!url) return false
      if (url.protocol === 'devtools:' || url.protocol === 'data:' || url.protocol === 'blob:') return true
      if (isFileInside(url, rendererDir)) return true
      if (!dev) return false
      // Vite's hot-reload socket lives on the dev server's host and port.
      const socket = (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host === dev.host
      return isDev(url) || socket
    },
  }
}

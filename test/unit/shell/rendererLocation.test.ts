import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { rendererLocation } from '../../../electron/main/rendererLocation'

const mainDir = join('/opt', 'gpp', 'resources', 'app.asar', 'out', 'main')
const index = pathToFileURL(join('/opt', 'gpp', 'resources', 'app.asar', 'out', 'renderer', 'index.html')).href

describe('the packaged renderer', () => {
  const built = rendererLocation(mainDir, undefined)

  it('loads out/renderer/index.html from beside out/main', () => {
    expect(built.entryUrl).toBe(index)
    expect(built.devOrigin).toBeUndefined()
  })

  it('accepts its own files, with a hash or query', () => {
    expect(built.isAppUrl(index)).toBe(true)
    expect(built.isAppUrl(`${index}#/initiatives`)).toBe(true)
    expect(built.isAllowedRequest(index.replace('index.html', 'assets/index-abc.js'))).toBe(true)
  })

  it('refuses other files, look-alike folders, escapes and remote pages', () => {
    expect(built.isAppUrl('file:///etc/passwd')).toBe(false)
    expect(built.isAppUrl(index.replace('/renderer/', '/renderer-evil/'))).toBe(false)
    expect(built.isAppUrl(index.replace('index.html', '../main/index.cjs'))).toBe(false)
    expect(built.isAppUrl(index.replace('index.html', '%2e%2e/main/index.cjs'))).toBe(false)
    expect(built.isAppUrl('file://evil.example.com/opt/gpp/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(built.isAppUrl('https://example.com/')).toBe(false)
    expect(built.isAppUrl('not a url')).toBe(false)
  })

  it('allows no network request at all, but devtools and inline data', () => {
    expect(built.isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false)
    expect(built.isAllowedRequest('http://127.0.0.1:5173/')).toBe(false)
    expect(built.isAllowedRequest('ws://localhost:5173/')).toBe(false)
    expect(built.isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true)
    expect(built.isAllowedRequest('data:image/png;base64,AAAA')).toBe(true)
  })

  it('ignores a dev-server URL that is not http', () => {
    expect(rendererLocation(mainDir, 'file:///tmp/evil.html').entryUrl).toBe(index)
  })
})

describe('development with the vite dev server', () => {
  const dev = rendererLocation(mainDir, 'http://localhost:5173/')

  it('loads the dev server and trusts exactly its origin', () => {
    expect(dev.entryUrl).toBe('http://localhost:5173/')
    expect(dev.devOrigin).toBe('http://localhost:5173')
    expect(dev.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false)
    expect(dev.isAppUrl('https://localhost:5173/')).toBe(false)
  })

  it('allows the hot-reload socket on the same host and port only', () => {
    expect(dev.isAllowedRequest('ws://localhost:5173/?token=x')).toBe(true)
    expect(dev.isAllowedRequest('ws://localhost:9999/')).toBe(false)
    expect(dev.isAllowedRequest('https://example.com/')).toBe(false)
  })
})

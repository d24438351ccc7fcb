import type { Session } from 'electron'
import type { RendererLocation } from './rendererLocation'

/**
 * The Content-Security-Policy, also sent as a header so it holds even if the page's own
 * <meta> tag (renderer/index.html) were changed. style-src needs 'unsafe-inline' because AG Grid
 * and ECharts inject styles at run time; scripts stay strict (no inline, no eval).
 */
export function contentSecurityPolicy(devOrigin: string | undefined): string {
  // In development Vite's hot reload talks over a WebSocket to the dev server.
  const connect = devOrigin ? `'self' ${devOrigin.replace(/^http/, 'ws')}` : "'self'"
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * The app makes no network request: every request that is not the app's own files (or devtools,
 * or the dev server in development) is cancelled, every permission (camera, notifications,
 * geolocation…) is refused, and every response carries the CSP.
 */
export function hardenSession(ses: Session, location: RendererLocation): void {
  const csp = contentSecurityPolicy(location.devOrigin)
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = location.isAllowedRequest(details.url)
    if (!allowed) console.warn(`Blocked a request the app does not make: ${details.url}`)
    callback({ cancel: !allowed })
  })
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
  // Chromium's spellchecker downloads its dictionaries from Google; numbers need no spellchecking.
  ses.setSpellCheckerEnabled(false)
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
}

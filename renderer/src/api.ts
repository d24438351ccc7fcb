/**
 * The renderer's one client of the main side. In Electron the preload exposes `window.gpp`
 * (contextBridge); in browser mode (`npm run serve`) calls go over HTTP to 127.0.0.1, and the
 * browser adds the HttpOnly session cookie it got when the person opened the address the server
 * printed: the page itself never sees the token. The rest of the renderer cannot tell which
 * transport it uses.
 */
import type { GppBridge } from '../../shared/api/bridge'
import type { EventName, EventPayload, Method, Params, Result } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/result'

/** The renderer's client has exactly the bridge's shape, whichever transport is behind it. */
export type Api = GppBridge

function findBridge(): GppBridge | null {
  const candidate = (window as unknown as { gpp?: unknown }).gpp
  if (typeof candidate !== 'object' || candidate === null) return null
  const b = candidate as Partial<GppBridge>
  return typeof b.invoke === 'function' && typeof b.on === 'function' ? (candidate as GppBridge) : null
}

const transportError = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'internal', message } })

async function invokeOverHttp(method: string, params: unknown): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(params ?? {}),
    })
  } catch (e) {
    return transportError(`The portfolio server could not be reached (${e instanceof Error ? e.message : String(e)})`)
  }
  if (response.status === 403)
    return transportError(
      'The portfolio server refused this page: open the address `npm run serve` printed (it was restarted, or this page came from elsewhere)',
    )
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return transportError(`The portfolio server sent an unreadable answer (HTTP ${response.status})`)
  }
  if (typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean') {
    return body as ApiResult<unknown>
  }
  return transportError(`The portfolio server sent an unexpected answer (HTTP ${response.status})`)
}

function createApi(): Api {
  return {
    invoke<M extends Method>(method: M, params: Params<M>): Promise<ApiResult<Result<M>>> {
      const bridge = findBridge()
      // The main side validates results against the contract; the cast only names the type.
      const pending = bridge
        ? bridge.invoke(method, params)
        : (invokeOverHttp(method, params) as Promise<ApiResult<Result<M>>>)
      return pending.catch((e: unknown) => transportError(e instanceof Error ? e.message : String(e)))
    },
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      const bridge = findBridge()
      // Browser mode has no pushed events.
      if (!bridge) return () => undefined
      return bridge.on(event, cb)
    },
  }
}

export const api: Api = createApi()

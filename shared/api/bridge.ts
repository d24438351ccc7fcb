import type { EventName, EventPayload, Method, Params, Result } from './contract'
import type { ApiResult } from './result'

/**
 * What the Electron preload exposes as `window.gpp`, and what the browser-mode HTTP client
 * imitates: the contract's methods and events, nothing else.
 */
export interface GppBridge {
  /** Runs one contract method in the main process. Never rejects for a typed error: see ApiResult. */
  invoke<M extends Method>(method: M, params: Params<M>): Promise<ApiResult<Result<M>>>
  /** Subscribes to an event pushed by the main process; returns the unsubscribe function. */
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void
}

/** IPC channels between the preload and the main process. */
export const IPC_INVOKE = 'api:invoke'
export const IPC_EVENT = 'api:event'

/** The message sent on IPC_EVENT. */
export interface BridgeEvent {
  event: string
  payload: unknown
}

/** The `command` values of the 'menu:command' event: menu items the renderer carries out. */
export const MENU_COMMANDS = ['undo', 'redo', 'import', 'export'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

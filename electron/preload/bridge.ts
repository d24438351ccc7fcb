import type { IpcRenderer, IpcRendererEvent } from 'electron'
import {
  IPC_EVENT,
  IPC_FILES,
  IPC_INVOKE,
  type BridgeEvent,
  type DesktopFiles,
  type GppBridge,
  type OpenedFile,
} from '../../shared/api/bridge'
import type { EventName, EventPayload, Method, Result } from '../../shared/api/contract'
import { fail, type ApiResult } from '../../shared/api/result'

/**
 * The contract's method and event names. The preload receives them as plain lists (written in at
 * build time, see electron.vite.config.ts) so its bundle carries no zod schemas.
 */
export interface ApiNames {
  methods: readonly string[]
  events: readonly string[]
}

type IpcPort = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

const isBridgeEvent = (value: unknown): value is BridgeEvent =>
  typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string'

/**
 * window.gpp: the contract's methods over 'api:invoke' and its events from 'api:event', nothing else.
 * A name outside the contract never reaches IPC; callbacks get the payload, never Electron's event.
 */
export function createBridge(ipc: IpcPort, names: ApiNames): GppBridge {
  const methods = new Set(names.methods)
  const events = new Set(names.events)

  async function invoke<M extends Method>(method: M, params: unknown): Promise<ApiResult<Result<M>>> {
    if (typeof method !== 'string' || !methods.has(method)) {
      return fail('unknown_method', `There is no API method named "${String(method)}".`)
    }
    try {
      return (await ipc.invoke(IPC_INVOKE, method, params)) as ApiResult<Result<M>>
    } catch (e) {
      // The main process refused or failed to answer; the page still gets a typed result.
      const detail = e instanceof Error ? e.message : String(e)
      return fail('internal', `The call ${method} did not reach the application: ${detail}`)
    }
  }

  function on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
    if (typeof event !== 'string' || !events.has(event))
      throw new TypeError(`There is no API event named "${String(event)}".`)
    if (typeof callback !== 'function') throw new TypeError(`The listener for "${event}" must be a function.`)
    const listener = (_ipcEvent: IpcRendererEvent, message: unknown): void => {
      if (isBridgeEvent(message) && message.event === event) callback(message.payload as EventPayload<E>)
    }
    ipc.on(IPC_EVENT, listener)
    return () => {
      ipc.removeListener(IPC_EVENT, listener)
    }
  }

  return { invoke, on }
}

/**
 * window.gpp.files: the native save and open dialogs and "show in folder", one fixed channel each.
 * The page passes plain requests; the main process checks them and the sender.
 */
export function createDesktopFiles(ipc: Pick<IpcRenderer, 'invoke'>): DesktopFiles {
  return {
    async chooseSavePath(request) {
      return (await ipc.invoke(IPC_FILES.chooseSavePath, request)) as string | null
    },
    async chooseOpenFile(request) {
      try {
        return (await ipc.invoke(IPC_FILES.chooseOpenFile, request)) as ApiResult<OpenedFile | null>
      } catch (e) {
        return fail('internal', `The open dialog failed: ${e instanceof Error ? e.message : String(e)}`)
      }
    },
    async revealPath(path) {
      return (await ipc.invoke(IPC_FILES.revealPath, path)) as boolean
    },
  }
}

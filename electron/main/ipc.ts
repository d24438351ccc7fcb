import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { IPC_EVENT, IPC_INVOKE, type BridgeEvent } from '../../shared/api/bridge'
import type { EventName, EventPayload } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/result'

export interface ApiPort {
  invoke(method: string, params: unknown): Promise<ApiResult<unknown>>
}

/**
 * Answers the app's own page only: the frame that sent the call must be the window's top frame and
 * show the app's own URL. Anything else (a frame that navigated elsewhere, an injected iframe) is
 * refused before the API sees it.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  isAppUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame
  if (!frame) return false // the frame is gone (navigated or destroyed) by the time the call arrives
  if (frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url)
}

/** Registers 'api:invoke'; returns a function that removes it. */
export function registerApiIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  api: ApiPort,
  isAppUrl: (url: string) => boolean,
): () => void {
  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, params: unknown) => {
    if (!isTrustedSender(event, isAppUrl)) {
      // The rejection reaches only the refused frame; the app's own page never sees this.
      throw new Error('Refused: this page is not the application.')
    }
    return api.invoke(typeof method === 'string' ? method : String(method), params)
  })
  return () => ipcMain.removeHandler(IPC_INVOKE)
}

/** Pushes a contract event to the page on 'api:event'. */
export function sendEvent<E extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: EventPayload<E>,
): void {
  if (contents.isDestroyed()) return
  const message: BridgeEvent = { event, payload }
  contents.send(IPC_EVENT, message)
}

import type { EventName, EventPayload, Method, Params, Result } from './contract'
import type { ApiResult } from './result'
import { MAX_IMPORT_BYTES } from '../imports/limits'

/**
 * What the Electron preload exposes as `window.gpp`, and what the browser-mode HTTP client
 * imitates: the contract's methods and events, nothing else.
 */
export interface GppBridge {
  /** Runs one contract method in the main process. Never rejects for a typed error: see ApiResult. */
  invoke<M extends Method>(method: M, params: Params<M>): Promise<ApiResult<Result<M>>>
  /** Subscribes to an event pushed by the main process; returns the unsubscribe function. */
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void
  /**
   * Native file dialogs and the file manager: the desktop app only. Browser mode has none (it
   * downloads exports and reads imports through <input type=file>), so callers check for it.
   */
  files?: DesktopFiles
}

/** Kinds of file the desktop dialogs filter on. */
export const FILE_KINDS = ['xlsx', 'pptx', 'csv', 'json', 'aiportfolio'] as const
export type FileKind = (typeof FILE_KINDS)[number]

export interface SavePathRequest {
  title: string
  /** A file name proposed in the Documents folder (a bare name; any folder part is dropped). */
  defaultName: string
  kind: FileKind
}

export interface OpenPathRequest {
  title: string
  /** The kinds offered; the first is the dialog's default filter. */
  kinds: FileKind[]
}

/** A file the person chose in the open dialog, read by the main process (up to MAX_OPEN_FILE_BYTES). */
export interface OpenedFile {
  path: string
  name: string
  bytes: Uint8Array
}

/** Largest file the open dialog reads for the page: the import's own limit, checked before reading. */
export const MAX_OPEN_FILE_BYTES = MAX_IMPORT_BYTES

/**
 * The desktop's file capabilities. A path the page did not get from chooseSavePath or
 * chooseOpenFile cannot be revealed: the page never names arbitrary files to the main process.
 */
export interface DesktopFiles {
  /** The save dialog; the chosen path (with the kind's extension), or null when cancelled. */
  chooseSavePath(request: SavePathRequest): Promise<string | null>
  /** The open dialog; the chosen file's bytes, null when cancelled, a 'bad_file' error when it cannot be read. */
  chooseOpenFile(request: OpenPathRequest): Promise<ApiResult<OpenedFile | null>>
  /** Shows the file in the system file manager; false when the path was not chosen in a dialog. */
  revealPath(path: string): Promise<boolean>
}

/** IPC channels of DesktopFiles, one per capability. */
export const IPC_FILES = {
  chooseSavePath: 'files:chooseSavePath',
  chooseOpenFile: 'files:chooseOpenFile',
  revealPath: 'files:revealPath',
} as const

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

import type { BrowserWindow, Dialog, IpcMain, Shell } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import {
  FILE_KINDS,
  IPC_FILES,
  MAX_OPEN_FILE_BYTES,
  type FileKind,
  type OpenedFile,
  type OpenPathRequest,
  type SavePathRequest,
} from '../../shared/api/bridge'
import { fail, ok, type ApiResult } from '../../shared/api/result'
import { megabytes } from '../../shared/imports/limits'
import { isTrustedSender } from './ipc'

const FILTERS: Record<FileKind, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pptx: { name: 'PowerPoint deck', extensions: ['pptx'] },
  csv: { name: 'CSV (comma-separated)', extensions: ['csv'] },
  json: { name: 'Portfolio JSON', extensions: ['json'] },
  aiportfolio: { name: 'Gen AI Portfolio', extensions: ['aiportfolio'] },
}

const MAX_TEXT = 200

const isKind = (value: unknown): value is FileKind =>
  typeof value === 'string' && (FILE_KINDS as readonly string[]).includes(value)

const boundedText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT

function parseSaveRequest(value: unknown): SavePathRequest {
  const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  if (!boundedText(r.title) || !boundedText(r.defaultName) || !isKind(r.kind))
    throw new TypeError('Refused: a save dialog needs a title, a file name and a known kind of file.')
  return { title: r.title, defaultName: r.defaultName, kind: r.kind }
}

function parseOpenRequest(value: unknown): OpenPathRequest {
  const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const kinds = Array.isArray(r.kinds) ? (r.kinds as unknown[]) : []
  if (!boundedText(r.title) || kinds.length === 0 || kinds.length > FILE_KINDS.length || !kinds.every(isKind))
    throw new TypeError('Refused: an open dialog needs a title and known kinds of file.')
  return { title: r.title, kinds }
}

/** A bare file name: the page proposes a name, never a folder. */
export function safeFileName(name: string, kind: FileKind): string {
  // Both separators, whatever the platform: a Windows-style name must not climb out on Linux either.
  const bare = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f<>:"|?*]/g, '-')
    .trim()
  const stem = bare === '' || bare === '.' || bare === '..' ? 'export' : bare
  return withExtension(stem, kind)
}

/** Adds the kind's extension when the typed name lacks it (Linux dialogs do not add it). */
export function withExtension(path: string, kind: FileKind): string {
  return extname(path).toLowerCase() === `.${kind}` ? path : `${path}.${kind}`
}

export interface FileIpcDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>
  shell: Pick<Shell, 'showItemInFolder'>
  window(): BrowserWindow | undefined
  /** Where save dialogs start (the Documents folder). */
  documentsDir(): string
  isAppUrl(url: string): boolean
}

/**
 * The desktop's file dialogs and "show in folder", each on its own channel and each answering
 * the app's own page only (the same sender check as the API). Paths handed out by the dialogs
 * are remembered, and only those can be revealed: the page cannot make the file manager open
 * a path it made up. Returns a function that removes the handlers.
 */
export function registerFileIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: FileIpcDeps): () => void {
  const chosen = new Set<string>()
  const guard = (event: Parameters<typeof isTrustedSender>[0]): void => {
    if (!isTrustedSender(event, deps.isAppUrl)) throw new Error('Refused: this page is not the application.')
  }

  ipcMain.handle(IPC_FILES.chooseSavePath, async (event, raw: unknown): Promise<string | null> => {
    guard(event)
    const request = parseSaveRequest(raw)
    const options = {
      title: request.title,
      defaultPath: join(deps.documentsDir(), safeFileName(request.defaultName, request.kind)),
      filters: [FILTERS[request.kind]],
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    }
    const win = deps.window()
    const result = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return null
    const path = withExtension(result.filePath, request.kind)
    chosen.add(path)
    return path
  })

  ipcMain.handle(IPC_FILES.chooseOpenFile, async (event, raw: unknown): Promise<ApiResult<OpenedFile | null>> => {
    guard(event)
    const request = parseOpenRequest(raw)
    const filters = [...request.kinds.map((k) => FILTERS[k]), { name: 'All files', extensions: ['*'] }]
    const options = { title: request.title, filters, properties: ['openFile' as const] }
    const win = deps.window()
    const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options)
    const path = result.canceled ? undefined : result.filePaths[0]
    if (!path) return ok(null)
    const name = basename(path)
    try {
      // Checked before reading, so a huge file is refused without being loaded into memory.
      const size = (await stat(path)).size
      if (size > MAX_OPEN_FILE_BYTES)
        return fail(
          'bad_file',
          `${name} is ${megabytes(size)}; files up to ${megabytes(MAX_OPEN_FILE_BYTES)} can be imported.`,
        )
      const bytes = new Uint8Array(await readFile(path))
      chosen.add(path)
      return ok({ path, name, bytes })
    } catch (e) {
      return fail('bad_file', `${name} could not be read: ${e instanceof Error ? e.message : String(e)}`)
    }
  })

  ipcMain.handle(IPC_FILES.revealPath, async (event, path: unknown): Promise<boolean> => {
    guard(event)
    if (typeof path !== 'string' || !chosen.has(path)) return false
    deps.shell.showItemInFolder(path)
    return true
  })

  return () => {
    for (const channel of Object.values(IPC_FILES)) ipcMain.removeHandler(channel)
  }
}

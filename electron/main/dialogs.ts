import { dialog, type BrowserWindow } from 'electron'
import { FILE_EXTENSION } from '../db/fileFormat'

/** The open/save filter: portfolio files only (the extension without its dot, as Electron wants it). */
export const PORTFOLIO_FILTERS = [{ name: 'Gen AI Portfolio', extensions: [FILE_EXTENSION.slice(1)] }]

export interface SaveChoice {
  path: string
  /**
   * The dialog itself asked "replace?" for exactly this path. False when the extension had to be
   * added (Linux dialogs do not add it), since the dialog then asked about a different name.
   */
  replaceConfirmed: boolean
}

/** Adds .aiportfolio when the typed name lacks it. */
export function withPortfolioExtension(path: string): string {
  return path.toLowerCase().endsWith(FILE_EXTENSION) ? path : `${path}${FILE_EXTENSION}`
}

export async function chooseFileToOpen(win: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Open Portfolio', filters: PORTFOLIO_FILTERS, properties: ['openFile' as const] }
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return result.canceled ? undefined : result.filePaths[0]
}

export async function chooseFileToSave(
  win: BrowserWindow | undefined,
  title: string,
  defaultPath: string,
): Promise<SaveChoice | undefined> {
  const options = {
    title,
    defaultPath,
    filters: PORTFOLIO_FILTERS,
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
  }
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return undefined
  const path = withPortfolioExtension(result.filePath)
  return { path, replaceConfirmed: path === result.filePath }
}

/** A problem the person must see; the message says what happened and that nothing was lost. */
export async function showError(win: BrowserWindow | undefined, message: string, detail: string): Promise<void> {
  const options = { type: 'error' as const, title: 'Gen AI Portfolio Planner', message, detail, buttons: ['OK'] }
  if (win) await dialog.showMessageBox(win, options)
  else await dialog.showMessageBox(options)
}

export async function showAbout(win: BrowserWindow | undefined, appName: string, version: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${appName}`,
    message: `${appName} ${version}`,
    detail: `Version ${version}\nModels the unit economics and ROI of a portfolio of generative-AI initiatives, offline.\nElectron ${process.versions.electron ?? ''}, Chromium ${process.versions.chrome ?? ''}, Node ${process.versions.node}`,
    buttons: ['OK'],
  }
  if (win) await dialog.showMessageBox(win, options)
  else await dialog.showMessageBox(options)
}

import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebContents } from 'electron'
import { APP_NAME } from '../db/paths'
import { loadWindowState, MIN_SIZE, restoreBounds, saveWindowState, type InitialBounds } from './windowState'

/** Size, position and look of the window (its security settings are written at the constructor, below). */
export function frameOptions(bounds: InitialBounds, backgroundColor: string): BrowserWindowConstructorOptions {
  const position = bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}
  return {
    ...position,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    backgroundColor,
    // Shown on ready-to-show, so the first paint is the app, not a white flash.
    show: false,
  }
}

/**
 * The page never leaves the app: no navigation, no redirects, no new windows, no webviews.
 * A dropped file or a link would otherwise replace the app with foreign content.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export interface MainWindowOptions {
  preload: string
  entryUrl: string
  /** userData/window-state.json */
  stateFile: string
  darkBackground: boolean
}

/** Creates the window where it was last closed (if that is still on a screen) and loads the app. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay()
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea)
  const bounds = restoreBounds(loadWindowState(options.stateFile), workAreas)
  // An isolated, sandboxed page with no Node, loading only the app's own files. Written out here,
  // at the constructor, so Electronegativity checks the very options the window gets.
  const win = new BrowserWindow({
    ...frameOptions(bounds, options.darkBackground ? '#1f1f1f' : '#ffffff'),
    webPreferences: {
      // Reviewed: the preload exposes only window.gpp (the contract's methods and events, checked by
      // name) through contextBridge; no Node or Electron object reaches the page. See electron/preload.
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows; there are none to open.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      // The spellchecker would download dictionaries; the app makes no network request.
      spellcheck: false,
    },
  })
  hardenWebContents(win.webContents)
  if (bounds.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    try {
      saveWindowState(options.stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() })
    } catch {
      // Remembering the window's place is a convenience; failing to must never block closing.
    }
  })
  win.loadURL(options.entryUrl).catch((e: unknown) => console.error('Could not load the app page:', e))
  return win
}

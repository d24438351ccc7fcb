import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron'
import { join } from 'node:path'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { createApi } from '../api'
import { APP_NAME } from '../db/paths'
import { PortfolioSession, type Snapshot } from '../db/session'
import { showAbout, showError } from './dialogs'
import { portfolioPathFromArgv } from './fileAssociation'
import { registerFileIpc } from './fileIpc'
import { registerApiIpc, sendEvent } from './ipc'
import { buildMenuTemplate, type ThemeSource } from './menu'
import { portfolioCommands, type PortfolioCommands } from './portfolioCommands'
import { loadPreferences, savePreferences } from './preferences'
import { rendererLocation } from './rendererLocation'
import { hardenSession } from './security'
import { createMainWindow, hardenWebContents } from './window'

/**
 * App lifecycle: one instance, one window, one open portfolio. A second launch (for example a
 * double-clicked .aiportfolio file) hands its file to the first instance and quits.
 * @param mainDir folder of the built main script (out/main)
 */
export function startApp(mainDir: string): void {
  // Before 'ready', so userData is the folder electron/db/paths.ts computes for browser mode too.
  app.setName(APP_NAME)
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()

  let win: BrowserWindow | undefined
  let commands: PortfolioCommands | undefined
  // A file the launch asked for, until the app is ready to open it.
  let pendingPath = portfolioPathFromArgv(process.argv, process.cwd())

  const openRequested = (path: string): void => {
    if (commands) void commands.open(path)
    else pendingPath = path
  }
  // macOS hands files over with 'open-file', possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openRequested(path)
  })
  app.on('second-instance', (_event, argv, cwd) => {
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
    const path = portfolioPathFromArgv(argv, cwd)
    if (path) openRequested(path)
  })
  // Every page, including any the app did not mean to create, is kept from navigating or opening windows.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => app.quit())

  app
    .whenReady()
    .then(async () => {
      const location = rendererLocation(mainDir, app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL)
      hardenSession(session.defaultSession, location)

      const userData = app.getPath('userData')
      const preferencesFile = join(userData, 'preferences.json')
      // Before the window exists, so its first paint already has the chosen theme.
      nativeTheme.themeSource = loadPreferences(preferencesFile).theme
      const portfolio = new PortfolioSession({ userDataDir: userData, samplePortfolio })
      app.on('will-quit', () => portfolio.close())
      registerApiIpc(
        ipcMain,
        createApi({ session: portfolio, logError: (method, e) => console.error(`API ${method} failed:`, e) }),
        location.isAppUrl,
      )
      // Export and import dialogs and "show in folder", on their own channels with the same sender check.
      registerFileIpc(ipcMain, {
        dialog,
        shell,
        window: () => win,
        documentsDir: () => app.getPath('documents'),
        isAppUrl: location.isAppUrl,
      })

      const refreshMenu = (): void => {
        const state = {
          appName: APP_NAME,
          platform: process.platform,
          recentFiles: portfolio.recent(),
          theme: nativeTheme.themeSource as ThemeSource,
          devTools: !app.isPackaged,
        }
        Menu.setApplicationMenu(
          Menu.buildFromTemplate(
            buildMenuTemplate(state, {
              newPortfolio: () => void commands?.newPortfolio(false),
              newFromSample: () => void commands?.newPortfolio(true),
              open: () => void commands?.chooseAndOpen(),
              openRecent: (path) => void commands?.open(path),
              saveAs: () => void commands?.saveAs(),
              command: (command) => {
                if (win) sendEvent(win.webContents, 'menu:command', { command })
              },
              setTheme: (theme) => {
                nativeTheme.themeSource = theme
                try {
                  savePreferences(preferencesFile, { theme })
                } catch (e) {
                  console.error('Could not remember the theme:', e)
                }
                refreshMenu()
              },
              about: () => void showAbout(win, APP_NAME, app.getVersion()),
            }),
          ),
        )
      }
      const switched = (snapshot: Snapshot): void => {
        if (win) sendEvent(win.webContents, 'portfolio:switched', snapshot)
        refreshMenu()
      }
      commands = portfolioCommands({
        session: portfolio,
        window: () => win,
        switched,
        documentsDir: app.getPath('documents'),
      })

      // The portfolio is open before the page asks for it.
      const initial = pendingPath
      pendingPath = undefined
      try {
        if (initial) portfolio.open(initial)
        else await portfolio.openDefault()
      } catch (e) {
        await showError(undefined, 'Could not open the portfolio.', e instanceof Error ? e.message : String(e))
        if (initial) await portfolio.openDefault().catch(() => undefined)
      }

      win = createMainWindow({
        preload: join(mainDir, '..', 'preload', 'index.cjs'),
        entryUrl: location.entryUrl,
        stateFile: join(userData, 'window-state.json'),
        darkBackground: nativeTheme.shouldUseDarkColors,
      })
      win.on('closed', () => {
        win = undefined
      })
      refreshMenu()
    })
    .catch((e: unknown) => {
      console.error('The app could not start:', e)
      app.exit(1)
    })
}

import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/api/bridge'

export type ThemeSource = 'system' | 'light' | 'dark'

/** What the menu items do; index wires them to dialogs, the portfolio session and the renderer. */
export interface MenuActions {
  newPortfolio(): void
  newFromSample(): void
  open(): void
  openRecent(path: string): void
  saveAs(): void
  /** Import, export, undo and redo run in the renderer, which owns the grid and the undo history. */
  command(name: MenuCommand): void
  setTheme(theme: ThemeSource): void
  about(): void
}

export interface MenuState {
  appName: string
  platform: NodeJS.Platform
  recentFiles: readonly string[]
  theme: ThemeSource
  /** Developer tools only while developing. */
  devTools: boolean
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

function recentSubmenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  if (state.recentFiles.length === 0) return [{ label: 'No Recent Portfolios', enabled: false }]
  return state.recentFiles.map((path) => ({ label: path, click: () => actions.openRecent(path) }))
}

/**
 * The application menu as a template (Menu.buildFromTemplate turns it into the real menu).
 * Pure, so labels, shortcuts and what each item does are unit-tested without Electron.
 */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin'
  const theme = (label: string, value: ThemeSource): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: state.theme === value,
    click: () => actions.setTheme(value),
  })
  const about: MenuItemConstructorOptions = { label: `About ${state.appName}`, click: () => actions.about() }

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: state.appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : []

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Portfolio…', accelerator: 'CmdOrCtrl+N', click: () => actions.newPortfolio() },
      { label: 'New from Sample Portfolio…', click: () => actions.newFromSample() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: 'Open Recent', submenu: recentSubmenu(state, actions) },
      separator,
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
      separator,
      { label: 'Import…', click: () => actions.command('import') },
      { label: 'Export…', click: () => actions.command('export') },
      separator,
      { label: 'Close', role: 'close' },
      ...(mac ? [] : [{ label: 'Exit', role: 'quit' } satisfies MenuItemConstructorOptions]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Undo and redo are the app's own (every edit is saved at once; the history lives in the renderer).
      // On Windows and Linux the page handles the keys itself (app undo in the grid, the text field's own
      // undo while typing), so the menu only shows them: a registered accelerator would fire for keys a
      // text field left unhandled and undo a grid edit behind the person's back. macOS sends Cmd+Z
      // through the menu whatever has focus, so there the accelerators are registered.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: mac, click: () => actions.command('undo') },
      {
        label: 'Redo',
        accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
        registerAccelerator: mac,
        click: () => actions.command('redo'),
      },
      // Cmd+Y redoes too, as many Mac spreadsheet users expect, without a second visible item.
      ...(mac
        ? [
            {
              label: 'Redo',
              accelerator: 'CmdOrCtrl+Y',
              visible: false,
              acceleratorWorksWhenHidden: true,
              click: () => actions.command('redo'),
            } satisfies MenuItemConstructorOptions,
          ]
        : []),
      separator,
      { label: 'Cut', role: 'cut' },
      { label: 'Copy', role: 'copy' },
      { label: 'Paste', role: 'paste' },
      { label: 'Select All', role: 'selectAll' },
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Zoom In', role: 'zoomIn' },
      { label: 'Zoom Out', role: 'zoomOut' },
      { label: 'Actual Size', role: 'resetZoom' },
      separator,
      { label: 'Toggle Full Screen', role: 'togglefullscreen' },
      separator,
      { label: 'Theme', submenu: [theme('Follow System', 'system'), theme('Light', 'light'), theme('Dark', 'dark')] },
      ...(state.devTools
        ? [separator, { label: 'Developer Tools', role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]
        : []),
    ],
  }

  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [about] }

  return [
    ...appMenu,
    file,
    edit,
    view,
    ...(mac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    help,
  ]
}

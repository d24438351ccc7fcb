import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuActions, type MenuState } from '../../../electron/main/menu'
import { MENU_COMMANDS } from '../../../shared/api/bridge'

function actions(): MenuActions & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    newPortfolio: () => calls.push('new'),
    newFromSample: () => calls.push('sample'),
    open: () => calls.push('open'),
    openRecent: (path) => calls.push(`recent ${path}`),
    saveAs: () => calls.push('saveAs'),
    command: (name) => calls.push(`command ${name}`),
    setTheme: (theme) => calls.push(`theme ${theme}`),
    about: () => calls.push('about'),
  }
}
const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  appName: 'Gen AI Portfolio Planner',
  platform: 'linux',
  recentFiles: ['/home/ana/Q3.aiportfolio', '/home/ana/Board.aiportfolio'],
  theme: 'system',
  devTools: false,
  ...overrides,
})

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] => {
  if (!Array.isArray(item?.submenu)) throw new Error(`${item?.label ?? item?.role} has no submenu`)
  return item.submenu
}
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label === label)
const item = (items: MenuItemConstructorOptions[], label: string) => {
  const found = items.find((i) => i.label === label && i.visible !== false)
  if (!found) throw new Error(`no item ${label}`)
  return found
}
const click = (entry: MenuItemConstructorOptions): void => {
  const handler = entry.click as (() => void) | undefined
  if (!handler) throw new Error(`${entry.label} has no click`)
  handler()
}

describe('application menu', () => {
  it('has File, Edit, View and Help in that order on Windows and Linux', () => {
    expect(buildMenuTemplate(state(), actions()).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
  })

  it('puts the app menu first and a Window menu before Help on macOS', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin' }), actions())
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Gen AI Portfolio Planner',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ])
    expect(submenu(template[0]).some((i) => i.role === 'quit')).toBe(true)
    expect(submenu(top(template, '&File')).some((i) => i.role === 'quit')).toBe(false)
  })

  it('File has the portfolio commands with their shortcuts', () => {
    const a = actions()
    const file = submenu(top(buildMenuTemplate(state(), a), '&File'))
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])).toEqual([
      ['New Portfolio…', 'CmdOrCtrl+N'],
      ['New from Sample Portfolio…', undefined],
      ['Open…', 'CmdOrCtrl+O'],
      ['Open Recent', undefined],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Import…', undefined],
      ['Export…', undefined],
      ['Close', undefined],
      ['Exit', undefined],
    ])
    expect(item(file, 'Close').role).toBe('close')
    for (const label of ['New Portfolio…', 'New from Sample Portfolio…', 'Open…', 'Save As…', 'Import…', 'Export…'])
      click(item(file, label))
    expect(a.calls).toEqual(['new', 'sample', 'open', 'saveAs', 'command import', 'command export'])
  })

  it('Open Recent lists the recent files, most recent first, and opens the one chosen', () => {
    const a = actions()
    const recent = submenu(item(submenu(top(buildMenuTemplate(state(), a), '&File')), 'Open Recent'))
    expect(recent.map((i) => i.label)).toEqual(['/home/ana/Q3.aiportfolio', '/home/ana/Board.aiportfolio'])
    click(recent[1] as MenuItemConstructorOptions)
    expect(a.calls).toEqual(['recent /home/ana/Board.aiportfolio'])
  })

  it('Open Recent says so when there is nothing recent', () => {
    const recent = submenu(
      item(submenu(top(buildMenuTemplate(state({ recentFiles: [] }), actions()), '&File')), 'Open Recent'),
    )
    expect(recent).toEqual([{ label: 'No Recent Portfolios', enabled: false }])
  })

  it.each(['linux', 'win32'] as const)(
    'Edit on %s: shows Ctrl+Z and Ctrl+Y, leaves the keys to the page, and sends undo and redo to the app when clicked',
    (platform) => {
      const a = actions()
      const edit = submenu(top(buildMenuTemplate(state({ platform }), a), '&Edit'))
      const undo = item(edit, 'Undo')
      const redo = item(edit, 'Redo')
      expect([undo.accelerator, undo.registerAccelerator, undo.role]).toEqual(['CmdOrCtrl+Z', false, undefined])
      expect([redo.accelerator, redo.registerAccelerator]).toEqual(['CmdOrCtrl+Y', false])
      expect(edit.filter((i) => i.label === 'Redo')).toHaveLength(1)
      click(undo)
      click(redo)
      expect(a.calls).toEqual(['command undo', 'command redo'])
    },
  )

  it('Edit on macOS: Cmd+Z, Shift+Cmd+Z and a hidden Cmd+Y, all registered, all going to the app', () => {
    const a = actions()
    const edit = submenu(top(buildMenuTemplate(state({ platform: 'darwin' }), a), '&Edit'))
    const undo = item(edit, 'Undo')
    expect([undo.accelerator, undo.registerAccelerator]).toEqual(['CmdOrCtrl+Z', true])
    const redos = edit.filter((i) => i.label === 'Redo')
    expect(redos.map((r) => [r.accelerator, r.visible !== false, r.registerAccelerator !== false])).toEqual([
      ['Shift+CmdOrCtrl+Z', true, true],
      ['CmdOrCtrl+Y', false, true],
    ])
    expect(redos[1]?.acceleratorWorksWhenHidden).toBe(true)
    click(undo)
    for (const redo of redos) click(redo)
    expect(a.calls).toEqual(['command undo', 'command redo', 'command redo'])
  })

  it('Edit: cut, copy, paste and select all are the standard roles', () => {
    const edit = submenu(top(buildMenuTemplate(state(), actions()), '&Edit'))
    expect(['Cut', 'Copy', 'Paste', 'Select All'].map((l) => item(edit, l).role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
  })

  it('View has zoom, full screen and a theme choice that shows the current one', () => {
    const a = actions()
    const view = submenu(top(buildMenuTemplate(state({ theme: 'dark' }), a), '&View'))
    expect(['Zoom In', 'Zoom Out', 'Actual Size', 'Toggle Full Screen'].map((l) => item(view, l).role)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ])
    const themes = submenu(item(view, 'Theme'))
    expect(themes.map((t) => [t.label, t.type, t.checked])).toEqual([
      ['Follow System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ])
    click(themes[1] as MenuItemConstructorOptions)
    expect(a.calls).toEqual(['theme light'])
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false)
  })

  it('offers developer tools only while developing', () => {
    const view = submenu(top(buildMenuTemplate(state({ devTools: true }), actions()), '&View'))
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(true)
  })

  it('Help has About, which shows the version', () => {
    const a = actions()
    const help = submenu(top(buildMenuTemplate(state(), a), '&Help'))
    click(item(help, 'About Gen AI Portfolio Planner'))
    expect(a.calls).toEqual(['about'])
  })

  it('sends only the commands the renderer knows (MENU_COMMANDS)', () => {
    const a = actions()
    for (const menu of buildMenuTemplate(state(), a))
      for (const entry of submenu(menu)) if (entry.click && !entry.submenu) click(entry)
    const sent = a.calls.filter((c) => c.startsWith('command ')).map((c) => c.slice('command '.length))
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS))
  })

  it('builds from state alone, calling nothing', () => {
    const a = actions()
    const spy = vi.fn()
    buildMenuTemplate(state(), { ...a, about: spy })
    expect(a.calls).toEqual([])
    expect(spy).not.toHaveBeenCalled()
  })
})

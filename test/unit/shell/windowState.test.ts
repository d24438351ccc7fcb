import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadWindowState, parseWindowState, restoreBounds, saveWindowState } from '../../../electron/main/windowState'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 }
const state = (x: number, y: number, width: number, height: number, maximized = false) => ({
  bounds: { x, y, width, height },
  maximized,
})

describe('restoreBounds', () => {
  it('opens a first window at the default size, centred by the system', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual({ width: 1280, height: 800, maximized: false })
  })

  it('fits the default size to a small screen', () => {
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      width: 1024,
      height: 700,
      maximized: false,
    })
  })

  it('restores a window that is on a display exactly where it was', () => {
    expect(restoreBounds(state(1600, 100, 1200, 900, true), [laptop, rightMonitor])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 900,
      maximized: true,
    })
  })

  it('drops the position of a window left on a monitor that is gone, keeping a size that fits', () => {
    // Saved on the right monitor, which is unplugged now: the laptop alone remains.
    expect(restoreBounds(state(1600, 100, 1600, 1000), [laptop])).toEqual({
      width: 1440,
      height: 875,
      maximized: false,
    })
  })

  it('pulls a window that hangs off the edge back inside the display it is mostly on', () => {
    // 300 px of its 1000 px width are visible on the laptop (x 1140..1440): x becomes 1440 - 1000 = 440.
    expect(restoreBounds(state(1140, -50, 1000, 700), [laptop])).toEqual({
      x: 440,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    })
  })

  it('treats a sliver of 50 px on screen as not visible', () => {
    expect(restoreBounds(state(1390, 10, 1000, 700), [laptop])).toEqual({ width: 1000, height: 700, maximized: false })
  })

  it('picks the display holding most of a window that straddles two', () => {
    // 240 px on the laptop (1200..1440), 960 px on the monitor: it moves fully onto the monitor.
    expect(restoreBounds(state(1200, 50, 1200, 800), [laptop, rightMonitor])).toEqual({
      x: 1440,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    })
  })

  it('never makes the window smaller than its minimum', () => {
    expect(restoreBounds(state(10, 10, 300, 200), [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 800,
      height: 560,
      maximized: false,
    })
  })
})

describe('window-state.json', () => {
  it('rejects malformed content instead of failing', () => {
    expect(parseWindowState(null)).toBeUndefined()
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 'wide', height: 10 } })).toBeUndefined()
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: -5, height: 10 } })).toBeUndefined()
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: Number.NaN, height: 10 } })).toBeUndefined()
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: 'yes' })).toEqual(
      state(1, 2, 3, 4, false),
    )
  })

  it('round-trips through the file and reads a missing or corrupt file as no state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpp-window-'))
    try {
      const file = join(dir, 'nested', 'window-state.json')
      expect(loadWindowState(file)).toBeUndefined()
      saveWindowState(file, state(5, 6, 1000, 700, true))
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state(5, 6, 1000, 700, true))
      expect(loadWindowState(file)).toEqual(state(5, 6, 1000, 700, true))
      writeFileSync(file, '{ not json')
      expect(loadWindowState(file)).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

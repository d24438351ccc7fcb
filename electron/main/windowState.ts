import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What window-state.json holds: the normal (not maximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rect
  maximized: boolean
}

/** Where and how big to open the window; no x/y means "let the system centre it". */
export interface InitialBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

const DEFAULT_SIZE = { width: 1280, height: 800 }
export const MIN_SIZE = { width: 800, height: 560 }
/** How much of the window must be on a display for the saved position to count as visible. */
const MIN_VISIBLE = 100

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Reads a saved state, or undefined when it is missing, unreadable or malformed (a fresh start, never a crash). */
export function parseWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown }
  if (typeof bounds !== 'object' || bounds === null) return undefined
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return undefined
  if (width <= 0 || height <= 0) return undefined
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), Math.max(lo, hi))

/**
 * The bounds to open with. A saved position is used only when enough of the window lies on one of
 * the current displays' work areas (a monitor may have been unplugged); the window is then fitted
 * inside that display. Otherwise the saved size is kept, fitted to the primary display, and centred.
 * @param workAreas current displays' work areas, primary first
 */
export function restoreBounds(saved: WindowState | undefined, workAreas: readonly Rect[]): InitialBounds {
  const primary = workAreas[0]
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: Math.round(area ? clamp(size.width, MIN_SIZE.width, area.width) : Math.max(size.width, MIN_SIZE.width)),
    height: Math.round(
      area ? clamp(size.height, MIN_SIZE.height, area.height) : Math.max(size.height, MIN_SIZE.height),
    ),
  })
  if (!saved) return { ...fit(DEFAULT_SIZE, primary), maximized: false }

  let best: Rect | undefined
  let bestArea = 0
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area)
    if (
      o.width >= Math.min(MIN_VISIBLE, saved.bounds.width) &&
      o.height >= Math.min(MIN_VISIBLE, saved.bounds.height)
    ) {
      if (o.width * o.height > bestArea) {
        best = area
        bestArea = o.width * o.height
      }
    }
  }
  if (!best) return { ...fit(saved.bounds, primary), maximized: saved.maximized }

  const size = fit(saved.bounds, best)
  return {
    x: Math.round(clamp(saved.bounds.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(saved.bounds.y, best.y, best.y + best.height - size.height)),
    ...size,
    maximized: saved.maximized,
  }
}

export function loadWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return undefined
  }
}

/** Written beside and renamed, so a crash mid-write leaves the previous state, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(state, null, 2))
  renameSync(temp, file)
}

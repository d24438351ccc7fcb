import { DRIVER_COLOURS, type Driver } from '../../../shared/model/drivers'
import type { ColorScheme } from './useColorScheme'

/** One colour per cost driver, the same in every chart so a reader learns them once. */
export const DRIVER_COLORS: Record<Driver, string> = DRIVER_COLOURS

/**
 * Colours for charts of many series (scenarios, initiatives): twelve that stay apart from one
 * another in light and dark, ECharts' default nine repeating after the ninth.
 */
export const SERIES_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#17becf',
  '#8cd17d',
  '#bab0ac',
] as const

const LINE_DASHES = ['solid', 'dashed', 'dotted'] as const

/** The colour and the dash of the i-th line: past twelve, the colours come again dashed, then dotted. */
export function seriesLine(index: number): { color: string; type: (typeof LINE_DASHES)[number] } {
  const n = SERIES_COLORS.length
  return {
    color: SERIES_COLORS[index % n] ?? SERIES_COLORS[0],
    type: LINE_DASHES[Math.floor(index / n) % LINE_DASHES.length] ?? 'solid',
  }
}

export const VALUE_COLOR = '#1f9d55'
export const NET_COLOR = '#2f6fd6'
export const MARK_COLOR = '#d9822b'

/** Chart background for exports; on screen the chart is transparent over its card. */
export function exportBackground(scheme: ColorScheme): string {
  return scheme === 'dark' ? '#1b1f27' : '#ffffff'
}

import { DRIVER_COLOURS, type Driver } from '../../../shared/model/drivers'
import type { ColorScheme } from './useColorScheme'

/** One colour per cost driver, the same in every chart so a reader learns them once. */
export const DRIVER_COLORS: Record<Driver, string> = DRIVER_COLOURS

export const VALUE_COLOR = '#1f9d55'
export const NET_COLOR = '#2f6fd6'
export const MARK_COLOR = '#d9822b'

/** Chart background for exports; on screen the chart is transparent over its card. */
export function exportBackground(scheme: ColorScheme): string {
  return scheme === 'dark' ? '#1b1f27' : '#ffffff'
}

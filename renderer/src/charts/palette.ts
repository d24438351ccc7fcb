import type { Driver } from '../../../shared/engine/types'
import type { ColorScheme } from './useColorScheme'

/** One colour per cost driver, the same in every chart so a reader learns them once. */
export const DRIVER_COLORS: Record<Driver, string> = {
  inference: '#5470c6',
  build: '#91cc75',
  integration: '#fac858',
  platform: '#ee6666',
  data: '#73c0de',
  evaluation: '#3ba272',
  compliance: '#fc8452',
  shared: '#9a60b4',
}

export const VALUE_COLOR = '#1f9d55'
export const NET_COLOR = '#2f6fd6'
export const MARK_COLOR = '#d9822b'

/** Chart background for exports; on screen the chart is transparent over its card. */
export function exportBackground(scheme: ColorScheme): string {
  return scheme === 'dark' ? '#1b1f27' : '#ffffff'
}

import { useSyncExternalStore } from 'react'
import type { ChartOption } from './echartsCore'

const REDUCE = '(prefers-reduced-motion: reduce)'

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(REDUCE).matches
}

function subscribe(onChange: () => void): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(REDUCE) : null
  media?.addEventListener('change', onChange)
  return () => media?.removeEventListener('change', onChange)
}

/** True while the system asks for reduced motion; charts follow a change without a reload. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reducedMotion, () => false)
}

type TooltipOption = NonNullable<ChartOption['tooltip']>

const still = (tooltip: TooltipOption): TooltipOption =>
  Array.isArray(tooltip) ? tooltip.map((t) => ({ ...t, transitionDuration: 0 })) : { ...tooltip, transitionDuration: 0 }

/**
 * The option with nothing moving: no series or axis animation and no tooltip glide, so every mark
 * is drawn where it belongs the moment the option is set.
 */
export function withoutMotion(option: ChartOption): ChartOption {
  return { ...option, animation: false, ...(option.tooltip === undefined ? {} : { tooltip: still(option.tooltip) }) }
}

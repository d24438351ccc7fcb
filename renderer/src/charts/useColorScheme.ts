import { useSyncExternalStore } from 'react'

export type ColorScheme = 'light' | 'dark'

/**
 * The scheme in force: the shell's explicit choice on <html data-theme="..."> wins, else the
 * system's prefers-color-scheme. Charts and grids follow it without a reload.
 */
function readColorScheme(): ColorScheme {
  const explicit = document.documentElement.dataset.theme
  if (explicit === 'dark' || explicit === 'light') return explicit
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light'
}

function subscribe(onChange: () => void): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null
  media?.addEventListener('change', onChange)
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] })
  return () => {
    media?.removeEventListener('change', onChange)
    observer.disconnect()
  }
}

export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, readColorScheme, () => 'light')
}

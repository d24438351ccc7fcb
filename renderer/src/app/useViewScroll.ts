import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

/** Frames a restore keeps trying while a view's content is still growing (charts sizing themselves). */
const RESTORE_FRAMES = 10

/** What the person does to scroll: it ends a restore still under way. */
const PERSON_SCROLLS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const

const scrollToTop = (el: HTMLElement, top: number): void => el.scrollTo({ top, behavior: 'instant' })

/**
 * One scroll position per view (`key`): a view opens at its top the first time, and where it was
 * left when it is opened again. Without this the scroller kept one position for every view, so a
 * view opened mid-page.
 */
export function useViewScroll(scroller: RefObject<HTMLElement | null>, key: string): void {
  const positions = useRef(new Map<string, number>())
  const current = useRef(key)
  /** The position being restored; scroll events meanwhile are the restore's, not the person's. */
  const restoring = useRef<number | null>(null)

  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const remember = () => {
      if (restoring.current === null) positions.current.set(current.current, el.scrollTop)
    }
    const stopRestoring = () => {
      restoring.current = null
    }
    el.addEventListener('scroll', remember, { passive: true })
    for (const type of PERSON_SCROLLS) el.addEventListener(type, stopRestoring, { passive: true })
    return () => {
      el.removeEventListener('scroll', remember)
      for (const type of PERSON_SCROLLS) el.removeEventListener(type, stopRestoring)
    }
  }, [scroller])

  useLayoutEffect(() => {
    const el = scroller.current
    current.current = key
    if (!el) return
    const target = positions.current.get(key) ?? 0
    scrollToTop(el, target)
    if (el.scrollTop === target) return
    // The view's content may still be growing (charts size themselves after mounting): try again
    // for a few frames, unless the person scrolls meanwhile.
    restoring.current = target
    let frames = 0
    let handle = 0
    const retry = () => {
      if (restoring.current !== target) return
      scrollToTop(el, target)
      if (el.scrollTop === target || ++frames > RESTORE_FRAMES) {
        restoring.current = null
        positions.current.set(key, el.scrollTop)
        return
      }
      handle = requestAnimationFrame(retry)
    }
    handle = requestAnimationFrame(retry)
    return () => {
      cancelAnimationFrame(handle)
      restoring.current = null
    }
  }, [scroller, key])
}

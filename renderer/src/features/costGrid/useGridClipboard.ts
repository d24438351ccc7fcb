import { useEffect, type RefObject } from 'react'

/** True when the event comes from a text field (the cell editor): its own copy and paste apply. */
const fromTextField = (e: Event): boolean =>
  e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement

/** What a grid does with the clipboard: the cost grid's controller, or another grid's (actuals). */
export interface ClipboardTarget {
  copyText(): string | null
  paste(text: string): Promise<void>
  clear(): Promise<void>
}

/**
 * Copy, cut and paste of cell blocks as tab-separated text through the DOM clipboard events, so
 * Ctrl+C / Ctrl+V, the Edit menu and the browser's own menu all work, in Electron and in a
 * browser, without asking for clipboard permissions.
 */
export function useGridClipboard(container: RefObject<HTMLDivElement | null>, controller: ClipboardTarget): void {
  useEffect(() => {
    const root = container.current
    if (!root) return
    const onCopy = (e: ClipboardEvent) => {
      if (fromTextField(e)) return
      const text = controller.copyText()
      if (text === null || !e.clipboardData) return
      e.clipboardData.setData('text/plain', text)
      e.preventDefault()
    }
    const onCut = (e: ClipboardEvent) => {
      if (fromTextField(e)) return
      onCopy(e)
      if (e.defaultPrevented) void controller.clear()
    }
    const onPaste = (e: ClipboardEvent) => {
      if (fromTextField(e)) return
      const text = e.clipboardData?.getData('text/plain')
      if (!text) return
      e.preventDefault()
      void controller.paste(text)
    }
    root.addEventListener('copy', onCopy)
    root.addEventListener('cut', onCut)
    root.addEventListener('paste', onPaste)
    return () => {
      root.removeEventListener('copy', onCopy)
      root.removeEventListener('cut', onCut)
      root.removeEventListener('paste', onPaste)
    }
  }, [container, controller])
}

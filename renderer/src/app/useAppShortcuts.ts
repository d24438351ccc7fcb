import { useEffect } from 'react'
import { api } from '../api'
import { useAppStore } from '../store'

/** Inputs that hold no text of their own to undo: the app's undo applies while they have focus. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/**
 * True when keys typed now belong to a text field (its own undo applies there). A drop-down, a
 * checkbox or a button has no text to undo: Ctrl+Z there undoes the app's last change, such as
 * the choice just made in that drop-down.
 */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)) ||
    target instanceof HTMLTextAreaElement
  )
}

/**
 * Ctrl/Cmd+Z, Ctrl+Y and Ctrl+Shift+Z anywhere outside a text field, plus the commands the
 * Electron menu sends (undo, redo) and a portfolio switched from the File menu.
 */
export function useAppShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingInField(e.target)) return
      const key = e.key.toLowerCase()
      const { undo, redo } = useAppStore.getState()
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault()
        void undo()
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault()
        void redo()
      }
    }
    window.addEventListener('keydown', onKey)
    const offCommand = api.on('menu:command', ({ command }) => {
      if (command !== 'undo' && command !== 'redo') return
      // On macOS the menu takes Cmd+Z even while a text field has focus: there it is the field's own undo.
      if (typingInField(document.activeElement)) {
        document.execCommand(command)
        return
      }
      const { undo, redo } = useAppStore.getState()
      void (command === 'undo' ? undo() : redo())
    })
    const offSwitched = api.on('portfolio:switched', (snapshot) => useAppStore.getState().replaceSnapshot(snapshot))
    return () => {
      window.removeEventListener('keydown', onKey)
      offCommand()
      offSwitched()
    }
  }, [])
}

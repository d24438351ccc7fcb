/** What a key pressed on a scenario in the list does. */
export type ListKeyAction =
  | { kind: 'rename' }
  | { kind: 'move'; index: number }
  | { kind: 'focus'; index: number }
  | { kind: 'duplicate' }
  | { kind: 'delete' }

interface Keys {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
}

/**
 * F2 renames, Alt+↑/↓ moves the scenario, ↑/↓ go to the neighbour, Ctrl/Cmd+D duplicates,
 * Delete (or Backspace on a Mac keyboard) deletes. Moves and focus stay within the list.
 */
export function listKeyAction(e: Keys, index: number, count: number): ListKeyAction | null {
  const mod = e.ctrlKey || e.metaKey
  if (e.key === 'F2' && !mod && !e.altKey) return { kind: 'rename' }
  if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
    if (mod || e.shiftKey) return null
    const to = index + (e.key === 'ArrowUp' ? -1 : 1)
    if (to < 0 || to >= count) return null
    return e.altKey ? { kind: 'move', index: to } : { kind: 'focus', index: to }
  }
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'd') return { kind: 'duplicate' }
  if ((e.key === 'Delete' || e.key === 'Backspace') && !mod && !e.altKey) return { kind: 'delete' }
  return null
}

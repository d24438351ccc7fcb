import type { DesktopFiles } from '../../../../shared/api/bridge'

/**
 * The desktop's native dialogs and "show in folder" (window.gpp.files), or null in browser mode,
 * where exports are downloads and imports come from a file input.
 */
export function desktopFiles(): DesktopFiles | null {
  const gpp = (window as unknown as { gpp?: { files?: unknown } }).gpp
  const files = gpp?.files as Partial<DesktopFiles> | undefined
  return files &&
    typeof files.chooseSavePath === 'function' &&
    typeof files.chooseOpenFile === 'function' &&
    typeof files.revealPath === 'function'
    ? (files as DesktopFiles)
    : null
}

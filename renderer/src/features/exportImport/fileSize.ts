/** A file size as people read it: 812 bytes, 14.2 KB, 3.1 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} byte${bytes === 1 ? '' : 's'}`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Elapsed seconds as a running clock: 7 s, 1 min 05 s. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  if (s < 60) return `${String(s)} s`
  return `${String(Math.floor(s / 60))} min ${String(s % 60).padStart(2, '0')} s`
}

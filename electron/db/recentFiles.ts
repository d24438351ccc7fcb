import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export const MAX_RECENT_FILES = 10

/** Recently opened portfolio files, most recent first, kept as a JSON array in the user-data folder. */
export class RecentFiles {
  constructor(private readonly listPath: string) {}

  /** The list without files that no longer exist (the pruned list is written back). */
  list(): string[] {
    const stored = this.read()
    const present = stored.filter((p) => existsSync(p))
    if (present.length !== stored.length) this.write(present)
    return present
  }

  add(path: string): void {
    this.write([path, ...this.read().filter((p) => p !== path)].slice(0, MAX_RECENT_FILES))
  }

  /** A missing or unreadable list is an empty list: recent files are a convenience, never a reason to fail. */
  private read(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.listPath, 'utf8'))
      return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : []
    } catch {
      return []
    }
  }

  private write(paths: string[]): void {
    mkdirSync(dirname(this.listPath), { recursive: true })
    const temp = `${this.listPath}.tmp`
    writeFileSync(temp, JSON.stringify(paths, null, 2))
    renameSync(temp, this.listPath)
  }
}

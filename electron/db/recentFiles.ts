import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const MAX_RECENT_FILES = 10

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

  /**
   * Writes the whole list under a temporary name of this process's own, then renames it over the
   * list: two app instances sharing the user-data folder each replace the list whole (the last one
   * wins) and never rename each other's half-written file. A list that cannot be written is left as
   * it was.
   */
  private write(paths: string[]): void {
    const temp = `${this.listPath}.${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`
    try {
      mkdirSync(dirname(this.listPath), { recursive: true })
      writeFileSync(temp, JSON.stringify(paths, null, 2))
      renameSync(temp, this.listPath)
    } catch {
      if (existsSync(temp)) rmSync(temp, { force: true })
    }
  }
}

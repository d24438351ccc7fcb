import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, statSync, unlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'

/**
 * Temporary files of our atomic writes: `.<target>.<host>-<pid>-<random>.tmp` beside the target
 * (SQLite adds -journal/-wal/-shm to a database being built). A process killed mid-write leaves one
 * behind; the next write to that folder removes the stale ones, so hidden leftovers never pile up.
 */
const STALE_AFTER_MS = 60 * 60 * 1000
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6)
const TEMPORARY = /^\..+\.([0-9a-f]{6})-(\d+)-[0-9a-f]{8}\.tmp(?:-wal|-shm|-journal)?$/

/** A fresh temporary name in the target's folder (same file system, so the final rename is atomic). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${HOST}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether a temporary file of ours is left over: its writer, on this machine, is no longer running,
 * or (a writer on another machine sharing the folder, or a reused process id) it has not been
 * written to for an hour. A write in progress keeps its file, since its process is alive.
 */
function isStale(name: string, modifiedMs: number, now: number): boolean {
  const m = TEMPORARY.exec(name)
  if (!m) return false
  if (now - modifiedMs > STALE_AFTER_MS) return true
  const pid = Number(m[2])
  return m[1] === HOST && pid !== process.pid && !isRunning(pid)
}

/**
 * Removes the stale temporary files of our writes in `folder`; returns the names removed. Best
 * effort: a file that cannot be read or removed is left, and never fails the write that called this.
 */
export function removeStaleTemporaries(folder: string, now = Date.now()): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue
    try {
      const path = join(folder, name)
      if (isStale(name, statSync(path).mtimeMs, now)) {
        unlinkSync(path)
        removed.push(name)
      }
    } catch {
      // Gone already (another process cleaned it), or not ours to remove.
    }
  }
  return removed
}

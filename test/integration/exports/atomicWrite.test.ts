import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeAtomically, writeChunk } from '../../../electron/exports/atomicWrite'

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until `done()` holds (a killed process can take a moment to be reaped). */
async function until(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Exports are written to a temporary name and renamed: an interrupted export never leaves a truncated file. */
const dir = mkdtempSync(join(tmpdir(), 'gpp-atomic-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const ROOT = resolve(import.meta.dirname, '..', '..', '..')

describe('atomic export writes', () => {
  it('shows nothing at the target until the file is complete, then leaves no temporary file', async () => {
    const target = join(dir, 'done.csv')
    await writeAtomically(target, async (out) => {
      await writeChunk(out, 'a,b\r\n')
      expect(existsSync(target)).toBe(false)
      await writeChunk(out, '1,2\r\n')
    })
    expect(readFileSync(target, 'utf8')).toBe('a,b\r\n1,2\r\n')
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('keeps the previous file whole and removes the temporary file when the writer fails midway', async () => {
    const target = join(dir, 'keep.csv')
    writeFileSync(target, 'previous export')
    await expect(
      writeAtomically(target, async (out) => {
        await writeChunk(out, 'half of a new ')
        throw new Error('disk unplugged')
      }),
    ).rejects.toThrow('disk unplugged')
    expect(readFileSync(target, 'utf8')).toBe('previous export')
    expect(readdirSync(dir).filter((n) => n.startsWith('.keep.csv'))).toEqual([])
  })

  it('leaves no file at the target when the process is killed in the middle of an export, and the next write cleans up', async () => {
    const target = join(dir, 'killed.csv')
    const script = join(dir, 'slowExport.mts')
    writeFileSync(
      script,
      `import { writeAtomically, writeChunk } from ${JSON.stringify(join(ROOT, 'electron/exports/atomicWrite.ts'))}
await writeAtomically(${JSON.stringify(target)}, async (out) => {
  for (let i = 0; ; i++) {
    await writeChunk(out, 'row,' + i + '\\r\\n')
    if (i === 0) process.stdout.write('started\\n')
    await new Promise((r) => setTimeout(r, 20))
  }
})
`,
    )
    const child = spawn('npx', ['tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true })
    await new Promise<void>((resolveStarted, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('started')) resolveStarted()
      })
      child.once('exit', () => reject(new Error('the export ended before it was killed')))
    })
    await new Promise((r) => setTimeout(r, 200))
    // The whole process group (npx and tsx's node), as a power cut would.
    process.kill(-(child.pid ?? 0), 'SIGKILL')
    await new Promise((r) => child.once('exit', r))
    expect(existsSync(target)).toBe(false)
    // What was written so far sits under the hidden temporary name, never under the target's.
    expect(readdirSync(dir).filter((n) => n.startsWith('.killed.csv.') && n.endsWith('.tmp'))).toHaveLength(1)
    // The next export to that folder removes what the killed one left, once its process is gone.
    const [left] = readdirSync(dir).filter((n) => n.startsWith('.killed.csv.'))
    const writer = Number(/-(\d+)-[0-9a-f]{8}\.tmp$/.exec(left ?? '')?.[1])
    await until(() => !isRunning(writer))
    await writeAtomically(join(dir, 'next.csv'), (out) => writeChunk(out, 'a\r\n'))
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

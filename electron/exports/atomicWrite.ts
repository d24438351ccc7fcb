import { createWriteStream } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Writable } from 'node:stream'
import { removeStaleTemporaries, temporaryPathFor } from '../files/temporaryFiles'

/**
 * Writes a file so that it is either complete or absent: the content goes to a temporary
 * name in the same folder (same file system, so the rename is atomic), is flushed to disk
 * with fsync, and only then renamed over the target. If the writer throws midway, the
 * temporary file is removed and any existing file at `path` is left as it was. Temporary files
 * that killed writes left in the folder are removed first (temporaryFiles.ts).
 */
export async function writeAtomically(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  removeStaleTemporaries(dirname(path))
  const temp = temporaryPathFor(path)
  const stream = createWriteStream(temp, { flags: 'wx' })
  try {
    await write(stream)
    await closeStream(stream)
    // fsync through a second descriptor: it flushes the file, whichever descriptor wrote it.
    const handle = await open(temp, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    // Wait for the stream to close first: destroyed while still opening, it would create the
    // temporary file after an immediate unlink and leave it behind.
    await destroyed(stream)
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/** Destroys a stream and waits until its file (if it was opened) is closed. */
function destroyed(stream: Writable): Promise<void> {
  if (stream.closed) return Promise.resolve()
  return new Promise((resolve) => {
    stream.once('close', () => resolve())
    stream.destroy()
  })
}

/** Ends a stream (if the writer did not) and waits until its file is closed. */
function closeStream(stream: Writable): Promise<void> {
  if (stream.closed) return Promise.resolve()
  return new Promise((resolve, reject) => {
    stream.once('close', resolve)
    stream.once('error', reject)
    if (!stream.writableEnded) stream.end()
  })
}

/** Text content (JSON) written atomically, UTF-8. */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await writeAtomically(path, (out) => writeChunk(out, text))
}

/** Writes one chunk, waiting for the stream to drain when its buffer is full. */
export function writeChunk(out: Writable, chunk: string): Promise<void> {
  return writeChunkBuffer(out, Buffer.from(chunk, 'utf8'))
}

export function writeChunkBuffer(out: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const more = out.write(chunk, (err) => {
      if (err) reject(err)
    })
    if (more) resolve()
    else out.once('drain', resolve)
  })
}

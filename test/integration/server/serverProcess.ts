import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'

const repo = resolve(import.meta.dirname, '../../..')

export interface ServerProcess {
  child: ChildProcess
  /** The address the server printed, token included. */
  accessUrl: string
  port: number
  token: string
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string
  stop(): Promise<void>
}

/**
 * `npm run serve` as a person runs it (electron/server/cli.ts in its own process, so a crash is a dead
 * process and not a failed promise), on a fresh user-data folder; resolves once it printed its address.
 */
export function startServerProcess(userDataDir: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/server/cli.ts'],
    {
      cwd: repo,
      env: { ...process.env, GPP_USER_DATA: userDataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`the server did not print its address in 240 s:\n${output}`))
    }, 240_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited with ${String(code)} before it printed its address:\n${output}`))
    })
    child.stdout.on('data', () => {
      const m = /open (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64}))\n/.exec(output)
      if (!m) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolveStart({
        child,
        accessUrl: m[1] ?? '',
        port: Number(m[2]),
        token: m[3] ?? '',
        output: () => output,
        stop,
      })
    })
  })
}

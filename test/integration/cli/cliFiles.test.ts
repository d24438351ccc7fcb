import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeFailure } from '../../../electron/cli/failure'
import { runCli } from '../../../electron/cli/runCli'
import { checkPortfolioFile } from '../../../electron/db/fileCheck'
import { LATEST_VERSION } from '../../../electron/db/migrations'
import { versionOf, writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { ROOT } from './runCliProcess'

/**
 * The command line and portfolio files: reading commands never write to the file (an older format is
 * migrated in memory), import keeps a backup before migrating and says where, and a full disk or a
 * failed migration ends a command with one clear sentence and exit code 1, never a stack.
 */
const V1 = join(ROOT, 'test/fixtures/db/portfolio-v1.aiportfolio')

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-cli-files-')))
afterEach(() => cleanup())

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) })
  return { code, out, err }
}

const fingerprint = (path: string) => ({
  sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
  mtime: statSync(path).mtimeMs,
})

/** Rows for `cli import`: `count` initiatives priced with the fixture's model. */
function rowsCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `Assistant ${i},pilot,acme-large,${100 + i},${'x'.repeat(400)}`)
  return ['Name,Stage,Model,Users,Hypothesis', ...rows].join('\n')
}

describe('reading commands never write to the portfolio file', () => {
  it('compute, compare and export read a file of an earlier format without migrating it', async () => {
    const path = join(dir, 'Old.aiportfolio')
    copyFileSync(V1, path)
    const before = fingerprint(path)
    const listing = readdirSync(dir).sort()
    const compute = await run(['compute', path, '--json'])
    expect(compute.err).toBe('')
    expect(compute.code).toBe(0)
    expect(JSON.parse(compute.out)).toHaveProperty('portfolio')
    expect((await run(['compare', path, '--json'])).code).toBe(0)
    const out = join(dir, 'out', 'old.json')
    mkdirSync(join(dir, 'out'))
    expect((await run(['export', path, '--format', 'json', '--out', out])).code).toBe(0)
    expect(fingerprint(path)).toEqual(before)
    expect(readdirSync(dir).sort()).toEqual([...listing, 'out'].sort())
    expect(versionOf(path)).toBe(1)
  })

  it('import --dry-run into an older file leaves it and its folder untouched', async () => {
    const path = join(dir, 'Old.aiportfolio')
    copyFileSync(V1, path)
    const csv = join(dir, 'rows.csv')
    writeFileSync(csv, rowsCsv(2))
    const before = fingerprint(path)
    const listing = readdirSync(dir).sort()
    const r = await run(['import', csv, '--into', path, '--dry-run'])
    expect(r.err).toBe('')
    expect(r.out).toContain('Would import 2 initiative(s)')
    expect(fingerprint(path)).toEqual(before)
    expect(readdirSync(dir).sort()).toEqual(listing)
  })
})

describe('import into a file of an earlier format', () => {
  it('keeps a backup beside it before migrating, and says where', async () => {
    const path = join(dir, 'Old.aiportfolio')
    copyFileSync(V1, path)
    const csv = join(dir, 'rows.csv')
    writeFileSync(csv, rowsCsv(2))
    const r = await run(['import', csv, '--into', path])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const backup = join(dir, 'Old.v1-backup.aiportfolio')
    expect(r.out).toContain(
      `Updated "${path}" from file format 1 to ${LATEST_VERSION}; the file as it was is kept at "${backup}".`,
    )
    expect(versionOf(path)).toBe(LATEST_VERSION)
    expect(versionOf(backup)).toBe(1)
    expect(checkPortfolioFile(backup).portfolio.initiatives).toHaveLength(3)
    expect(checkPortfolioFile(path).portfolio.initiatives).toHaveLength(5)
  })
})

interface TinyDiskRun {
  /** The tmpfs's path. */
  disk: string
  status: number
  stderr: string
  /** Files left on the full disk, the filler excepted. */
  listing: string[]
  /** Where the portfolio on the disk was copied to after the command (for inspection). */
  portfolioCopy: string
}

/**
 * Runs `cli <args>` in a private mount namespace on a tmpfs with `freeBytes` left free, after
 * copying `portfolio` (if any) onto it as p.aiportfolio; DISK in args is the tmpfs's path. This is a
 * real full disk (ENOSPC, SQLITE_FULL), seen by the real command line in its own process.
 */
function onTinyDisk(portfolio: string | null, freeBytes: number, args: string[]): TinyDiskRun {
  const disk = join(dir, 'disk')
  const out = join(dir, 'after')
  mkdirSync(disk)
  mkdirSync(out)
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  const script = [
    `mount -t tmpfs -o size=4m tmpfs ${q(disk)}`,
    portfolio ? `cp ${q(portfolio)} ${q(join(disk, 'p.aiportfolio'))}` : 'true',
    `dd if=/dev/zero of=${q(join(disk, 'filler'))} bs=4096 2>/dev/null || true`,
    `truncate -s -${freeBytes} ${q(join(disk, 'filler'))}`,
    `{ npx tsx electron/cli/index.ts ${args.map((a) => q(a.replace('DISK', disk))).join(' ')}; echo $? > ${q(join(out, 'status'))}; }`,
    `ls -A ${q(disk)} > ${q(join(out, 'listing'))}`,
    `for f in ${q(disk)}/p.aiportfolio*; do [ -e "$f" ] && cp "$f" ${q(out)}/; done; true`,
  ].join(' && ')
  const r = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  })
  if (!existsSync(join(out, 'status'))) throw new Error(`the tiny disk could not be set up: ${r.stderr}`)
  return {
    disk,
    status: Number(readFileSync(join(out, 'status'), 'utf8')),
    stderr: r.stderr,
    listing: readFileSync(join(out, 'listing'), 'utf8')
      .split('\n')
      .filter((n) => n !== '' && n !== 'filler'),
    portfolioCopy: join(out, 'p.aiportfolio'),
  }
}

/** One line on stderr, without a stack trace. */
function expectOneSentence(stderr: string, start: string): void {
  expect(stderr.startsWith(start)).toBe(true)
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at |SqliteError:|Error: /)
}

describe('a full disk ends a command with one clear sentence and exit code 1', () => {
  it('export: no partial file and no temporary file are left on the disk', () => {
    const r = onTinyDisk(null, 16 * 1024, [
      'export',
      'shared/data/sample-portfolio.json',
      '--format',
      'xlsx',
      '--out',
      'DISK/board.xlsx',
    ])
    expect(r.status).toBe(1)
    expectOneSentence(r.stderr, 'export: The disk is full (ENOSPC: no space left on device')
    expect(r.stderr).toContain('the files it was writing are as they were before the command; free some space')
    expect(r.listing).toEqual([])
  })

  it('import: the rows that do not fit are not imported and the portfolio file stays whole', async () => {
    const source = await writePortfolioFile(join(dir, 'p.aiportfolio'))
    const before = checkPortfolioFile(source).portfolio
    const csv = join(dir, 'rows.csv')
    writeFileSync(csv, rowsCsv(400))
    const r = onTinyDisk(source, 64 * 1024, ['import', csv, '--into', 'DISK/p.aiportfolio'])
    expect(r.status).toBe(1)
    expectOneSentence(r.stderr, 'import: The disk is full (database or disk is full: SQLITE_FULL)')
    expect(checkPortfolioFile(r.portfolioCopy).portfolio).toEqual(before)
  })

  it('import into an older file: no room for its backup, so it is not migrated, and the message says so', () => {
    const csv = join(dir, 'rows.csv')
    writeFileSync(csv, rowsCsv(2))
    const r = onTinyDisk(V1, 40 * 1024, ['import', csv, '--into', 'DISK/p.aiportfolio'])
    expect(r.status).toBe(1)
    expectOneSentence(
      r.stderr,
      `import: Cannot open "${join(r.disk, 'p.aiportfolio')}": it is in file format 1 and must be updated to format ` +
        `${LATEST_VERSION}, but a backup copy could not be written beside it first (the disk is full). The file was not changed.`,
    )
    expect(r.listing).toEqual(['p.aiportfolio'])
    expect(fingerprint(r.portfolioCopy).sha256).toBe(fingerprint(V1).sha256)
  })
})

describe('describing what stopped a command', () => {
  it('a real SQLITE_FULL (a database at its page limit) reads as a full disk', () => {
    const db = new Database(':memory:')
    db.pragma('max_page_count = 8')
    db.exec('CREATE TABLE t (x TEXT)')
    let error: unknown
    try {
      for (let i = 0; i < 100; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(4000))
    } catch (e) {
      error = e
    }
    db.close()
    expect(describeFailure(error)).toBe(
      'The disk is full (database or disk is full: SQLITE_FULL): the files it was writing are as they were before the command; free some space and try again.',
    )
  })

  it('an unknown error is one sentence with its message, not a stack', () => {
    expect(describeFailure(new TypeError('x is undefined'))).toBe('Unexpected error: x is undefined.')
  })
})

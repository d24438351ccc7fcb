// Makes better-sqlite3's compiled addon match a runtime (Node for tests and browser mode,
// Electron for the app), from any starting state, without ever leaving the project without
// a working binary: builds happen in a scratch copy, every binary is judged by the ABI it
// actually exports, and the live file is replaced atomically (copy beside it, then rename),
// so a process that has the old one loaded keeps running.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { moduleAbiOfFile } from './nativeAbi.mjs'

/**
 * Where things are for the project at `root`.
 * @param {string} root
 */
export function nativePaths(root) {
  const require = createRequire(join(root, 'package.json'))
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'))
  const version = String(require('better-sqlite3/package.json').version)
  const cacheDir = join(root, 'node_modules', '.cache', 'gpp-native')
  return {
    packageDir,
    version,
    live: join(packageDir, 'build', 'Release', 'better_sqlite3.node'),
    cacheDir,
    // Keyed by ABI and by better-sqlite3's version, so an upgrade never reuses an old build.
    cached: (/** @type {number} */ abi) =>
      join(cacheDir, String(abi), `better-sqlite3-${version}-${process.platform}-${process.arch}.node`),
  }
}

/**
 * The ABI the target runtime loads.
 * @param {string} root
 * @param {'node' | 'electron'} target
 * @returns {import('./nativeSwitch.d.mts').Runtime}
 */
export function targetRuntime(root, target) {
  if (target === 'node') return { abi: Number(process.versions.modules), label: `Node ${process.version}` }
  const require = createRequire(join(root, 'package.json'))
  // electron/package.json, not 'electron': the package's entry point looks for the downloaded runtime.
  const electronVersion = String(require('electron/package.json').version)
  const abi = Number(require('node-abi').getAbi(electronVersion, 'electron'))
  return { abi, label: `Electron ${electronVersion}`, electronVersion }
}

/** Copies `from` over `to` atomically. */
function replaceFile(from, to) {
  mkdirSync(dirname(to), { recursive: true })
  const temp = `${to}.tmp-${process.pid}`
  copyFileSync(from, temp)
  renameSync(temp, to)
}

/**
 * Brings the live addon to the target's ABI: nothing when it already matches, a copy from the
 * cache when that holds a binary for the ABI, otherwise a build (verified before it is used).
 * @param {{ root: string, target: 'node' | 'electron', build: import('./nativeSwitch.d.mts').Builder }} options
 * @returns {import('./nativeSwitch.d.mts').SwitchOutcome}
 */
export function ensureNative({ root, target, build }) {
  const paths = nativePaths(root)
  const want = targetRuntime(root, target)
  const have = moduleAbiOfFile(paths.live)
  const show = (/** @type {string} */ p) => relative(root, p)
  const was = have === null ? 'was missing or unreadable' : `was ABI ${have}`

  // Remember what we have, so switching back later is a copy, not a rebuild.
  if (have !== null && moduleAbiOfFile(paths.cached(have)) !== have) replaceFile(paths.live, paths.cached(have))

  if (have === want.abi) {
    return {
      ok: true,
      action: 'none',
      message: `better-sqlite3 already built for ${want.label} (ABI ${want.abi}); nothing to do`,
    }
  }

  const cached = paths.cached(want.abi)
  if (moduleAbiOfFile(cached) !== want.abi) {
    if (existsSync(cached)) rmSync(cached) // filed under an ABI it does not export: never trust it
    mkdirSync(paths.cacheDir, { recursive: true })
    const scratchDir = mkdtempSync(join(paths.cacheDir, 'build-'))
    try {
      const built = build({ packageDir: paths.packageDir, version: paths.version, scratchDir, want })
      if (!built.ok)
        return { ok: false, action: 'build', message: `${built.message} The current binary (${was}) is unchanged.` }
      const builtAbi = moduleAbiOfFile(built.file)
      if (builtAbi !== want.abi) {
        return {
          ok: false,
          action: 'build',
          message:
            `the build for ${want.label} produced a binary exporting ABI ${builtAbi ?? 'none'}, not ${want.abi}: ` +
            "it was compiled against the wrong headers (is npm's nodedir set? see `npm config get nodedir`). " +
            `The current binary (${was}) is unchanged.`,
        }
      }
      replaceFile(built.file, cached)
    } finally {
      rmSync(scratchDir, { recursive: true, force: true })
    }
    replaceFile(cached, paths.live)
    return verified(
      paths.live,
      want,
      'build',
      `built better-sqlite3 for ${want.label} (ABI ${want.abi}; ${was}), cached in ${show(cached)}`,
    )
  }

  replaceFile(cached, paths.live)
  return verified(
    paths.live,
    want,
    'cache',
    `switched better-sqlite3 to ${want.label} (ABI ${want.abi}; ${was}) from ${show(cached)}`,
  )
}

/** Reads the installed file back: success is what the binary says, not what we meant to copy. */
function verified(live, want, action, message) {
  const now = moduleAbiOfFile(live)
  if (now !== want.abi)
    return { ok: false, action, message: `installed ${live} but it exports ABI ${now ?? 'none'}, not ${want.abi}` }
  return { ok: true, action, message }
}

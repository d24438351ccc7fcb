// Compiles better-sqlite3 for a runtime in a scratch copy of the package, so a failed or
// half-finished build never touches the binary the project is using.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const NETWORK_ERROR =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|HTTPError|Response code 4\d\d|Response code 5\d\d|self.signed|certificate|network connectivity/i

/** @type {import('./nativeSwitch.d.mts').Builder} */
export function buildBetterSqlite3({ packageDir, version, scratchDir, want }) {
  writeFileSync(
    join(scratchDir, 'package.json'),
    JSON.stringify({
      name: 'gpp-native-build',
      version: '0.0.0',
      private: true,
      dependencies: { 'better-sqlite3': version },
      allowScripts: { 'better-sqlite3': true },
    }),
  )
  const copy = join(scratchDir, 'node_modules', 'better-sqlite3')
  const oldBuild = join(packageDir, 'build')
  cpSync(packageDir, copy, { recursive: true, filter: (src) => src !== oldBuild })

  const command = want.electronVersion ? electronRebuild(packageDir, scratchDir, want.electronVersion) : npmRebuild()
  const run = spawnSync(command.file, command.args, {
    cwd: scratchDir,
    env: command.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    shell: command.shell,
  })
  // The log sits beside the scratch folder, which is removed once the build is judged.
  const log = join(dirname(scratchDir), `build-abi-${want.abi}.log`)
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}\n${run.error ? String(run.error) : ''}`
  writeFileSync(log, `$ ${command.file} ${command.args.join(' ')}\n${output}`)

  const file = join(copy, 'build', 'Release', 'better_sqlite3.node')
  if (run.status === 0 && existsSync(file)) return { ok: true, file }
  const cause = want.electronVersion
    ? NETWORK_ERROR.test(output)
      ? `Electron's headers (or a prebuilt binary) could not be downloaded: this machine is offline or blocks electronjs.org/github.com. Run it again where those are reachable.`
      : 'the build failed.'
    : "the build failed (a C++ toolchain and Python are needed: see node-gyp's README)."
  return {
    ok: false,
    message: `could not build better-sqlite3 ${version} for ${want.label} (ABI ${want.abi}): ${cause} Log: ${log}.`,
  }
}

/** `npm rebuild` from source against this Node (the machine's npm config may point nodedir at local headers). */
function npmRebuild() {
  const npmCli = process.env.npm_execpath
  const args = ['rebuild', 'better-sqlite3', '--foreground-scripts']
  // From source: the binary must fit this exact Node, and the prebuilt download may be unreachable.
  const env = { ...process.env, npm_config_build_from_source: 'true' }
  if (npmCli && /npm-cli\.[cm]?js$/.test(npmCli))
    return { file: process.execPath, args: [npmCli, ...args], env, shell: false }
  return { file: 'npm', args, env, shell: process.platform === 'win32' }
}

/** @electron/rebuild, with npm's nodedir removed from the environment. */
function electronRebuild(packageDir, scratchDir, electronVersion) {
  const require = createRequire(join(packageDir, 'package.json'))
  const cli = join(dirname(require.resolve('@electron/rebuild')), 'cli.js')
  // A nodedir inherited from npm (npm_config_nodedir, set by `npm run` from .npmrc) makes node-gyp
  // compile against Node's headers while calling the result an Electron build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'),
  )
  const args = [
    cli,
    '--force',
    '--only',
    'better-sqlite3',
    '--which-module',
    'better-sqlite3',
    '--version',
    electronVersion,
    '--module-dir',
    scratchDir,
  ]
  return { file: process.execPath, args, env, shell: false }
}

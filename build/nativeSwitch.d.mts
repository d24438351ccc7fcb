export interface Runtime {
  abi: number
  label: string
  electronVersion?: string
}
export interface BuildRequest {
  /** The installed better-sqlite3 package (read-only: builds work on a copy). */
  packageDir: string
  version: string
  /** An empty folder the builder may use; removed afterwards. */
  scratchDir: string
  want: Runtime
}
export type BuildResult = { ok: true; file: string } | { ok: false; message: string }
export type Builder = (request: BuildRequest) => BuildResult
export interface SwitchOutcome {
  ok: boolean
  action: 'none' | 'cache' | 'build'
  message: string
}
export function nativePaths(root: string): {
  packageDir: string
  version: string
  live: string
  cacheDir: string
  cached: (abi: number) => string
}
export function targetRuntime(root: string, target: 'node' | 'electron'): Runtime
export function ensureNative(options: { root: string; target: 'node' | 'electron'; build: Builder }): SwitchOutcome

import type { Builder } from './nativeSwitch.mjs'
/** Builds better-sqlite3 for the requested runtime in a scratch copy and returns the compiled file. */
export const buildBetterSqlite3: Builder

import { homedir } from 'node:os'
import { join } from 'node:path'
import { FILE_EXTENSION } from './fileFormat'

/** Electron's app name, which names its userData folder. */
export const APP_NAME = 'Gen AI Portfolio Planner'

/**
 * The folder Electron's app.getPath('userData') returns, computed without Electron so browser mode and
 * the CLI open the same default portfolio as the app. GPP_USER_DATA overrides it (tests use a temp dir).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.GPP_USER_DATA) return env.GPP_USER_DATA
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME)
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME)
  }
}

export function defaultPortfolioPath(dir: string): string {
  return join(dir, `Portfolio${FILE_EXTENSION}`)
}

export function recentFilesPath(dir: string): string {
  return join(dir, 'recent-files.json')
}

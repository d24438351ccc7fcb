/**
 * The command line: `npm run -s cli -- <command> ...` (tsx electron/cli/index.ts). Runs the same
 * shared engine and format code as the app, without Electron, so it works on a machine with no display.
 */
import { runCli } from './runCli'

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
}

process.exitCode = await runCli(process.argv.slice(2), io)

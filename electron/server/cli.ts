import { parseArgs } from 'node:util'
import { PortfolioFileError } from '../db/errors'
import { startServer } from './startServer'

const USAGE = 'Usage: npm run serve -- [--portfolio PATH] [--port N]'

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RangeError(`--port must be a whole number from 0 to 65535 (got "${text}").`)
  return port
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { portfolio: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const server = await startServer({ portfolioPath: values.portfolio, port: parsePort(values.port) })
  // The address carries this run's token: the server never hands it out, so the person brings it from here.
  console.log(`Gen AI Portfolio Planner: open ${server.accessUrl}`)
  console.log('Keep this address to yourself: it is the key to this portfolio for as long as the server runs.')
  console.log(`Portfolio file: ${server.portfolioPath}`)
  const stop = () => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((e: unknown) => {
  // Bad files and bad arguments get their message alone; anything else is a bug and keeps its stack.
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  if (e instanceof PortfolioFileError || e instanceof RangeError) console.error(e.message)
  else if (code.startsWith('ERR_PARSE_ARGS') && e instanceof Error) console.error(`${e.message}\n${USAGE}`)
  else console.error(e)
  process.exit(1)
})

// Process entry of the `yardstick` command (built to out/main/cli.js, started by bin/yardstick.js).
import { describeError } from './open-server'
import { runCli } from './run'

// `yardstick cases list --json | head` closes the pipe early: the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

runCli(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${describeError(error)}\n`)
    process.exitCode = 1
  }
)

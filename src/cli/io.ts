/** What the CLI may touch of its process: output streams and the environment (tests pass theirs). */
export type CliIo = {
  stdout: (s: string) => void
  stderr: (s: string) => void
  env: Record<string, string | undefined>
}

import { parseOptions, type OptionSpec, type ParsedOptions } from './args'
import type { CliIo } from './io'

/** One CLI command, with its options type erased so the commands can share one table. */
export type Command = {
  /** The words that select it, e.g. ['users', 'add']. */
  words: readonly string[]
  summary: string
  usage: string
  /** Resolves to the exit code when it is not simply 0 (e.g. `import` with conflicts left). */
  run: (args: readonly string[], io: CliIo) => Promise<void | number>
}

/** Every command reads the same data folder option. */
export const DATA_OPTION = { data: { type: 'string' } } as const

export function defineCommand<S extends OptionSpec>(def: {
  words: readonly string[]
  summary: string
  usage: string
  options: S
  run: (options: ParsedOptions<S>, io: CliIo) => Promise<void>
}): Command {
  return {
    words: def.words,
    summary: def.summary,
    usage: def.usage,
    run: (args, io) => def.run(parseOptions(args, def.options), io)
  }
}

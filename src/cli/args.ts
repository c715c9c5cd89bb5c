// A strict little option parser (no dependency): `--name value` or `--name=value` for strings,
// `--name` for booleans. Anything it does not know is a usage error, so a typo never silently
// changes what a command does.

type OptionKind = { type: 'string' | 'boolean'; required?: boolean }

export type OptionSpec = Readonly<Record<string, OptionKind>>

export type ParsedOptions<S extends OptionSpec> = {
  [K in keyof S]: S[K]['type'] extends 'boolean'
    ? boolean
    : S[K] extends { required: true }
      ? string
      : string | undefined
}

/** Wrong command line: the CLI prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export function parseOptions<S extends OptionSpec>(
  args: readonly string[],
  spec: S
): ParsedOptions<S> {
  const values: Record<string, string | boolean> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (!arg.startsWith('--') || arg === '--') throw new UsageError(`多余的参数：${arg}`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    const option = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined
    if (!option) throw new UsageError(`未知选项：--${name}`)
    if (name in values) throw new UsageError(`选项 --${name} 重复出现`)
    if (option.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`选项 --${name} 不带值`)
      values[name] = true
      continue
    }
    let value: string | undefined
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('--')) value = args[++i]
    if (value === undefined || value === '') throw new UsageError(`选项 --${name} 需要一个值`)
    values[name] = value
  }
  for (const [name, option] of Object.entries(spec)) {
    if (option.type === 'boolean') values[name] ??= false
    else if (option.required && !(name in values)) {
      throw new UsageError(`缺少必需的选项：--${name}`)
    }
  }
  return values as ParsedOptions<S>
}

/** A whole number in [min, max] given as an option value; anything else is a usage error. */
export function integerOption(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`选项 --${name} 应为整数：${value}`)
  const n = Number(value)
  if (n < min || n > max) {
    throw new UsageError(`选项 --${name} 应在 ${min} 到 ${max} 之间：${value}`)
  }
  return n
}

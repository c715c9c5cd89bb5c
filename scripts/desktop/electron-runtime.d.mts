export function findElectronRuntime(root: string, env?: NodeJS.ProcessEnv): string | null
export function missingRuntimeLine(electronVersion: string): string

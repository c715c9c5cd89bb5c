export const BINDING: string
export function packagedNativeProblems(
  resourcesDir: string,
  platform: string,
  arch: string
): string[]
export function afterPack(context: {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: unknown
}): Promise<void>

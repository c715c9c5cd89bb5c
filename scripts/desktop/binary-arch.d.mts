export function binaryArch(
  bytes: Uint8Array
): { format: 'elf' | 'pe' | 'macho'; arch: string } | null
export const PLATFORM_FORMATS: Record<'win32' | 'linux' | 'darwin', 'elf' | 'pe' | 'macho'>

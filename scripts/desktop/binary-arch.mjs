// Which CPU a native binary (a .node addon) was built for, read from its header, so a package can
// never ship a better-sqlite3 build for the wrong machine: the installer would install, and the app
// would fail on first start at a user's desk.

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'armv7l', 0x3e: 'x64', 0xb7: 'arm64' }
const PE_MACHINES = { 0x014c: 'ia32', 0x01c4: 'armv7l', 0x8664: 'x64', 0xaa64: 'arm64' }
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' }

/**
 * @param {Uint8Array} bytes the file's first kilobytes (enough for the headers)
 * @returns {{ format: 'elf' | 'pe' | 'macho', arch: string } | null} null when not a binary we know
 */
export function binaryArch(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const has = (offset, length) => offset >= 0 && offset + length <= bytes.byteLength
  if (has(0, 20) && view.getUint32(0) === 0x7f454c46) {
    const littleEndian = bytes[5] === 1
    const machine = view.getUint16(18, littleEndian)
    return { format: 'elf', arch: ELF_MACHINES[machine] ?? `elf-machine-${machine}` }
  }
  if (has(0, 0x40) && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const pe = view.getUint32(0x3c, true)
    if (!has(pe, 6) || view.getUint32(pe) !== 0x50450000) return null
    const machine = view.getUint16(pe + 4, true)
    return { format: 'pe', arch: PE_MACHINES[machine] ?? `pe-machine-${machine}` }
  }
  if (has(0, 8) && view.getUint32(0, true) === 0xfeedfacf) {
    const cpu = view.getUint32(4, true)
    return { format: 'macho', arch: MACHO_CPUS[cpu] ?? `macho-cpu-${cpu}` }
  }
  return null
}

/** The executable format each electron-builder platform loads. */
export const PLATFORM_FORMATS = { win32: 'pe', linux: 'elf', darwin: 'macho' }

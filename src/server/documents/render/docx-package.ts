// Makes the docx library's package reproducible. Packer stamps docProps/core.xml with the wall-clock
// time and zips every part with the current time as its mtime; nothing else in our documents varies
// (the random ids docx can make belong to images, hyperlinks and the like, which we do not use). So
// the package is unzipped, its dates set to createdAt, and zipped again with a fixed mtime.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'

/**
 * Zip entries' DOS timestamps are local time; fflate reads them off a Date with local getters, so a
 * Date built from local fields gives 1980-01-01 00:00, the DOS epoch, in every time zone.
 */
const ZIP_MTIME = new Date(1980, 0, 1, 0, 0, 0)

/** Parts placed first: tools that sniff a file's type (`file`, upload filters) look for these. */
const LEADING_PARTS = ['[Content_Types].xml', '_rels/.rels']

const CORE = 'docProps/core.xml'
const STAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g

export function reproduciblePackage(docx: Uint8Array, createdAt: Date): Buffer {
  const parts = unzipSync(docx)
  const core = parts[CORE]
  if (!core) throw new Error(`docx: the package has no ${CORE}`)
  // W3CDTF without milliseconds, as Word writes it.
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  let stamped = 0
  const xml = strFromU8(core).replace(STAMP, (_all, open: string, _name, close: string) => {
    stamped++
    return `${open}${stamp}${close}`
  })
  // A docx upgrade that writes the dates differently must fail here, not ship a varying file.
  if (stamped !== 2) throw new Error(`docx: expected created and modified dates in ${CORE}`)
  parts[CORE] = strToU8(xml)
  const ordered: Zippable = {}
  for (const name of LEADING_PARTS) if (parts[name]) ordered[name] = parts[name]
  for (const [name, data] of Object.entries(parts)) if (!(name in ordered)) ordered[name] = data
  return Buffer.from(zipSync(ordered, { mtime: ZIP_MTIME, level: 6 }))
}

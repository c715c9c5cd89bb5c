#!/usr/bin/env node
// Electronegativity gate (issue 9; perf-reliability-security.md §C11–C12): scans the sources that end up
// in the desktop app and fails when a finding at MEDIUM or above is neither fixed nor allowlisted with a
// reason, when a file could not be analysed, or when an allowlist entry or an inline `eng-disable` is
// not justified or no longer matches anything.
//
// Why the programmatic API and not `electronegativity -o out.csv` (all checked against 1.10.3):
// - its exit code is 0 whatever it finds, and a file it cannot parse is only printed in red, so a
//   broken parse would pass silently: the API returns the parse errors;
// - its SARIF has no severity or confidence (only note/warning by "manual review"), and its CSV writer
//   starts the header and the rows as two unawaited writes to the same file;
// - it calls the network on every run (translations from S3, Electron's release list from GitHub):
//   `got` is replaced by a stub that fails at once, so the scan is offline and deterministic.
// The findings, parse errors and decision are written to a JSON report in a temp folder.
//
// Usage: node scripts/electronegativity.mjs [folder, default src]. Exit 0: pass; 1: the gate failed;
// 2: the tool is missing or crashed.
//
// What is scanned: `src/` (main, preload, renderer with its index.html CSP, and the layers bundled
// with them). Not the built `out/`: electron-vite emits `new electron.BrowserWindow(…)`, which the
// BrowserWindow checks skip, and `out/main/index.js` fails the tool's AST walker on class private
// fields, so a built scan is blind where it matters.
import { createRequire } from 'node:module'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']
export const CONFIDENCES = ['TENTATIVE', 'FIRM', 'CERTAIN']
/** Findings at this severity or above fail the gate, at every confidence (see decide()). */
export const FAIL_AT = 'MEDIUM'
/** An allowlist entry or inline eng-disable must say why, in at least this many characters. */
export const MIN_REASON = 20
export const PASS_LINE = 'Electronegativity: no finding at medium or above.'
/** Needs the network (Electron's release list) and a package.json with electron in the scan. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/**
 * @typedef {{ id: string, severity: string, confidence: string, file: string, line: number,
 *   column: number, sample: string, description: string, manualReview: boolean }} Finding
 * @typedef {{ id: string, file: string, sample: string, reason: string }} AllowEntry
 * @typedef {{ file: string, message: string, tolerable: boolean }} ParseError
 * @typedef {{ file: string, line: number, checks: string[], reason: string }} InlineDisable
 * @typedef {{ blocking: Finding[], allowed: { finding: Finding, entry: AllowEntry }[],
 *   below: Finding[], stale: AllowEntry[], unparsed: ParseError[], tolerated: ParseError[],
 *   unjustified: InlineDisable[], failed: boolean }} Decision
 */

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)

/** @param {unknown} v @param {string} what @returns {string} */
function levelName(v, what) {
  const name = isObject(v) ? v.name : undefined
  const known = what === 'severity' ? SEVERITIES : CONFIDENCES
  if (typeof name !== 'string' || !known.includes(name)) {
    throw new Error(`unexpected ${what} in Electronegativity's output: ${JSON.stringify(v)}`)
  }
  return name
}

/**
 * The tool's issue objects as plain findings, file paths relative to `root` with forward slashes.
 * Throws on an unexpected shape: a format change must not read as "no finding".
 * @param {unknown} issues @param {string} root @returns {Finding[]}
 */
export function toFindings(issues, root) {
  if (!Array.isArray(issues)) throw new Error("Electronegativity's issues are not a list")
  return issues.map((issue) => {
    if (!isObject(issue) || typeof issue.id !== 'string' || typeof issue.file !== 'string') {
      throw new Error(`unexpected issue in Electronegativity's output: ${JSON.stringify(issue)}`)
    }
    const location = isObject(issue.location) ? issue.location : {}
    return {
      id: issue.id,
      severity: levelName(issue.severity, 'severity'),
      confidence: levelName(issue.confidence, 'confidence'),
      file: issue.file === 'N/A' ? 'N/A' : relative(root, issue.file).split(sep).join('/'),
      line: typeof location.line === 'number' ? location.line : 0,
      column: typeof location.column === 'number' ? location.column : 0,
      sample: typeof issue.sample === 'string' ? issue.sample.trim() : '',
      description: typeof issue.description === 'string' ? issue.description : '',
      manualReview: issue.manualReview === true
    }
  })
}

/** @param {unknown} errors @param {string} root @returns {ParseError[]} */
export function toParseErrors(errors, root) {
  if (!Array.isArray(errors)) throw new Error("Electronegativity's errors are not a list")
  return errors.map((e) => ({
    file: relative(root, String(isObject(e) ? e.file : e))
      .split(sep)
      .join('/'),
    message: String(isObject(e) ? e.message : e),
    tolerable: isObject(e) && e.tolerable === true
  }))
}

/**
 * The allowlist file: a JSON array of {id, file, sample, reason}. `sample` is the flagged source
 * line as the tool reports it (trimmed), so an entry stops matching when that line changes.
 * @param {string} text @returns {AllowEntry[]}
 */
export function parseAllowlist(text) {
  const raw = JSON.parse(text)
  if (!Array.isArray(raw)) throw new Error('the allowlist must be a JSON array')
  return raw.map((entry, i) => {
    const fields = ['id', 'file', 'sample', 'reason']
    if (!isObject(entry) || Object.keys(entry).some((k) => !fields.includes(k))) {
      throw new Error(`allowlist entry ${i + 1}: only ${fields.join(', ')} are allowed`)
    }
    for (const f of fields) {
      if (typeof entry[f] !== 'string') throw new Error(`allowlist entry ${i + 1}: ${f} is missing`)
    }
    const e = /** @type {AllowEntry} */ (entry)
    if (e.reason.trim().length < MIN_REASON) {
      throw new Error(`allowlist entry ${i + 1} (${e.id}): the reason must say why`)
    }
    return { id: e.id, file: e.file, sample: e.sample.trim(), reason: e.reason.trim() }
  })
}

// The tool reads `eng-disable` followed by check names in a // or /* comment (or <!-- -->). On the
// first line of a file it disables the checks for the whole file, so each one must carry a reason
// after the names, e.g. `/* eng-disable PRELOAD_JS_CHECK: exposes one invoke(), reviewed */`.
const DIRECTIVE = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t,]*)(.*)$/i

/** @param {string} text @param {string} file @returns {InlineDisable[]} */
export function inlineDisables(text, file) {
  /** @type {InlineDisable[]} */
  const found = []
  text.split('\n').forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText)
    if (!m) return
    const words = (m[1] ?? '').split(/[\s,]+/).filter(Boolean)
    const checks = words.filter((w) => /^[A-Z0-9_]+$/.test(w) || /Check$/.test(w))
    const prose = [...words.filter((w) => !checks.includes(w)), m[2] ?? '']
      .join(' ')
      .replace(/\*\/|-->/g, '')
      .replace(/^[\s:—–-]+/, '')
      .trim()
    found.push({ file, line: i + 1, checks, reason: prose })
  })
  return found
}

/** @param {string} severity */
const atOrAbove = (severity) => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(FAIL_AT)

/**
 * The gate. Confidence does not lower the bar: a TENTATIVE or "manual review" finding at MEDIUM+
 * still needs a fix or an allowlist entry, since that entry is where the review is written down.
 * @param {{ findings: Finding[], parseErrors: ParseError[], allowlist: AllowEntry[],
 *   inline: InlineDisable[] }} input
 * @returns {Decision}
 */
export function decide({ findings, parseErrors, allowlist, inline }) {
  /** @type {Decision} */
  const d = {
    blocking: [],
    allowed: [],
    below: [],
    stale: [],
    unparsed: parseErrors.filter((e) => !e.tolerable),
    tolerated: parseErrors.filter((e) => e.tolerable),
    unjustified: inline.filter((x) => x.checks.length === 0 || x.reason.length < MIN_REASON),
    failed: false
  }
  const used = new Set()
  for (const f of findings) {
    if (!atOrAbove(f.severity)) {
      d.below.push(f)
      continue
    }
    const entry = allowlist.find((e) => e.id === f.id && e.file === f.file && e.sample === f.sample)
    if (entry) {
      used.add(entry)
      d.allowed.push({ finding: f, entry })
    } else d.blocking.push(f)
  }
  d.stale = allowlist.filter((e) => !used.has(e))
  d.failed = d.blocking.length + d.stale.length + d.unparsed.length + d.unjustified.length > 0
  return d
}

/** @param {Finding} f */
const where = (f) => `${f.id} ${f.severity}/${f.confidence} ${f.file}:${f.line}:${f.column}`

/** The lines printed for a decision. @param {Decision} d @returns {string[]} */
export function summary(d) {
  const out = []
  for (const f of d.blocking) {
    out.push(`FINDING ${where(f)}${f.manualReview ? ' (manual review)' : ''}`)
    out.push(`  ${f.description}`)
    if (f.sample) out.push(`  > ${f.sample.slice(0, 160)}`)
  }
  for (const e of d.unparsed) out.push(`NOT ANALYSED ${e.file}: ${e.message}`)
  for (const e of d.stale) {
    out.push(`STALE ALLOWLIST ENTRY ${e.id} ${e.file}: matches nothing now; remove it`)
  }
  for (const x of d.unjustified) {
    out.push(`UNJUSTIFIED eng-disable ${x.file}:${x.line}: name the checks and say why`)
  }
  for (const { finding } of d.allowed) out.push(`allowlisted: ${where(finding)}`)
  for (const f of d.below) out.push(`below the bar: ${where(f)}`)
  for (const e of d.tolerated) out.push(`parsed with warnings: ${e.file}: ${e.message}`)
  const blocking = d.blocking.length
  out.push(
    blocking > 0
      ? `Electronegativity: ${blocking} finding${blocking === 1 ? '' : 's'} at medium or above.`
      : PASS_LINE
  )
  if (d.allowed.length > 0) {
    out.push(`  (${d.allowed.length} allowlisted, each with its reason in the allowlist file)`)
  }
  if (d.failed && blocking === 0) out.push('Electronegativity gate failed (see above).')
  return out
}

const SCANNED = /\.(js|jsx|ts|tsx|html|htm)$/

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => SCANNED.test(f) && !f.split(sep).includes('node_modules'))
    .map((f) => join(dir, f))
}

/**
 * The tool's `run`, loaded with `got` replaced by a stub that fails at once (no network); null when
 * the package is not installed.
 * @param {string} root
 */
function loadRunner(root) {
  const fromRoot = createRequire(join(root, 'package.json'))
  let entry
  try {
    entry = fromRoot.resolve('@doyensec/electronegativity')
  } catch {
    return null
  }
  const fromTool = createRequire(entry)
  const offline = () =>
    Promise.reject(new Error('offline: Electronegativity may not use the network'))
  offline.head = offline
  const gotPath = fromTool.resolve('got')
  fromTool.cache[gotPath] = /** @type {NodeJS.Module} */ (
    /** @type {unknown} */ ({ id: gotPath, filename: gotPath, loaded: true, exports: offline })
  )
  const mod = fromTool(entry)
  return typeof mod === 'function' ? mod : mod.default
}

/** @param {string} root */
function electronVersion(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const spec = String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '')
  return /\d+\.\d+\.\d+/.exec(spec)?.[0]
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const input = resolve(root, process.argv[2] ?? 'src')
  const allowlistFile = join(root, 'scripts', 'electronegativity-allowlist.json')
  const run = loadRunner(root)
  if (!run) {
    console.error('Electronegativity is not installed: npm install (it is a devDependency).')
    return 2
  }
  // The tool talks on stdout (translations, release list); keep it for the report, not the log.
  /** @type {string[]} */
  const chatter = []
  const log = console.log
  console.log = (...args) => chatter.push(args.join(' '))
  let result
  try {
    result = await run(
      {
        input,
        isRelative: false,
        excludeFromScan: EXCLUDED_CHECKS,
        electronVersionOverride: electronVersion(root)
      },
      false
    )
  } finally {
    console.log = log
  }
  const findings = toFindings(result.issues, root)
  const parseErrors = toParseErrors(result.errors, root)
  const allowlist = parseAllowlist(readFileSync(allowlistFile, 'utf8'))
  const inline = sourceFiles(input).flatMap((f) =>
    inlineDisables(readFileSync(f, 'utf8'), relative(root, f).split(sep).join('/'))
  )
  const decision = decide({ findings, parseErrors, allowlist, inline })
  const reportFile = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.json')
  writeFileSync(
    reportFile,
    JSON.stringify(
      { input: relative(root, input) || '.', findings, parseErrors, inline, decision, chatter },
      null,
      2
    )
  )
  for (const line of summary(decision)) console.log(line)
  console.log(`report: ${reportFile}`)
  return decision.failed ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.stack : error)
      process.exit(2)
    }
  )
}

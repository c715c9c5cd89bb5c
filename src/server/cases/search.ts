// Full-text search terms of the case list (issue 10): which cases the trigram index says may contain a
// query, and the exact test of one case's indexed text that every query plan of the list agrees on.
//
// What a search means: the query occurs in the indexed text (parties, or parties and body), ignoring
// the case of ASCII letters — SQLite's LIKE. The index answers with a superset: trigram MATCH for 3+
// characters; for 1–2 characters the index's vocabulary, i.e. the cases holding a trigram that begins
// with the query (migration 0100 pads every column with two characters, so every position of the text
// begins a trigram). Both fold case as FTS5 does (more than ASCII), so when the query has a letter with
// case, the candidates are re-tested with LIKE.
import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'

/** `parties`: the party text only (the list's party filter); `null`: parties and body. */
export type SearchColumn = 'parties' | null
export type SearchTerm = { column: SearchColumn; query: string }
/** A piece of SQL and its parameters, in order. */
export type Fragment = { sql: string; params: unknown[] }

/** Highest code point: an upper bound for "every trigram that begins with the query". */
const LAST = '\u{10FFFF}'

function hasCase(query: string): boolean {
  return query.toLowerCase() !== query || query.toUpperCase() !== query
}

function hasNonAsciiCase(query: string): boolean {
  return [...query].some((ch) => ch.codePointAt(0)! > 0x7f && hasCase(ch))
}

/**
 * Row numbers of the cases whose text may contain the query (one or more times each), or null when the
 * index cannot answer: a 1–2-character query with a non-ASCII letter that has case, whose folded form
 * in the vocabulary JavaScript cannot be trusted to compute as FTS5 does.
 */
export function indexCandidates(term: SearchTerm): Fragment | null {
  const chars = [...term.query]
  if (chars.length >= 3) {
    const phrase = `"${term.query.replaceAll('"', '""')}"`
    return {
      sql: 'SELECT rowid FROM case_search_text WHERE case_search_text MATCH ?',
      params: [term.column ? `${term.column} : ${phrase}` : phrase]
    }
  }
  if (hasNonAsciiCase(term.query)) return null
  // The vocabulary holds folded trigrams: ASCII letters in lower case.
  const folded = term.query.toLowerCase()
  return {
    sql: `SELECT doc FROM case_search_terms WHERE term >= ? AND term <= ?${
      term.column ? ` AND col = '${term.column}'` : ''
    }`,
    params: [folded, folded + LAST.repeat(3 - chars.length)]
  }
}

/** Whether index candidates must be re-tested: FTS5 folds the case of more letters than LIKE does. */
export function needsRecheck(term: SearchTerm): boolean {
  return hasCase(term.query)
}

/**
 * The exact test of one row `s` of case_search_text. `instr` when the query has no ASCII letter
 * (nothing to fold, and faster), LIKE otherwise. The unary plus keeps the LIKE away from FTS5, which
 * would run it as a trigram query.
 */
function textTest(term: SearchTerm): Fragment {
  const columns = term.column ? [term.column] : ['parties', 'body']
  const ascii = /[A-Za-z]/.test(term.query)
  const like = `%${term.query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
  return {
    sql: columns
      .map((col) => (ascii ? `+s.${col} LIKE ? ESCAPE '\\'` : `instr(s.${col}, ?) > 0`))
      .join(' OR '),
    params: columns.map(() => (ascii ? like : term.query))
  }
}

/** The exact test for the case `c` of the enclosing query: one lookup of its text by row number. */
export function containsText(term: SearchTerm): Fragment {
  const test = textTest(term)
  return {
    sql: `EXISTS (SELECT 1 FROM case_search_text s WHERE s.rowid = c.row_no AND (${test.sql}))`,
    params: test.params
  }
}

/**
 * When the index cannot answer: every case whose text contains the query, by reading all the indexed
 * text once, in rowid order (what the list did for every 1–2-character query before migration 0100).
 */
export function scanCandidates(term: SearchTerm): Fragment {
  const test = textTest(term)
  return { sql: `SELECT rowid FROM case_search_text s WHERE ${test.sql}`, params: test.params }
}

/**
 * The row numbers of the term's candidates, or null when there are `cap` or more: a rare query's
 * candidates are read once here, and the page query looks them up (the index is not asked twice).
 */
export function candidateRows(
  db: Database.Database,
  source: Fragment,
  cap: number,
  trace?: (sql: string, params: readonly unknown[]) => void
): number[] | null {
  const sql = `SELECT DISTINCT * FROM (${source.sql}) LIMIT ?`
  const params = [...source.params, cap]
  trace?.(sql, params)
  const rows = prepare(db, sql)
    .pluck()
    .all(...params) as number[]
  return rows.length < cap ? rows : null
}

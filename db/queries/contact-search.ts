import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../executor.js';

const MAX_SEARCH_WORDS = 5;
// 0.6 (pg_trgm's default) misses two letters wrong in a short name ('Jonson'); 0.4 still keeps strangers out.
const WORD_SIMILARITY = 0.4;

/** The digits of a search when it looks like part of a phone number. */
export function phoneDigits(search: string): string | null {
  const digits = search.replace(/\D/g, '');
  return digits.length >= 3 && digits.length >= search.replace(/[\s()+.-]/g, '').length ? digits : null;
}

/**
 * The words of a search as contact_search_words holds them (migration 2026-12-02T1600): runs of
 * letters, two or more long, lower case. "O'Brien" is "brien"; "jo.smith@mail.com" is three words.
 */
export function searchWordsOf(search: string): string[] {
  const words = search.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 1);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The contacts that have a word like `word` (containing it, or a letter or two off), each with
 * how close its closest word is and when it was created. The organization's vocabulary is
 * matched first (a few thousand words), then the contacts by those words exactly. `OFFSET 0`
 * keeps the two steps apart: joined freely, the planner reads every word row of the
 * organization instead of looking up the few words that matched.
 */
function contactsWithWordLike(tenantId: string, word: string): RawBuilder<unknown> {
  return sql`(
    SELECT w.contact_id, max(v.score) AS score, max(w.created_at) AS created_at
    FROM (
      SELECT word, word_similarity(${word}, word) AS score FROM contact_search_vocabulary_scoped
      WHERE word LIKE ${`%${escapeLike(word)}%`} OR word %> ${word}
      OFFSET 0
    ) AS v
    CROSS JOIN LATERAL (
      SELECT contact_id, created_at FROM contact_search_words
      WHERE tenant_id = ${tenantId} AND word = v.word
      OFFSET 0
    ) AS w
    GROUP BY w.contact_id
  )`;
}

/** Sets the similarity the `%>` in the search compares against, for this transaction only. */
export async function prepareWordSearch(db: Tx): Promise<void> {
  await sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`.execute(db);
}

/** The contacts that have every one of `words`, as typed or nearly, ranked by how closely. */
export function contactsWithEveryWord(tenantId: string, words: readonly string[]): RawBuilder<unknown> {
  const [first, ...rest] = words.map((word, i) => ({ alias: sql.id(`m${i}`), table: contactsWithWordLike(tenantId, word) }));
  if (!first) throw new Error('contactsWithEveryWord needs a word');
  const joins = rest.map(({ alias, table }) => sql` JOIN ${table} AS ${alias} ON ${alias}.contact_id = m0.contact_id`);
  const score = sql.join([first, ...rest].map(({ alias }) => sql`${alias}.score`), sql` + `);
  return sql`(SELECT m0.contact_id, ${score} AS score, m0.created_at FROM ${first.table} AS m0${sql.join(joins, sql``)})`;
}

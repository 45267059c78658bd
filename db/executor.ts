import type { Kysely, Transaction } from 'kysely';
import type { DB } from './generated/database.js';

/** A query runs on the pool or inside a transaction; functions that lock rows take `Transaction` only. */
export type Executor = Kysely<DB> | Transaction<DB>;
export type Tx = Transaction<DB>;

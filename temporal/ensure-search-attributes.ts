import type { Client } from '@temporalio/client';
import { SearchAttributeType } from '@temporalio/common';
// A CommonJS package: Node's ESM loader sees only its default export.
import proto from '@temporalio/proto';
import { ALL_SEARCH_ATTRIBUTES } from './search-attributes.js';

const { temporal } = proto;

const INDEXED = temporal.api.enums.v1.IndexedValueType;
const INDEXED_TYPE: Partial<Record<SearchAttributeType, (typeof INDEXED)[keyof typeof INDEXED]>> = {
  [SearchAttributeType.KEYWORD]: INDEXED.INDEXED_VALUE_TYPE_KEYWORD,
  [SearchAttributeType.TEXT]: INDEXED.INDEXED_VALUE_TYPE_TEXT,
  [SearchAttributeType.INT]: INDEXED.INDEXED_VALUE_TYPE_INT,
  [SearchAttributeType.BOOL]: INDEXED.INDEXED_VALUE_TYPE_BOOL,
  [SearchAttributeType.DATETIME]: INDEXED.INDEXED_VALUE_TYPE_DATETIME,
};

/** gRPC's ALREADY_EXISTS: another worker registered the same attribute a moment before us. */
const ALREADY_EXISTS = 6;
/** gRPC's UNIMPLEMENTED: a server without the operator service (Temporal's time-skipping test server). */
const UNIMPLEMENTED = 12;

/**
 * Registers our search attributes on whatever server we run against (the dev server, a
 * self-hosted cluster, docker-compose's). Every worker calls it when it starts: attributes already
 * present are left alone, and two workers starting at once do not trip over each other.
 */
export async function ensureSearchAttributes(client: Client, namespace: string): Promise<void> {
  const operator = client.connection.operatorService;
  // A server that cannot list them (Temporal's time-skipping test server) is told all of them.
  const existing = await operator.listSearchAttributes({ namespace }).catch((error: unknown) => {
    if ((error as { code?: number }).code === UNIMPLEMENTED) return null;
    throw error;
  });
  const known = new Set(Object.keys(existing?.customAttributes ?? {}));
  const missing = ALL_SEARCH_ATTRIBUTES.filter((key) => !known.has(key.name));
  if (missing.length === 0) return;
  try {
    await operator.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, INDEXED_TYPE[key.type] ?? INDEXED.INDEXED_VALUE_TYPE_KEYWORD])),
    });
  } catch (error) {
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
  }
}

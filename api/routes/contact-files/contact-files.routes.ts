import { z } from '@hono/zod-openapi';
import { CONTACT_FIELDS } from '../../../domain/contacts/contact-record.js';
import { errorBodySchema } from '../../errors.js';
import { defineRoute } from '../../route-access.js';
import { contactListQuerySchema } from '../contacts/contacts.schemas.js';

const errorContent = { 'application/json': { schema: errorBodySchema } };
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

// The API takes at most 256 KB a request; the browser sends a file a few hundred rows at a time.
const MAX_ROWS = 1_000;
const MAX_COLUMNS = 200;
const cell = z.string().max(20_000);

const exportQuerySchema = contactListQuerySchema.omit({ page: true, pageSize: true });

const contactRowsSchema = z
  .object({
    header: z.array(cell).min(1).max(MAX_COLUMNS).openapi({ description: "The file's first row, its column headings" }),
    rows: z.array(z.array(cell).max(MAX_COLUMNS)).max(MAX_ROWS),
    firstRowNumber: z.int().min(2).max(10_000_000).openapi({ description: 'The row number of rows[0] as a spreadsheet shows it: 2 for the first row under the headings' }),
  })
  .strict()
  .openapi('ContactRows');

const contactImportSchema = contactRowsSchema
  .extend({
    importId: z.uuid().openapi({ description: 'Chosen once per file; with the row number it makes sending a chunk again harmless' }),
    skipInvalid: z.boolean().default(false).openapi({ description: 'Import the good rows and report the others; false: any row to fix and nothing is imported' }),
  })
  .openapi('ContactImportRequest');

const cellErrorSchema = z.object({ column: z.string(), message: z.string() });
const rowResultSchema = z.object({ row: z.int(), ok: z.boolean(), errors: z.array(cellErrorSchema) });

export const contactRowsCheckSchema = z
  .object({
    columns: z.array(z.object({ column: z.string(), field: z.enum(CONTACT_FIELDS).nullable() })),
    ignoredColumns: z.array(cellErrorSchema).openapi({ description: 'Columns that are not read, each said once' }),
    rows: z.array(rowResultSchema).openapi({ description: 'Each row that is not blank' }),
    counts: z.object({ rows: z.int(), ok: z.int(), invalid: z.int() }),
  })
  .openapi('ContactRowsCheck');

export const contactImportResultSchema = z
  .object({
    created: z.int(),
    alreadyImported: z.int().openapi({ description: 'Rows an earlier sending of the same import brought in' }),
    skipped: z.array(rowResultSchema),
  })
  .openapi('ContactImportResult');

export const exportContactsRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/contacts/export.csv',
  tags: ['contacts'],
  summary: 'Every contact the filters match, as a spreadsheet (CSV, one column per field, money in dollars)',
  request: { query: exportQuerySchema },
  responses: {
    200: { description: 'The CSV file, as an attachment', content: { 'text/csv': { schema: z.string() } } },
    400: { description: 'Invalid filters', content: errorContent },
  },
});

export const checkContactRowsRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/contacts/import/check',
  tags: ['contacts'],
  summary: 'What importing these rows would do: each row ok or its problems, column by column; nothing is stored',
  request: { body: { required: true, content: json(contactRowsSchema) } },
  responses: {
    200: { description: 'Each row checked', content: json(contactRowsCheckSchema) },
    400: { description: 'Invalid request, or headings that name no field', content: errorContent },
  },
});

export const importContactRowsRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/contacts/import',
  tags: ['contacts'],
  summary: 'Add these rows as contacts, in one transaction',
  request: { body: { required: true, content: json(contactImportSchema) } },
  responses: {
    200: { description: 'What was imported and which rows were not', content: json(contactImportResultSchema) },
    400: { description: 'A row has problems and skipInvalid is false: each is named and nothing is imported', content: errorContent },
  },
});

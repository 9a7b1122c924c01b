import { access, readFile } from 'node:fs/promises';
import type { Clock } from '../core/ports.js';
import { writeFileDurably } from '../store/durable-json-file.js';
import { openFileStore } from '../store/file-store.js';
import { journalFileOf, loadStore } from '../store/load-store.js';
import { importProblems, normalizeImport } from '../store/import-rules.js';
import { checkStoreData, type ImportData, type StoreData } from '../store/schema.js';
import { loadCatalog } from '../core/catalog.js';
import { catalogProblems } from './catalog-check.js';
import { ONBOARDING_USAGE, orgCommand, userCommand } from './onboarding-admin.js';
import { copyCommand, migrateCommand, shown, withPgStore } from './pg-admin.js';
import { auditCommand, staffCommand } from './staff-admin.js';

/** Where the admin commands print; the CLI passes stdout/stderr, tests collect lines. */
export interface AdminIo {
  out(text: string): void;
  err(text: string): void;
}

export interface AdminContext {
  /** The store's data file (DATA_FILE, default data/db.json). */
  dataFile: string;
  /** DATABASE_URL: when set, the commands work on that PostgreSQL database instead of the data file. */
  databaseUrl?: string | undefined;
  clock: Clock;
  io: AdminIo;
}

export const USAGE = `Usage: npm run admin -- <command>
  import FILE      replace all orgs, users and records with FILE (conversation state is kept)
  export [FILE]    write all records in the import format to FILE (default: stdout)
  validate [FILE]  check a data or import file (default: the store's data file)
  audit [N]        print the newest N audit entries (default 100)
  staff list | staff add <name> <channel:tenant:user>... | staff grant <user id> | staff revoke <user id>
  migrate          apply pending PostgreSQL migrations to $DATABASE_URL
  copy --from A --to B   move every record between a data file and a postgres:// database (B must be empty)
${ONBOARDING_USAGE}
The store is $DATABASE_URL when set, else the data file $DATA_FILE (default data/db.json).
With the data file, stop the bot before an import.`;

export type FileCheck = { ok: true; data: StoreData } | { ok: false; errors: string[] };

/** Reads and validates a data or import file; every error names the file and the bad field's path. */
export async function checkFile(file: string): Promise<FileCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot read (${(error as Error).message})`;
    return { ok: false, errors: [`${file}: ${why}`] };
  }
  const checked = checkStoreData(normalizeImport(raw));
  if (!checked.ok) return { ok: false, errors: checked.issues.map((issue) => `${file}: ${issue}`) };
  const malformed = importProblems(checked.data);
  if (malformed.length > 0) return { ok: false, errors: malformed.map((issue) => `${file}: ${issue}`) };
  const replayed = await withJournal(file, checked.data);
  if ('errors' in replayed) return { ok: false, errors: replayed.errors };
  const problems = catalogProblems(replayed.data, loadCatalog());
  return problems.length ? { ok: false, errors: problems.map((p) => `${file}: ${p}`) } : { ok: true, data: replayed.data };
}

/** A store's data file has a journal beside it: the records are the snapshot plus the journal replayed (read only). */
async function withJournal(file: string, data: StoreData): Promise<{ data: StoreData } | { errors: string[] }> {
  try {
    await access(journalFileOf(file));
  } catch {
    return { data };
  }
  try {
    return { data: (await loadStore(file, () => data)).data };
  } catch (error) {
    return { errors: [(error as Error).message] };
  }
}

/** One line: how many records of each kind the data holds (and state items, when given). */
export function summarize(data: ImportData & { state?: StoreData['state'] | undefined }): string {
  const counts = [
    `${data.orgs.length} orgs`,
    `${data.users.length} users`,
    `${data.activations.length} activations`,
    `${data.links.length} links`,
    `${data.ledger.length} ledger entries`,
  ];
  if (data.state) counts.push(`${Object.keys(data.state).length} state items`);
  return counts.join(', ');
}

/** `validate [FILE]`: 0 and a summary when valid, 1 and every error otherwise. */
export async function validateCommand(ctx: AdminContext, file?: string): Promise<number> {
  if (file === undefined && ctx.databaseUrl) return validateDatabase(ctx, ctx.databaseUrl);
  file ??= ctx.dataFile;
  const checked = await checkFile(file);
  if (!checked.ok) return fail(ctx, checked.errors);
  ctx.io.out(`${file}: valid (schema version ${checked.data.schemaVersion}): ${summarize(checked.data)}`);
  return 0;
}

/** The database's records checked like a data file (schema, cross-record rules, catalog). */
async function validateDatabase(ctx: AdminContext, url: string): Promise<number> {
  const dump = await withPgStore(url, ctx.clock, (store) => store.dump());
  const checked = checkStoreData(dump);
  if (!checked.ok) return fail(ctx, checked.issues.map((issue) => `${shown(url)}: ${issue}`));
  const problems = catalogProblems(checked.data, loadCatalog());
  if (problems.length) return fail(ctx, problems.map((p) => `${shown(url)}: ${p}`));
  ctx.io.out(`${shown(url)}: valid (schema version ${checked.data.schemaVersion}): ${summarize(checked.data)}`);
  return 0;
}

/** `import FILE`: validates FILE, then replaces the store's records durably (state is kept). */
export async function importCommand(ctx: AdminContext, file: string): Promise<number> {
  const checked = await checkFile(file);
  if (!checked.ok) return fail(ctx, checked.errors);
  if (ctx.databaseUrl) {
    // One transaction: instances running on the database see the old records or the new ones.
    await withPgStore(ctx.databaseUrl, ctx.clock, (store) => store.replaceAll(checked.data));
    ctx.io.out(`imported ${file} into ${shown(ctx.databaseUrl)}: ${summarize({ ...checked.data, state: undefined })}`);
    return 0;
  }
  const store = await openFileStore({ file: ctx.dataFile, clock: ctx.clock, demo: false });
  try {
    await store.replaceAll(checked.data);
  } finally {
    await store.close();
  }
  ctx.io.out(`imported ${file} into ${ctx.dataFile}: ${summarize({ ...checked.data, state: undefined })}`);
  return 0;
}

/** `export [FILE]`: the store's records in the import format, to FILE or stdout. */
export async function exportCommand(ctx: AdminContext, file?: string): Promise<number> {
  if (ctx.databaseUrl) return writeExport(ctx, await withPgStore(ctx.databaseUrl, ctx.clock, (store) => store.exportData()), file);
  try {
    await access(ctx.dataFile);
  } catch {
    return fail(ctx, [`${ctx.dataFile}: no data file to export`]);
  }
  // Read only (the snapshot plus its journal), so a backup works while the bot runs.
  const { schemaVersion, orgs, users, activations, links, ledger } = (await loadStore(ctx.dataFile, () => { throw new Error(`${ctx.dataFile}: no data file to export`); })).data;
  return writeExport(ctx, { schemaVersion, orgs, users, activations, links, ledger }, file);
}

async function writeExport(ctx: AdminContext, data: ImportData, file: string | undefined): Promise<number> {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (file === undefined) ctx.io.out(text.trimEnd());
  else await writeFileDurably(file, text);
  return 0;
}

/** Runs one command line; returns the exit code (2: usage). Store errors print their message and give 1. */
export async function runAdmin(args: readonly string[], ctx: AdminContext): Promise<number> {
  const [command, file, ...extra] = args;
  try {
    if (command === 'validate' && extra.length === 0) return await validateCommand(ctx, file);
    if (command === 'export' && extra.length === 0) return await exportCommand(ctx, file);
    if (command === 'import' && file !== undefined && extra.length === 0) return await importCommand(ctx, file);
    if (command === 'audit' && extra.length === 0) return await auditCommand(ctx, file);
    if (command === 'staff') return await staffCommand(ctx, args.slice(1));
    if (command === 'org') return await orgCommand(ctx, args.slice(1));
    if (command === 'user') return await userCommand(ctx, args.slice(1));
    if (command === 'migrate' && args.length === 1) return await migrateCommand(ctx);
    if (command === 'copy') return await copyCommand(ctx, args.slice(1));
  } catch (error) {
    return fail(ctx, [(error as Error).message]);
  }
  if (command === 'help' || command === '--help') {
    ctx.io.out(USAGE);
    return 0;
  }
  ctx.io.err(USAGE);
  return 2;
}

function fail(ctx: AdminContext, errors: readonly string[]): number {
  for (const error of errors) ctx.io.err(error);
  return 1;
}

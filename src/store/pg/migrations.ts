import type { PoolClient } from 'pg';
import { storeError, type PgDb } from './pg-db.js';

/**
 * The PostgreSQL schema, as versioned migrations. Records are JSONB documents validated with
 * the file store's zod schemas (src/store/schema.ts), so a field added to a record needs no
 * migration; real columns exist only for keys and the invariants the database must hold:
 * unique identities, one activation (contract pair) per org, unique Access/Contract IDs,
 * ticket numbers from a sequence, unique processed ids, and an audit log nobody can edit.
 * Append a migration to change the schema; never edit one that has shipped.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'records, queue, audit, state, claims, rate limit',
    sql: `
CREATE TABLE orgs (seq bigserial UNIQUE, id text PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE users (seq bigserial UNIQUE, id text PRIMARY KEY, org_id text REFERENCES orgs(id), doc jsonb NOT NULL);
CREATE INDEX users_org ON users (org_id);
CREATE TABLE identities (
  channel text NOT NULL, tenant text NOT NULL, "user" text NOT NULL,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (channel, tenant, "user"));
CREATE TABLE activations (
  seq bigserial UNIQUE, org_id text PRIMARY KEY REFERENCES orgs(id),
  access_id text NOT NULL UNIQUE, contract_id text NOT NULL UNIQUE, doc jsonb NOT NULL);
CREATE TABLE links (seq bigserial PRIMARY KEY, org_id text NOT NULL REFERENCES orgs(id), doc jsonb NOT NULL);
CREATE INDEX links_org ON links (org_id, seq);
CREATE TABLE ledger (seq bigserial PRIMARY KEY, org_id text NOT NULL REFERENCES orgs(id), id text NOT NULL UNIQUE, doc jsonb NOT NULL);
CREATE INDEX ledger_org ON ledger (org_id, seq);
CREATE TABLE audit (seq bigserial PRIMARY KEY, doc jsonb NOT NULL);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE SEQUENCE ticket_numbers;
CREATE TABLE tickets (id integer PRIMARY KEY, source_key text NOT NULL UNIQUE, status text NOT NULL, doc jsonb NOT NULL);
CREATE TABLE unanswered (seq bigserial PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE state (key text PRIMARY KEY, etag text NOT NULL, value jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX state_age ON state (updated_at);
CREATE TABLE processed_ids (scope text NOT NULL, id text NOT NULL, at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (scope, id));
CREATE INDEX processed_age ON processed_ids (at);
CREATE TABLE rate_turns (key text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX rate_turns_key ON rate_turns (key, at);
`,
  },
  {
    version: 2,
    name: 'log caps: archives for rotated audit entries and unanswered questions; open tickets by requester',
    sql: `
CREATE TABLE audit_archive (seq bigint PRIMARY KEY, doc jsonb NOT NULL, archived_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE unanswered_archive (seq bigint PRIMARY KEY, doc jsonb NOT NULL, archived_at timestamptz NOT NULL DEFAULT now());
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Rotation (the store's cap): an entry leaves the log only once its exact copy is in the archive.
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM audit_archive a WHERE a.seq = OLD.seq AND a.doc = OLD.doc) THEN RETURN OLD; END IF;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_archive_no_update BEFORE UPDATE ON audit_archive FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE INDEX tickets_open_requester ON tickets ((doc->'requester'->>'channel'), (doc->'requester'->>'tenant'), (doc->'requester'->>'user')) WHERE status <> 'resolved';
`,
  },
  {
    version: 3,
    name: 'the turn limit in one round trip',
    sql: `
-- One call per turn instead of six statements. Each statement of a VOLATILE function takes a new
-- snapshot (READ COMMITTED), so after the per-key lock the count sees what the previous holder committed.
CREATE FUNCTION rate_turn(turn_key text, since timestamptz, turn_at timestamptz, turn_limit integer, prune_all boolean) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE n bigint;
BEGIN
  -- A count lost when the server crashes only lets a user a few more turns: not worth waiting for the disk.
  PERFORM set_config('synchronous_commit', 'off', true);
  PERFORM pg_advisory_xact_lock(hashtext('rate:' || turn_key));
  IF prune_all THEN
    DELETE FROM rate_turns WHERE at <= since;
  ELSE
    DELETE FROM rate_turns WHERE key = turn_key AND at <= since;
  END IF;
  SELECT count(*) INTO n FROM rate_turns WHERE key = turn_key;
  IF n >= turn_limit THEN RETURN false; END IF;
  INSERT INTO rate_turns (key, at) VALUES (turn_key, turn_at);
  RETURN true;
END $$;
`,
  },
  {
    version: 4,
    name: 'group commit: the orgs of a batch locked and read in one call, their changes applied in one call',
    sql: `
-- Lock first, read after: the read is a statement of its own (a VOLATILE function's statements
-- each take a new snapshot under READ COMMITTED), so it sees what the lock's previous holders
-- committed. The rows are locked in id order, so two batches (any instance) never deadlock on them.
CREATE FUNCTION lock_org_records(wanted text[]) RETURNS TABLE (org jsonb, activation jsonb, links jsonb, ledger jsonb)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
  PERFORM 1 FROM orgs WHERE id = ANY(wanted) ORDER BY id FOR UPDATE;
  RETURN QUERY SELECT o.doc,
    (SELECT a.doc FROM activations a WHERE a.org_id = o.id),
    COALESCE((SELECT jsonb_agg(l.doc ORDER BY l.seq) FROM links l WHERE l.org_id = o.id), '[]'::jsonb),
    COALESCE((SELECT jsonb_agg(e.doc ORDER BY e.seq) FROM ledger e WHERE e.org_id = o.id), '[]'::jsonb)
  FROM orgs o WHERE o.id = ANY(wanted);
END $$;

-- Applies the changes of a batch's org updates in their order, each in a block of its own (a
-- subtransaction: a savepoint), so one that fails (a unique key: CONFLICT) is undone alone. Later
-- updates of an org whose update failed are not applied ('retry': they were decided on a record
-- that included it). One row per update: 'ok', 'retry' or the SQLSTATE with its constraint.
CREATE FUNCTION apply_org_changes(updates jsonb) RETURNS TABLE (outcome text, constraint_name text, message text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE u jsonb; failed text[] := '{}';
BEGIN
  FOR u IN SELECT x FROM jsonb_array_elements(updates) WITH ORDINALITY AS t(x, n) ORDER BY n LOOP
    IF (u->>'orgId') = ANY(failed) THEN
      outcome := 'retry'; constraint_name := NULL; message := NULL; RETURN NEXT; CONTINUE;
    END IF;
    BEGIN
      IF u ? 'replaceActivation' THEN
        INSERT INTO activations (org_id, access_id, contract_id, doc) VALUES (u->>'orgId', u->'replaceActivation'->>'accessId', u->'replaceActivation'->>'contractId', u->'replaceActivation')
        ON CONFLICT (org_id) DO UPDATE SET access_id = EXCLUDED.access_id, contract_id = EXCLUDED.contract_id, doc = EXCLUDED.doc;
      END IF;
      IF u ? 'activation' THEN
        INSERT INTO activations (org_id, access_id, contract_id, doc) VALUES (u->>'orgId', u->'activation'->>'accessId', u->'activation'->>'contractId', u->'activation');
      END IF;
      INSERT INTO links (org_id, doc) SELECT u->>'orgId', x FROM jsonb_array_elements(COALESCE(u->'links', '[]')) WITH ORDINALITY AS t(x, n) ORDER BY n;
      INSERT INTO ledger (org_id, id, doc) SELECT u->>'orgId', x->>'id', x FROM jsonb_array_elements(COALESCE(u->'ledger', '[]')) WITH ORDINALITY AS t(x, n) ORDER BY n;
      INSERT INTO audit (doc) SELECT x FROM jsonb_array_elements(COALESCE(u->'audit', '[]')) WITH ORDINALITY AS t(x, n) ORDER BY n;
      outcome := 'ok'; constraint_name := NULL; message := NULL;
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS outcome = RETURNED_SQLSTATE, constraint_name = CONSTRAINT_NAME, message = MESSAGE_TEXT;
      failed := failed || (u->>'orgId');
    END;
    RETURN NEXT;
  END LOOP;
END $$;
`,
  },
  {
    version: 5,
    name: 'group commit: a batch of org changes applied set-based, one update at a time only when one fails',
    sql: `
-- The changes of one update, in the order the file store applies them (used by apply_org_changes).
CREATE FUNCTION apply_org_change(u jsonb) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF u ? 'replaceActivation' THEN
    INSERT INTO activations (org_id, access_id, contract_id, doc) VALUES (u->>'orgId', u->'replaceActivation'->>'accessId', u->'replaceActivation'->>'contractId', u->'replaceActivation')
    ON CONFLICT (org_id) DO UPDATE SET access_id = EXCLUDED.access_id, contract_id = EXCLUDED.contract_id, doc = EXCLUDED.doc;
  END IF;
  IF u ? 'activation' THEN
    INSERT INTO activations (org_id, access_id, contract_id, doc) VALUES (u->>'orgId', u->'activation'->>'accessId', u->'activation'->>'contractId', u->'activation');
  END IF;
  INSERT INTO links (org_id, doc) SELECT u->>'orgId', x FROM jsonb_array_elements(COALESCE(u->'links', '[]')) WITH ORDINALITY AS t(x, n) ORDER BY n;
  INSERT INTO ledger (org_id, id, doc) SELECT u->>'orgId', x->>'id', x FROM jsonb_array_elements(COALESCE(u->'ledger', '[]')) WITH ORDINALITY AS t(x, n) ORDER BY n;
  INSERT INTO audit (doc) SELECT x FROM jsonb_array_elements(COALESCE(u->'audit', '[]')) WITH ORDINALITY AS t(x, n) ORDER BY n;
END $$;

-- Same contract as version 4 (one row per update: 'ok', 'retry' or the SQLSTATE with its
-- constraint), cheaper in the common case: every update at once, in ONE subtransaction, each
-- table's rows in one INSERT in the order of the updates (activations, rare, one update at a
-- time). Only if that fails is it undone and every update applied again in a subtransaction of
-- its own, as version 4 did, so the one that fails is undone alone and the others are kept.
CREATE OR REPLACE FUNCTION apply_org_changes(updates jsonb) RETURNS TABLE (outcome text, constraint_name text, message text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE u jsonb; failed text[] := '{}';
BEGIN
  BEGIN
    FOR u IN SELECT x FROM jsonb_array_elements(updates) WITH ORDINALITY AS t(x, n) WHERE x ?| ARRAY['activation', 'replaceActivation'] ORDER BY n LOOP
      PERFORM apply_org_change(u - 'links' - 'ledger' - 'audit');
    END LOOP;
    INSERT INTO links (org_id, doc) SELECT x->>'orgId', e FROM jsonb_array_elements(updates) WITH ORDINALITY AS t(x, n), jsonb_array_elements(COALESCE(x->'links', '[]')) WITH ORDINALITY AS l(e, m) ORDER BY n, m;
    INSERT INTO ledger (org_id, id, doc) SELECT x->>'orgId', e->>'id', e FROM jsonb_array_elements(updates) WITH ORDINALITY AS t(x, n), jsonb_array_elements(COALESCE(x->'ledger', '[]')) WITH ORDINALITY AS l(e, m) ORDER BY n, m;
    INSERT INTO audit (doc) SELECT e FROM jsonb_array_elements(updates) WITH ORDINALITY AS t(x, n), jsonb_array_elements(COALESCE(x->'audit', '[]')) WITH ORDINALITY AS l(e, m) ORDER BY n, m;
    RETURN QUERY SELECT 'ok'::text, NULL::text, NULL::text FROM jsonb_array_elements(updates);
    RETURN;
  EXCEPTION WHEN OTHERS THEN
    NULL; -- one update failed: all undone; found and undone alone below
  END;
  FOR u IN SELECT x FROM jsonb_array_elements(updates) WITH ORDINALITY AS t(x, n) ORDER BY n LOOP
    IF (u->>'orgId') = ANY(failed) THEN
      outcome := 'retry'; constraint_name := NULL; message := NULL; RETURN NEXT; CONTINUE;
    END IF;
    BEGIN
      PERFORM apply_org_change(u);
      outcome := 'ok'; constraint_name := NULL; message := NULL;
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS outcome = RETURNED_SQLSTATE, constraint_name = CONSTRAINT_NAME, message = MESSAGE_TEXT;
      failed := failed || (u->>'orgId');
    END;
    RETURN NEXT;
  END LOOP;
END $$;
`,
  },
];

/** Any 64-bit number; one lock per database, shared by every instance of the bot. */
const MIGRATION_LOCK = 7_301_147_011;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction,
 * under a session advisory lock so instances starting together apply each one exactly once.
 * Returns the versions applied now.
 */
export async function migrate(db: PgDb): Promise<number[]> {
  const client = await db.pool.connect().catch((error: unknown) => {
    throw storeError(error);
  });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => r.version));
      const applied: number[] = [];
      for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
        const ran = await inTransaction(client, async () => {
          // Checked again under a table lock: a server whose advisory locks do not exclude (PGlite is one session) still migrates once.
          await client.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
          if ((await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version])).rowCount) return false;
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          return true;
        });
        if (ran) applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

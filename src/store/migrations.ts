/**
 * Ordered schema migrations. Migration N brings a database from user_version N-1 to N.
 * Never edit a released migration: add a new one. Never drop user data.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first schema.
  `
  CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    company TEXT,
    role TEXT,
    sector TEXT,
    circle TEXT CHECK (circle IN ('internal', 'external')),
    met_where TEXT,
    met_on TEXT,
    intent TEXT,
    tier TEXT NOT NULL DEFAULT 'network',
    cadence_days INTEGER CHECK (cadence_days > 0),
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    birthday TEXT,
    milestones TEXT NOT NULL DEFAULT '[]',
    profile_url TEXT,
    source TEXT NOT NULL DEFAULT 'added',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT,
    -- Kept up to date by every write to interactions, so "who is due" needs no scan.
    last_interaction_on TEXT,
    last_interaction_id TEXT
  );
  CREATE INDEX contacts_name_key ON contacts (name_key);
  CREATE INDEX contacts_last_interaction ON contacts (archived_at, last_interaction_on);

  CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    direction TEXT NOT NULL DEFAULT 'gave',
    note TEXT,
    follow_up_on TEXT,
    event_name TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX interactions_date ON interactions (date);
  CREATE INDEX interactions_kind_date ON interactions (kind, date);
  CREATE INDEX interactions_follow_up ON interactions (follow_up_on) WHERE follow_up_on IS NOT NULL;

  CREATE TABLE interaction_people (
    interaction_id TEXT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
  ) WITHOUT ROWID;
  CREATE INDEX interaction_people_contact ON interaction_people (contact_id, interaction_id);

  CREATE TABLE reminder_state (
    key TEXT PRIMARY KEY,
    done_on TEXT,
    snoozed_until TEXT,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    period TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    reviewed_on TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX reviews_period ON reviews (period);

  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 2: indexes for the daily and quarterly reads: counts by day and kind, and by kind over a
  // period (give/receive balances), straight from an index; people met in a period. The dropped
  // ones are prefixes of the new ones, or led the planner to scan every contact.
  `
  CREATE INDEX interactions_date_kind ON interactions (date, kind, direction);
  DROP INDEX interactions_date;
  CREATE INDEX interactions_kind_date_direction ON interactions (kind, date, direction, id);
  DROP INDEX interactions_kind_date;
  CREATE INDEX contacts_met_on ON contacts (met_on) WHERE met_on IS NOT NULL;
  DROP INDEX contacts_last_interaction;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

import { rebuildKept } from "./kept.js";
import type { Db } from "./sqlite.js";

/**
 * Ordered schema migrations. Migration N brings a database from user_version N-1 to N: SQL, or
 * a function for a step that needs net's own definitions (run in the migration's transaction).
 * Never edit a released migration: add a new one. Never drop user data.
 */
export type Migration = string | ((db: Db) => void);

export const MIGRATIONS: readonly Migration[] = [
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
  // 3: what the morning's nudge reads, kept ready on write so it costs the same on a large network.
  // - Each person's link to an interaction carries the interaction's day, kind, direction and
  //   follow-up day: "help received from whom", "thanks given to whom", promised follow-ups and
  //   give/receive balances become one index range, with no join through the interactions table
  //   (random lookups, each a page first touched by a new process, were most of nudge's time).
  // - Interaction counts per day (the habit line, not-isolated, the map's activity strip).
  // - Each person's give/receive balance (help, intros, shares; all time, with the last day of each).
  // - Indexes that hand over the people most overdue per (tier, cadence, intent) group, and the few
  //   with a birthday or milestones, without reading every contact.
  // Triggers keep all three right on every write path (log, import, purge, and any to come);
  // interactions are never edited in place today, but an edit would be followed too.
  `
  ALTER TABLE interaction_people ADD COLUMN date TEXT;
  ALTER TABLE interaction_people ADD COLUMN kind TEXT;
  ALTER TABLE interaction_people ADD COLUMN direction TEXT;
  ALTER TABLE interaction_people ADD COLUMN created_at TEXT;
  ALTER TABLE interaction_people ADD COLUMN follow_up_on TEXT;
  UPDATE interaction_people SET (date, kind, direction, created_at, follow_up_on) =
    (SELECT i.date, i.kind, i.direction, i.created_at, i.follow_up_on FROM interactions i WHERE i.id = interaction_people.interaction_id);
  CREATE INDEX interaction_people_kind_date ON interaction_people (kind, date, direction, contact_id, created_at);

  CREATE TRIGGER interaction_people_copy AFTER INSERT ON interaction_people
  WHEN NEW.date IS NULL OR NEW.kind IS NULL OR NEW.direction IS NULL BEGIN
    UPDATE interaction_people SET (date, kind, direction, created_at, follow_up_on) =
      (SELECT i.date, i.kind, i.direction, i.created_at, i.follow_up_on FROM interactions i WHERE i.id = NEW.interaction_id)
    WHERE interaction_id = NEW.interaction_id AND contact_id = NEW.contact_id;
  END;
  CREATE INDEX interaction_people_follow_up ON interaction_people (follow_up_on, contact_id, date) WHERE follow_up_on IS NOT NULL;
  CREATE TRIGGER interactions_edit_links AFTER UPDATE OF date, kind, direction, created_at, follow_up_on ON interactions BEGIN
    UPDATE interaction_people
    SET date = NEW.date, kind = NEW.kind, direction = NEW.direction, created_at = NEW.created_at, follow_up_on = NEW.follow_up_on
    WHERE interaction_id = NEW.id;
  END;

  CREATE TABLE person_balances (
    contact_id TEXT PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    gave INTEGER NOT NULL,
    received INTEGER NOT NULL,
    last_gave_on TEXT,
    last_received_on TEXT
  ) WITHOUT ROWID;
  INSERT INTO person_balances (contact_id, gave, received, last_gave_on, last_received_on)
    SELECT contact_id, sum(direction <> 'received'), sum(direction = 'received'),
      max(CASE WHEN direction <> 'received' THEN date END), max(CASE WHEN direction = 'received' THEN date END)
    FROM interaction_people WHERE kind IN ('help', 'intro', 'share') GROUP BY contact_id;
  -- The people who gave more than they received, by the last day they gave: what give-first reads.
  CREATE INDEX person_balances_owed ON person_balances (last_received_on) WHERE received > gave;
  -- A new link adds to the person's balance; a link changed (its copy filled in, or the interaction
  -- edited) or removed has the person's balance worked out again from their links.
  CREATE TRIGGER interaction_people_balance AFTER INSERT ON interaction_people
  WHEN NEW.kind IN ('help', 'intro', 'share') BEGIN
    INSERT INTO person_balances (contact_id, gave, received, last_gave_on, last_received_on)
      VALUES (NEW.contact_id, NEW.direction <> 'received', NEW.direction = 'received',
        CASE WHEN NEW.direction <> 'received' THEN NEW.date END, CASE WHEN NEW.direction = 'received' THEN NEW.date END)
      ON CONFLICT (contact_id) DO UPDATE SET gave = gave + excluded.gave, received = received + excluded.received,
        last_gave_on = CASE WHEN excluded.last_gave_on > coalesce(last_gave_on, '') THEN excluded.last_gave_on ELSE last_gave_on END,
        last_received_on = CASE WHEN excluded.last_received_on > coalesce(last_received_on, '') THEN excluded.last_received_on ELSE last_received_on END;
  END;
  CREATE TRIGGER interaction_people_rebalance AFTER UPDATE OF date, kind, direction, contact_id ON interaction_people BEGIN
    DELETE FROM person_balances WHERE contact_id IN (OLD.contact_id, NEW.contact_id);
    INSERT INTO person_balances (contact_id, gave, received, last_gave_on, last_received_on)
      SELECT contact_id, sum(direction <> 'received'), sum(direction = 'received'),
        max(CASE WHEN direction <> 'received' THEN date END), max(CASE WHEN direction = 'received' THEN date END)
      FROM interaction_people WHERE contact_id IN (OLD.contact_id, NEW.contact_id) AND kind IN ('help', 'intro', 'share')
      GROUP BY contact_id;
  END;
  CREATE TRIGGER interaction_people_unbalance AFTER DELETE ON interaction_people
  WHEN OLD.kind IN ('help', 'intro', 'share') BEGIN
    DELETE FROM person_balances WHERE contact_id = OLD.contact_id;
    INSERT INTO person_balances (contact_id, gave, received, last_gave_on, last_received_on)
      SELECT contact_id, sum(direction <> 'received'), sum(direction = 'received'),
        max(CASE WHEN direction <> 'received' THEN date END), max(CASE WHEN direction = 'received' THEN date END)
      FROM interaction_people WHERE contact_id = OLD.contact_id AND kind IN ('help', 'intro', 'share') GROUP BY contact_id;
  END;

  CREATE TABLE interaction_days (
    date TEXT PRIMARY KEY,
    interactions INTEGER NOT NULL,
    -- given or mutual, events excepted (what the weekly gestures goal counts)
    gestures INTEGER NOT NULL,
    events INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO interaction_days (date, interactions, gestures, events)
    SELECT date, count(*), sum(kind <> 'event' AND direction <> 'received'), sum(kind = 'event') FROM interactions GROUP BY date;
  CREATE TRIGGER interactions_count_day AFTER INSERT ON interactions BEGIN
    INSERT INTO interaction_days (date, interactions, gestures, events)
      VALUES (NEW.date, 1, NEW.kind <> 'event' AND NEW.direction <> 'received', NEW.kind = 'event')
      ON CONFLICT (date) DO UPDATE SET interactions = interactions + 1, gestures = gestures + excluded.gestures, events = events + excluded.events;
  END;
  CREATE TRIGGER interactions_uncount_day AFTER DELETE ON interactions BEGIN
    UPDATE interaction_days SET interactions = interactions - 1,
      gestures = gestures - (OLD.kind <> 'event' AND OLD.direction <> 'received'), events = events - (OLD.kind = 'event')
    WHERE date = OLD.date;
    DELETE FROM interaction_days WHERE date = OLD.date AND interactions <= 0;
  END;
  CREATE TRIGGER interactions_recount_day AFTER UPDATE OF date, kind, direction ON interactions BEGIN
    UPDATE interaction_days SET interactions = interactions - 1,
      gestures = gestures - (OLD.kind <> 'event' AND OLD.direction <> 'received'), events = events - (OLD.kind = 'event')
    WHERE date = OLD.date;
    DELETE FROM interaction_days WHERE date = OLD.date AND interactions <= 0;
    INSERT INTO interaction_days (date, interactions, gestures, events)
      VALUES (NEW.date, 1, NEW.kind <> 'event' AND NEW.direction <> 'received', NEW.kind = 'event')
      ON CONFLICT (date) DO UPDATE SET interactions = interactions + 1, gestures = gestures + excluded.gestures, events = events + excluded.events;
  END;

  -- (The columns after id make it a covering index: SQLite wants every column a query names.)
  CREATE INDEX contacts_keep_in_touch ON contacts (tier, cadence_days, intent IS NULL,
    coalesce(last_interaction_on, CASE WHEN source = 'imported' THEN substr(created_at, 1, 10) ELSE coalesce(met_on, substr(created_at, 1, 10)) END), id,
    archived_at, last_interaction_on, source, created_at, met_on)
    WHERE archived_at IS NULL;
  CREATE INDEX contacts_birthday ON contacts (substr(birthday, -5)) WHERE birthday IS NOT NULL;
  -- A person looked up by id for what ranks and filters their items, without reading their row;
  -- how many people there are and since when, without reading every row.
  CREATE INDEX contacts_by_id ON contacts (id, archived_at, tier, intent, last_interaction_on, last_interaction_id);
  CREATE INDEX contacts_since ON contacts (coalesce(met_on, substr(created_at, 1, 10))) WHERE archived_at IS NULL;
  -- People met in a period (new people this month, the last three met, the map's counts), read
  -- from the index alone.
  CREATE INDEX contacts_met ON contacts (met_on, source, archived_at, sector, circle, id) WHERE met_on IS NOT NULL;
  DROP INDEX contacts_met_on;
  -- The shape of the network (net map): counted from an index, not by reading every person's row.
  CREATE INDEX contacts_shape ON contacts (circle, sector, intent, tier, archived_at) WHERE archived_at IS NULL;
  -- Promised follow-ups by day and kind (an event's may be about no one).
  CREATE INDEX interactions_follow_up_open ON interactions (follow_up_on, kind, id) WHERE follow_up_on IS NOT NULL;
  DROP INDEX interactions_follow_up;
  CREATE INDEX contacts_milestones ON contacts (id) WHERE milestones <> '[]';
  `,
  // 4: what nudge and map read, without a lookup per person or a pass over a period's interactions.
  // A new process pays for every page it first touches, so per-person lookups over a few thousand
  // candidates (whose group ranks them, whether they are archived) were most of what remained.
  // - Each link also carries its person's group (tier, intent given or not, still in the network)
  //   and whether its interaction is the person's latest: thanks owed, promised follow-ups and
  //   introductions still open are index ranges, ranked without reading anyone's record.
  // - Balances carry the person's group too.
  // - Interactions counted per day, kind and direction (a review's pulse and balance totals).
  // - An index of the few archived people.
  // Triggers keep them right when a person's tier, intent, archive state or latest interaction
  // changes, and on every new link and balance. i18n-ignore: SQL
  `
  -- An empty intent (only a hand-edited JSON import could write one) is no intent, as the rules read it.
  UPDATE contacts SET intent = NULL WHERE intent = '';
  ALTER TABLE interaction_people ADD COLUMN p_tier TEXT;
  ALTER TABLE interaction_people ADD COLUMN p_no_intent INTEGER;
  ALTER TABLE interaction_people ADD COLUMN p_active INTEGER;
  ALTER TABLE interaction_people ADD COLUMN is_latest INTEGER NOT NULL DEFAULT 0;
  UPDATE interaction_people SET (p_tier, p_no_intent, p_active, is_latest) =
    (SELECT c.tier, c.intent IS NULL, c.archived_at IS NULL, c.last_interaction_id IS interaction_people.interaction_id
     FROM contacts c WHERE c.id = interaction_people.contact_id);
  CREATE TRIGGER interaction_people_group AFTER INSERT ON interaction_people
  WHEN NEW.p_tier IS NULL OR NEW.p_no_intent IS NULL OR NEW.p_active IS NULL BEGIN
    UPDATE interaction_people SET (p_tier, p_no_intent, p_active, is_latest) =
      (SELECT c.tier, c.intent IS NULL, c.archived_at IS NULL, c.last_interaction_id IS NEW.interaction_id FROM contacts c WHERE c.id = NEW.contact_id)
    WHERE interaction_id = NEW.interaction_id AND contact_id = NEW.contact_id;
  END;
  CREATE TRIGGER interaction_people_regroup AFTER UPDATE OF contact_id ON interaction_people BEGIN
    UPDATE interaction_people SET (p_tier, p_no_intent, p_active, is_latest) =
      (SELECT c.tier, c.intent IS NULL, c.archived_at IS NULL, c.last_interaction_id IS NEW.interaction_id FROM contacts c WHERE c.id = NEW.contact_id)
    WHERE interaction_id = NEW.interaction_id AND contact_id = NEW.contact_id;
  END;

  ALTER TABLE person_balances ADD COLUMN p_tier TEXT;
  ALTER TABLE person_balances ADD COLUMN p_no_intent INTEGER;
  ALTER TABLE person_balances ADD COLUMN p_active INTEGER;
  UPDATE person_balances SET (p_tier, p_no_intent, p_active) =
    (SELECT c.tier, c.intent IS NULL, c.archived_at IS NULL FROM contacts c WHERE c.id = person_balances.contact_id);
  CREATE TRIGGER person_balances_group AFTER INSERT ON person_balances BEGIN
    UPDATE person_balances SET (p_tier, p_no_intent, p_active) =
      (SELECT c.tier, c.intent IS NULL, c.archived_at IS NULL FROM contacts c WHERE c.id = NEW.contact_id)
    WHERE contact_id = NEW.contact_id;
  END;

  CREATE TRIGGER contacts_regroup AFTER UPDATE OF tier, intent, archived_at ON contacts
  WHEN NEW.tier IS NOT OLD.tier OR (NEW.intent IS NULL) IS NOT (OLD.intent IS NULL)
    OR (NEW.archived_at IS NULL) IS NOT (OLD.archived_at IS NULL) BEGIN
    UPDATE interaction_people SET p_tier = NEW.tier, p_no_intent = NEW.intent IS NULL, p_active = NEW.archived_at IS NULL
    WHERE contact_id = NEW.id;
    UPDATE person_balances SET p_tier = NEW.tier, p_no_intent = NEW.intent IS NULL, p_active = NEW.archived_at IS NULL
    WHERE contact_id = NEW.id;
  END;
  CREATE TRIGGER contacts_latest_link AFTER UPDATE OF last_interaction_id ON contacts
  WHEN NEW.last_interaction_id IS NOT OLD.last_interaction_id BEGIN
    UPDATE interaction_people SET is_latest = 0 WHERE interaction_id = OLD.last_interaction_id AND contact_id = NEW.id;
    UPDATE interaction_people SET is_latest = 1 WHERE interaction_id = NEW.last_interaction_id AND contact_id = NEW.id;
  END;

  -- Help, intros, news, thanks… by day, ranked by group from the index alone.
  DROP INDEX interaction_people_kind_date;
  CREATE INDEX interaction_people_kind_date
    ON interaction_people (kind, date, direction, contact_id, created_at, p_active, p_tier, p_no_intent);
  -- Help and intros received, and news, per group by day: thank and congratulate read the first
  -- few of each group still waiting for a word (the columns after the day make them covering).
  CREATE INDEX interaction_people_thank_due
    ON interaction_people (p_tier, p_no_intent, date, interaction_id, contact_id, created_at, kind, direction, p_active)
    WHERE kind IN ('help', 'intro') AND direction = 'received' AND p_active = 1;
  CREATE INDEX interaction_people_news_due
    ON interaction_people (p_tier, p_no_intent, date, interaction_id, contact_id, created_at, kind, direction, p_active)
    WHERE kind = 'news' AND p_active = 1;
  -- Thanks and congratulations given, per person by day: what answers them.
  CREATE INDEX interaction_people_answers ON interaction_people (contact_id, kind, date, created_at, direction)
    WHERE kind IN ('thanks', 'congrats') AND direction <> 'received';
  -- Promised follow-ups still open: the promise is the person's latest interaction.
  DROP INDEX interaction_people_follow_up;
  CREATE INDEX interaction_people_follow_up_open ON interaction_people (follow_up_on, contact_id, p_active, p_tier, p_no_intent)
    WHERE follow_up_on IS NOT NULL AND is_latest = 1;
  -- Introductions you made that are still the latest news of the people introduced.
  CREATE INDEX interaction_people_intro_open ON interaction_people (date, interaction_id, p_active, kind, direction, is_latest)
    WHERE is_latest = 1 AND kind = 'intro' AND direction <> 'received';
  -- How many people each introduction you made has, from a narrow index rather than the links' rows.
  CREATE INDEX interaction_people_intro_links ON interaction_people (interaction_id, kind, direction)
    WHERE kind = 'intro' AND direction <> 'received';
  DROP INDEX person_balances_owed;
  CREATE INDEX person_balances_owed ON person_balances (p_tier, p_no_intent, last_received_on, gave, received, last_gave_on, p_active)
    WHERE received > gave AND p_active = 1;

  CREATE TABLE interaction_kind_days (
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    direction TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (date, kind, direction)
  ) WITHOUT ROWID;
  INSERT INTO interaction_kind_days (date, kind, direction, n)
    SELECT date, kind, direction, count(*) FROM interactions GROUP BY date, kind, direction;
  CREATE TRIGGER interactions_count_kind_day AFTER INSERT ON interactions BEGIN
    INSERT INTO interaction_kind_days (date, kind, direction, n) VALUES (NEW.date, NEW.kind, NEW.direction, 1)
      ON CONFLICT (date, kind, direction) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER interactions_uncount_kind_day AFTER DELETE ON interactions BEGIN
    UPDATE interaction_kind_days SET n = n - 1 WHERE date = OLD.date AND kind = OLD.kind AND direction = OLD.direction;
    DELETE FROM interaction_kind_days WHERE date = OLD.date AND kind = OLD.kind AND direction = OLD.direction AND n <= 0;
  END;
  CREATE TRIGGER interactions_recount_kind_day AFTER UPDATE OF date, kind, direction ON interactions BEGIN
    UPDATE interaction_kind_days SET n = n - 1 WHERE date = OLD.date AND kind = OLD.kind AND direction = OLD.direction;
    DELETE FROM interaction_kind_days WHERE date = OLD.date AND kind = OLD.kind AND direction = OLD.direction AND n <= 0;
    INSERT INTO interaction_kind_days (date, kind, direction, n) VALUES (NEW.date, NEW.kind, NEW.direction, 1)
      ON CONFLICT (date, kind, direction) DO UPDATE SET n = n + 1;
  END;

  -- Each person's give/receive balance per quarter (help, intros, shares; asks made), for those with
  -- any: a quarterly review ranks the most one-sided from these, without adding up the quarter's links.
  CREATE TABLE person_quarter_balances (
    quarter TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    gave INTEGER NOT NULL,
    received INTEGER NOT NULL,
    asked INTEGER NOT NULL,
    PRIMARY KEY (quarter, contact_id)
  ) WITHOUT ROWID;
  INSERT INTO person_quarter_balances (quarter, contact_id, gave, received, asked)
    SELECT substr(date, 1, 4) || 'Q' || ((CAST(substr(date, 6, 2) AS INTEGER) + 2) / 3), contact_id,
      sum(kind <> 'ask' AND direction <> 'received'), sum(kind <> 'ask' AND direction <> 'gave'), sum(kind = 'ask' AND direction = 'gave')
    FROM interaction_people WHERE (kind IN ('help', 'intro', 'share') OR (kind = 'ask' AND direction = 'gave')) AND date IS NOT NULL
    GROUP BY 1, 2;
  CREATE TRIGGER interaction_people_quarter_add AFTER INSERT ON interaction_people
  WHEN (NEW.kind IN ('help', 'intro', 'share') OR (NEW.kind = 'ask' AND NEW.direction = 'gave')) AND NEW.date IS NOT NULL BEGIN
    INSERT INTO person_quarter_balances (quarter, contact_id, gave, received, asked)
      VALUES (substr(NEW.date, 1, 4) || 'Q' || ((CAST(substr(NEW.date, 6, 2) AS INTEGER) + 2) / 3), NEW.contact_id, NEW.kind <> 'ask' AND NEW.direction <> 'received',
        NEW.kind <> 'ask' AND NEW.direction <> 'gave', NEW.kind = 'ask' AND NEW.direction = 'gave')
      ON CONFLICT (quarter, contact_id) DO UPDATE SET gave = gave + excluded.gave, received = received + excluded.received,
        asked = asked + excluded.asked;
  END;
  CREATE TRIGGER interaction_people_quarter_remove AFTER DELETE ON interaction_people
  WHEN OLD.kind IN ('help', 'intro', 'share', 'ask') AND OLD.date IS NOT NULL BEGIN
    UPDATE person_quarter_balances SET gave = gave - (OLD.kind <> 'ask' AND OLD.direction <> 'received'),
      received = received - (OLD.kind <> 'ask' AND OLD.direction <> 'gave'), asked = asked - (OLD.kind = 'ask' AND OLD.direction = 'gave')
    WHERE quarter = substr(OLD.date, 1, 4) || 'Q' || ((CAST(substr(OLD.date, 6, 2) AS INTEGER) + 2) / 3) AND contact_id = OLD.contact_id;
    DELETE FROM person_quarter_balances WHERE quarter = substr(OLD.date, 1, 4) || 'Q' || ((CAST(substr(OLD.date, 6, 2) AS INTEGER) + 2) / 3) AND contact_id = OLD.contact_id
      AND gave = 0 AND received = 0 AND asked = 0;
  END;
  CREATE TRIGGER interaction_people_quarter_move AFTER UPDATE OF date, kind, direction, contact_id ON interaction_people BEGIN
    UPDATE person_quarter_balances SET gave = gave - (OLD.kind <> 'ask' AND OLD.direction <> 'received'),
      received = received - (OLD.kind <> 'ask' AND OLD.direction <> 'gave'), asked = asked - (OLD.kind = 'ask' AND OLD.direction = 'gave')
    WHERE OLD.kind IN ('help', 'intro', 'share', 'ask') AND quarter = substr(OLD.date, 1, 4) || 'Q' || ((CAST(substr(OLD.date, 6, 2) AS INTEGER) + 2) / 3) AND contact_id = OLD.contact_id;
    DELETE FROM person_quarter_balances WHERE quarter = substr(OLD.date, 1, 4) || 'Q' || ((CAST(substr(OLD.date, 6, 2) AS INTEGER) + 2) / 3) AND contact_id = OLD.contact_id
      AND gave = 0 AND received = 0 AND asked = 0;
    INSERT INTO person_quarter_balances (quarter, contact_id, gave, received, asked)
      SELECT substr(NEW.date, 1, 4) || 'Q' || ((CAST(substr(NEW.date, 6, 2) AS INTEGER) + 2) / 3), NEW.contact_id, NEW.kind <> 'ask' AND NEW.direction <> 'received',
        NEW.kind <> 'ask' AND NEW.direction <> 'gave', NEW.kind = 'ask' AND NEW.direction = 'gave'
      WHERE (NEW.kind IN ('help', 'intro', 'share') OR (NEW.kind = 'ask' AND NEW.direction = 'gave')) AND NEW.date IS NOT NULL
      ON CONFLICT (quarter, contact_id) DO UPDATE SET gave = gave + excluded.gave, received = received + excluded.received,
        asked = asked + excluded.asked;
  END;
  -- The most one-sided first (as src/domain/review.ts ranks them), and those you gave nothing to.
  CREATE INDEX person_quarter_one_sided
    ON person_quarter_balances (quarter, abs(received + asked - gave) DESC, (gave + received + asked) DESC, contact_id, gave, received, asked);
  CREATE INDEX person_quarter_only_take
    ON person_quarter_balances (quarter, (received + asked) DESC, contact_id, gave, received, asked) WHERE gave = 0;

  CREATE INDEX contacts_archived ON contacts (id) WHERE archived_at IS NOT NULL;
  -- Birthdays and milestones near a day, with what ranks them, without reading anyone's record.
  DROP INDEX contacts_birthday;
  CREATE INDEX contacts_birthday ON contacts (substr(birthday, -5), archived_at, tier, intent IS NULL, birthday, id)
    WHERE birthday IS NOT NULL;
  DROP INDEX contacts_milestones;
  CREATE INDEX contacts_milestones ON contacts (archived_at, id, tier, intent IS NULL, milestones) WHERE milestones <> '[]';
  -- People with a cadence of their own, by the day keep-in-touch falls due, per tier and intent
  -- given: one short read per group, however many different cadences people were given.
  CREATE INDEX contacts_keep_in_touch_own ON contacts (tier, intent IS NULL,
    date(coalesce(last_interaction_on, CASE WHEN source = 'imported' THEN substr(created_at, 1, 10) ELSE coalesce(met_on, substr(created_at, 1, 10)) END), '+' || cadence_days || ' days'),
    id, cadence_days, archived_at, last_interaction_on, source, created_at, met_on)
    WHERE archived_at IS NULL AND cadence_days IS NOT NULL;
  `,
  // 5: a keep-in-touch reminder marked done restarts that person's cadence from the day it was
  // done (before, done hid the reminder for good, since its due day only moved when something was
  // logged). Keep-in-touch counts from the later of the last interaction (or the start) and that
  // day: the two keep-in-touch indexes are rebuilt on the new expression. And the day net was
  // first used (the network's start, never an imported "connected on" date) is read from the
  // first record written.
  `
  ALTER TABLE contacts ADD COLUMN keep_in_touch_done_on TEXT;
  DROP INDEX contacts_keep_in_touch;
  CREATE INDEX contacts_keep_in_touch ON contacts (tier, cadence_days, intent IS NULL,
    max(coalesce(last_interaction_on, CASE WHEN source = 'imported' THEN substr(created_at, 1, 10) ELSE coalesce(met_on, substr(created_at, 1, 10)) END), coalesce(keep_in_touch_done_on, '')), id,
    archived_at, last_interaction_on, source, created_at, met_on, keep_in_touch_done_on)
    WHERE archived_at IS NULL;
  DROP INDEX contacts_keep_in_touch_own;
  CREATE INDEX contacts_keep_in_touch_own ON contacts (tier, intent IS NULL,
    date(max(coalesce(last_interaction_on, CASE WHEN source = 'imported' THEN substr(created_at, 1, 10) ELSE coalesce(met_on, substr(created_at, 1, 10)) END), coalesce(keep_in_touch_done_on, '')), '+' || cadence_days || ' days'),
    id, cadence_days, archived_at, last_interaction_on, source, created_at, met_on, keep_in_touch_done_on)
    WHERE archived_at IS NULL AND cadence_days IS NOT NULL;
  -- Reminders already marked done this way restart their person's cadence from that day.
  UPDATE contacts SET keep_in_touch_done_on = done.day
  FROM (SELECT substr(key, 15, instr(substr(key, 15), ':') - 1) AS id, max(done_on) AS day FROM reminder_state
        WHERE key LIKE 'keep-in-touch:%:%' AND done_on IS NOT NULL GROUP BY 1) AS done
  WHERE contacts.id = done.id;
  DELETE FROM reminder_state WHERE key LIKE 'keep-in-touch:%:%' AND done_on IS NOT NULL;
  CREATE INDEX contacts_created ON contacts (created_at);
  CREATE INDEX interactions_created ON interactions (created_at);
  `,
  // 6: what net remembers about where a person's profile came from (src/domain/provenance.ts):
  // what the last LinkedIn import said, the fields the user emptied on purpose, the milestones a
  // job change ended. A table of its own, read by import and edit only: the contacts rows the
  // daily reads touch stay as small as they were, and a 30,000-people LinkedIn import adds none to them.
  `
  CREATE TABLE contact_memory (
    contact_id TEXT PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    memory TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 7: search (net search). An FTS5 index over what is written about people (name, company, role,
  // sector, tags, where met, notes) and interactions (note, event), accent- and case-insensitive.
  // The store keeps it on every write (src/store/search.ts); `search_docs` maps an index row to
  // the person ('c') or interaction ('i') it stands for, by an id that a VACUUM never renumbers.
  // Built here for the data already there.
  `
  CREATE TABLE search_docs (
    doc INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('c', 'i')),
    ref TEXT NOT NULL,
    UNIQUE (kind, ref)
  );
  CREATE VIRTUAL TABLE search_text USING fts5(name, company, role, sector, tags, met, notes,
    tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(10.0, 4.0, 3.0, 3.0, 3.0, 2.0, 1.0)');
  INSERT INTO search_docs (kind, ref) SELECT 'c', id FROM contacts ORDER BY rowid;
  INSERT INTO search_docs (kind, ref) SELECT 'i', id FROM interactions ORDER BY rowid;
  INSERT INTO search_text (rowid, name, company, role, sector, tags, met, notes)
    SELECT d.doc, c.name, c.company, c.role, c.sector, (SELECT group_concat(value, ' ') FROM json_each(c.tags)), c.met_where, c.notes
    FROM search_docs d JOIN contacts c ON c.id = d.ref WHERE d.kind = 'c';
  INSERT INTO search_text (rowid, name, company, role, sector, tags, met, notes)
    SELECT d.doc, NULL, NULL, NULL, NULL, NULL, i.event_name, i.note
    FROM search_docs d JOIN interactions i ON i.id = d.ref WHERE d.kind = 'i';
  `,
  // 8: "met through": who introduced you to a person (`net add/edit --via`, an intro received), by
  // id; emptied when that person is purged. The index answers "who did they introduce you to".
  // And two indexes for the rules that reach back years (gratitude, rediscover): help and intros
  // received per person, latest first; and active people by id with the day they fell silent (the
  // last interaction, or when met / connected for someone with none), read from a point in id
  // order a few rows at a time.
  `
  ALTER TABLE contacts ADD COLUMN met_through TEXT REFERENCES contacts (id) ON DELETE SET NULL;
  CREATE INDEX contacts_met_through ON contacts (met_through) WHERE met_through IS NOT NULL;
  CREATE INDEX interaction_people_helped
    ON interaction_people (contact_id, date DESC, interaction_id, kind, direction, p_active)
    WHERE kind IN ('help', 'intro') AND direction = 'received';
  CREATE INDEX contacts_silent ON contacts (id, coalesce(last_interaction_on, met_on))
    WHERE archived_at IS NULL AND coalesce(last_interaction_on, met_on) IS NOT NULL;
  `,
  // 9: the journal (net undo, src/store/journal.ts): one entry per command that changed data,
  // written in the same transaction as the change: its command line, its time, and the rows it
  // changed, each as {table, key, before, after} on stable ids (values, never SQL text).
  // `undoes` names the entry an undo took back; an entry with undoable = 0 is one undo refuses.
  `
  CREATE TABLE journal (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    command TEXT NOT NULL,
    changes TEXT NOT NULL,
    undoes INTEGER,
    undoable INTEGER NOT NULL DEFAULT 1
  );
  `,
  // 10: what is kept ready on write is written by TypeScript (src/store/kept.ts) from src/domain's
  // definitions, no longer by triggers holding SQL copies of them: the 19 triggers of migrations 3
  // and 4 go. The tables and link columns they kept stay (the daily reads are index ranges over
  // them) and are worked out again once here, from the base tables. The day keep-in-touch counts
  // from becomes a column (keepInTouchSince), and the two keep-in-touch indexes are built on it
  // rather than on a SQL copy of its definition. An index finds a person's quarterly balances.
  (db: Db) => {
    db.exec(`
    DROP TRIGGER IF EXISTS interaction_people_copy;
    DROP TRIGGER IF EXISTS interactions_edit_links;
    DROP TRIGGER IF EXISTS interaction_people_balance;
    DROP TRIGGER IF EXISTS interaction_people_rebalance;
    DROP TRIGGER IF EXISTS interaction_people_unbalance;
    DROP TRIGGER IF EXISTS interactions_count_day;
    DROP TRIGGER IF EXISTS interactions_uncount_day;
    DROP TRIGGER IF EXISTS interactions_recount_day;
    DROP TRIGGER IF EXISTS interaction_people_group;
    DROP TRIGGER IF EXISTS interaction_people_regroup;
    DROP TRIGGER IF EXISTS person_balances_group;
    DROP TRIGGER IF EXISTS contacts_regroup;
    DROP TRIGGER IF EXISTS contacts_latest_link;
    DROP TRIGGER IF EXISTS interactions_count_kind_day;
    DROP TRIGGER IF EXISTS interactions_uncount_kind_day;
    DROP TRIGGER IF EXISTS interactions_recount_kind_day;
    DROP TRIGGER IF EXISTS interaction_people_quarter_add;
    DROP TRIGGER IF EXISTS interaction_people_quarter_remove;
    DROP TRIGGER IF EXISTS interaction_people_quarter_move;
    ALTER TABLE contacts ADD COLUMN keep_in_touch_since TEXT;
    DROP INDEX contacts_keep_in_touch;
    DROP INDEX contacts_keep_in_touch_own;
    CREATE INDEX person_quarter_balances_person ON person_quarter_balances (contact_id);`);
    rebuildKept(db);
    db.exec(`
    CREATE INDEX contacts_keep_in_touch ON contacts (tier, cadence_days, intent IS NULL, keep_in_touch_since, id, archived_at)
      WHERE archived_at IS NULL;
    CREATE INDEX contacts_keep_in_touch_own
      ON contacts (tier, intent IS NULL, date(keep_in_touch_since, '+' || cadence_days || ' days'), id, cadence_days, archived_at, keep_in_touch_since)
      WHERE archived_at IS NULL AND cadence_days IS NOT NULL;`);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

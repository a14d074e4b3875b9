/**
 * The day a person's keep-in-touch counts from, in SQL over `contacts`: keepInTouchSince in
 * src/domain/contacts.ts, written the way the contacts_keep_in_touch indexes (migration 5) hold it,
 * so SQLite reads it from them. `c` is the contacts table's alias.
 */
export function keepInTouchSinceSql(c = "c."): string {
  return `max(coalesce(${c}last_interaction_on, CASE WHEN ${c}source = 'imported' THEN substr(${c}created_at, 1, 10) ELSE coalesce(${c}met_on, substr(${c}created_at, 1, 10)) END), coalesce(${c}keep_in_touch_done_on, ''))`;
}

"""Who may do what on the shelter's server, said to PostgreSQL itself.

Run by the owner role (`server init`, after every migration); every statement can run again.
- One group role `<prefix>:staff`; every member of staff logs in as their own role, a member of
  it. Nobody else may connect to the database.
- Row-level security: a counsellor reaches the clients assigned or granted to them, a director
  all; an administrator (or the recovery code) reads every row, for backups, and writes none.
  The application checks the same (services/guard.py): two locks on one door.
- The audit trail, its seals, the consent ledger, the voids and the kept values of corrected
  fields take INSERT only: no staff role can change or delete an entry (and triggers refuse it
  even to the owner, which the program never uses).
- Accounts are made and changed through SECURITY DEFINER functions that check, inside the
  server, that the caller is an administrator; staff roles hold no CREATEROLE.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Tables whose rows belong to one client (client_id), and the two reached through a parent.
CLIENT_TABLES = (
    "client_aliases", "referrals", "exploitations", "programme_ends", "consent_events",
    "counselling_sessions", "condition_checks", "autonomy_goals", "notifications",
    "judicial_cases", "residence_documents", "name_tokens", "plan_actions", "case_notes",
    "record_voids", "record_revisions", "client_states", "client_deadlines", "reminder_actions",
    "appointments",
)
THROUGH_PARENT = {
    "goal_milestones": ("goal_id", "autonomy_goals"),
    "court_dates": ("case_id", "judicial_cases"),
}
APPEND_ONLY = ("audit_log", "audit_seals", "consent_events", "record_voids", "record_revisions",
               "reminder_actions")
# Only directors and administrators change these (the application asks the same).
MANAGED = ("installation", "signing_identity", "access_grants")
ACCOUNTS = ("users", "user_roles")


# The function the newest policies brought: a server without it has the current schema but
# not this version's policies (`server upgrade` renews them), and workstations say so at login.
NEWEST_FUNCTION = "sd_today()"


def staff_role(prefix: str) -> str:
    return f"{prefix}:staff"


def login_role(prefix: str, username: str) -> str:
    """The PostgreSQL role a member of staff (or the recovery code, '#recovery') logs in as."""
    return f"{prefix}:{username}"


def _functions(prefix: str, staff: str) -> list[str]:
    p = prefix.replace("'", "''")
    return [
        # Who is connected, as the application names them (None for anyone else).
        f"""
        CREATE OR REPLACE FUNCTION sd_username() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT CASE WHEN left(session_user, {len(prefix) + 1}) = '{p}:'
                        THEN substr(session_user, {len(prefix) + 2}) END
        $$""",
        # A transaction in which a director moves a local database in (server import).
        """
        CREATE TABLE IF NOT EXISTS sd_import_sessions (
            pid integer NOT NULL, xid bigint NOT NULL, PRIMARY KEY (pid, xid))""",
        """
        CREATE OR REPLACE FUNCTION sd_importing() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM sd_import_sessions
                           WHERE pid = pg_backend_pid() AND xid = txid_current())
        $$""",
        """
        CREATE OR REPLACE FUNCTION sd_has_role(wanted text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT sd_importing()
                OR (sd_username() = '#recovery' AND wanted = 'administrator')
                OR EXISTS (SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
                           WHERE u.username = sd_username() AND u.active
                             AND lower(r.role) = wanted)
        $$""",
        """
        CREATE OR REPLACE FUNCTION sd_user_id() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT id FROM users WHERE username = sd_username() AND active
        $$""",
        # The shelter's date (a grant's period ends after its last day there), as the
        # application's clock gives it (services/clock.py).
        """
        CREATE OR REPLACE FUNCTION sd_today() RETURNS date
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT (now() AT TIME ZONE 'Europe/Brussels')::date
        $$""",
        # May the connected person work on this client's file (read and write)?
        """
        CREATE OR REPLACE FUNCTION sd_works_on(client integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT sd_has_role('director')
                OR (sd_has_role('counsellor')
                    AND (EXISTS (SELECT 1 FROM clients c WHERE c.id = client
                                   AND c.counsellor_id = sd_user_id())
                         OR EXISTS (SELECT 1 FROM access_grants g
                                    WHERE g.client_id = client AND g.user_id = sd_user_id()
                                      AND g.revoked_at IS NULL
                                      AND (g.until IS NULL OR g.until >= sd_today()))))
        $$""",
        # The case code of a client out of reach: the application records the refusal with it.
        """
        CREATE OR REPLACE FUNCTION sd_client_code(client integer) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT case_code FROM clients WHERE id = client AND sd_username() IS NOT NULL
        $$""",
        # Case codes are pseudonyms, and numbered across every counsellor's clients.
        """
        CREATE OR REPLACE FUNCTION sd_last_case_code(stem text) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT max(case_code) FROM clients
            WHERE left(case_code, length(stem)) = stem AND sd_username() IS NOT NULL
        $$""",
        # Possible duplicates among clients out of the caller's reach (services/duplicates.py):
        # those of this nationality holding most of a name's index buckets, by case code and
        # phase only. Too short a name (few buckets) finds nothing; twenty at most.
        """
        CREATE OR REPLACE FUNCTION sd_lookalikes(wanted integer[], nat text)
        RETURNS TABLE (code text, phase text, share double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT c.case_code::text, s.phase::text,
                   m.shared::double precision / cardinality(wanted)
            FROM (SELECT t.client_id, count(*) AS shared
                  FROM name_tokens t JOIN clients n ON n.id = t.client_id
                  WHERE n.nationality = nat AND t.bucket = ANY(wanted)
                  GROUP BY t.client_id
                  HAVING count(*) >= ceil(0.85 * cardinality(wanted))) m
            JOIN clients c ON c.id = m.client_id
            JOIN client_states s ON s.client_id = c.id
            WHERE cardinality(wanted) >= 6
              AND (SELECT sd_has_role('counsellor') OR sd_has_role('director'))
              AND NOT sd_works_on(c.id)
            ORDER BY 3 DESC, 1
            LIMIT 20
        $$""",
        # Accounts. Staff hold no CREATEROLE: these check the caller inside the server.
        f"""
        CREATE OR REPLACE FUNCTION sd_set_login(username text, verifier text,
                                                valid_until timestamptz)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            role text := '{p}:' || username;
        BEGIN
            IF NOT (sd_has_role('administrator')
                    OR (username = '#recovery' AND sd_has_role('director'))) THEN
                RAISE EXCEPTION 'only an administrator manages accounts'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF username !~ '^([a-z][a-z0-9._-]{{1,31}}|#recovery)$' THEN
                RAISE EXCEPTION 'not a user name' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF verifier !~ '^SCRAM-SHA-256\\$' THEN
                RAISE EXCEPTION 'a SCRAM verifier is required'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) THEN
                EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', role, '{staff}');
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', role, verifier,
                           coalesce(valid_until::text, 'infinity'));
        END $$""",
        f"""
        CREATE OR REPLACE FUNCTION sd_end_login(username text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT sd_has_role('administrator') THEN
                RAISE EXCEPTION 'only an administrator manages accounts'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{p}:' || username) THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', '{p}:' || username);
            END IF;
        END $$""",
        # The person behind a one-time code has set their own password: the code's expiry goes.
        """
        CREATE OR REPLACE FUNCTION sd_keep_login() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF sd_username() IS NULL THEN
                RAISE EXCEPTION 'not a member of staff' USING ERRCODE = 'insufficient_privilege';
            END IF;
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', session_user, 'infinity');
        END $$""",
        # Moving a local database in: only into a server that holds nothing but its first
        # director, by a director; the rest of this transaction may write every table.
        """
        CREATE OR REPLACE FUNCTION sd_begin_import() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT sd_has_role('director') THEN
                RAISE EXCEPTION 'only a director moves a database in'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM clients) OR (SELECT count(*) FROM users) > 1 THEN
                RAISE EXCEPTION 'the server already holds a shelter''s records'
                    USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            INSERT INTO sd_import_sessions VALUES (pg_backend_pid(), txid_current());
            -- What `server init` wrote goes; the local database brings its own (TRUNCATE
            -- fires no DELETE trigger, and only this owner's function may do it).
            TRUNCATE audit_seals, audit_log, user_roles, users, installation, signing_identity,
                     key_slots RESTART IDENTITY CASCADE;
        END $$""",
        # Rows inserted with their ids (the demo, an import): the sequences continue after
        # them. It only ever moves a sequence past the ids already used.
        """
        CREATE OR REPLACE FUNCTION sd_sync_sequences() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            seq record;
        BEGIN
            IF sd_username() IS NULL THEN
                RAISE EXCEPTION 'not a member of staff' USING ERRCODE = 'insufficient_privilege';
            END IF;
            FOR seq IN SELECT s.relname AS seqname, t.relname AS tablename, a.attname AS col
                       FROM pg_class s JOIN pg_depend d ON d.objid = s.oid
                       JOIN pg_class t ON t.oid = d.refobjid
                       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                       WHERE s.relkind = 'S' AND d.deptype = 'a' LOOP
                EXECUTE format(
                    'SELECT setval(%L, greatest(coalesce((SELECT max(%I) FROM %I), 0), '
                    '(SELECT last_value FROM %I)))',
                    seq.seqname, seq.col, seq.tablename, seq.seqname);
            END LOOP;
        END $$""",
        """
        CREATE OR REPLACE FUNCTION sd_end_import() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT sd_importing() THEN
                RAISE EXCEPTION 'no import in progress' USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM sd_sync_sequences();
            DELETE FROM sd_import_sessions WHERE pid = pg_backend_pid();
        END $$""",
    ]


def apply(conn: Connection, prefix: str) -> None:
    """Roles, privileges and policies for the database `conn` is on, as its owner."""
    staff = staff_role(prefix)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    owner_sql = [
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{staff}') THEN
                CREATE ROLE "{staff}" NOLOGIN;
            END IF;
        END $$""",
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
        f'GRANT CONNECT ON DATABASE "{database}" TO "{staff}"',
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f'GRANT USAGE ON SCHEMA public TO "{staff}"',
        *_functions(prefix, staff),
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO "{staff}"',
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{staff}"',
        f'REVOKE ALL ON sd_import_sessions FROM "{staff}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{staff}"',
    ]
    for statement in owner_sql:
        conn.execute(text(statement))
    _row_security(conn, staff)


def _policy(conn: Connection, table: str, name: str, clause: str) -> None:
    conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
    conn.execute(text(f"CREATE POLICY {name} ON {table} {clause}"))


def _row_security(conn: Connection, staff: str) -> None:
    def grant(privileges: str, table: str) -> None:
        conn.execute(text(f'GRANT {privileges} ON {table} TO "{staff}"'))

    def secure(table: str) -> None:
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))

    reader = "sd_has_role('administrator')"
    # Uncorrelated sub-selects are evaluated once per statement, not once per row.
    works_on = "((SELECT sd_has_role('director')) OR sd_works_on({col}))"

    secure("clients")
    grant("INSERT, UPDATE, DELETE", "clients")
    # The row's own columns, not sd_works_on(id): a row being inserted is not there to look up.
    clients = ("((SELECT sd_has_role('director')) OR ((SELECT sd_has_role('counsellor')) AND "
               "(counsellor_id = (SELECT sd_user_id()) OR id IN (SELECT g.client_id FROM "
               "access_grants g WHERE g.user_id = (SELECT sd_user_id()) AND "
               "g.revoked_at IS NULL AND (g.until IS NULL OR g.until >= (SELECT sd_today()))))))")
    _policy(conn, "clients", "sd_read", f"FOR SELECT USING ({clients} OR (SELECT {reader}))")
    _policy(conn, "clients", "sd_insert",
            "FOR INSERT WITH CHECK ((SELECT sd_has_role('director')) OR "
            "((SELECT sd_has_role('counsellor')) AND counsellor_id = (SELECT sd_user_id())) "
            "OR (SELECT sd_importing()))")
    _policy(conn, "clients", "sd_update", f"FOR UPDATE USING ({clients}) WITH CHECK ({clients})")
    _policy(conn, "clients", "sd_delete", f"FOR DELETE USING ({clients})")

    for table in (*CLIENT_TABLES, *THROUGH_PARENT):
        secure(table)
        if table in APPEND_ONLY:
            grant("INSERT", table)
        else:
            grant("INSERT, UPDATE, DELETE", table)
        if table in THROUGH_PARENT:
            column, parent = THROUGH_PARENT[table]
            owner_of = f"(SELECT p.client_id FROM {parent} p WHERE p.id = {column})"
        else:
            owner_of = "client_id"
        mine = works_on.format(col=owner_of)
        _policy(conn, table, "sd_read", f"FOR SELECT USING ({mine} OR (SELECT {reader}))")
        _policy(conn, table, "sd_insert", f"FOR INSERT WITH CHECK ({mine})")
        _policy(conn, table, "sd_update", f"FOR UPDATE USING ({mine}) WITH CHECK ({mine})")
        _policy(conn, table, "sd_delete", f"FOR DELETE USING ({mine})")

    for table in ("audit_log", "audit_seals"):
        grant("INSERT", table)

    managers = "(SELECT sd_has_role('director') OR sd_has_role('administrator'))"
    for table in MANAGED:
        secure(table)
        grant("INSERT, UPDATE, DELETE", table)
        _policy(conn, table, "sd_read", "FOR SELECT USING (true)")
        _policy(conn, table, "sd_write", f"FOR ALL USING ({managers}) WITH CHECK ({managers})")

    admins = "(SELECT sd_has_role('administrator'))"
    for table in ACCOUNTS:
        secure(table)
        grant("INSERT, UPDATE", table)
        _policy(conn, table, "sd_read", "FOR SELECT USING (true)")
        _policy(conn, table, "sd_insert", f"FOR INSERT WITH CHECK ({admins})")
        _policy(conn, table, "sd_update", f"FOR UPDATE USING ({admins}) WITH CHECK ({admins})")

    # Saved views of the client list: each person's own, nobody else's.
    secure("saved_views")
    grant("INSERT, UPDATE, DELETE", "saved_views")
    # (An administrator reads them for backups; an import brings everyone's in.)
    own = "(user_id = (SELECT sd_user_id()))"
    _policy(conn, "saved_views", "sd_read", f"FOR SELECT USING ({own} OR (SELECT {reader}))")
    _policy(conn, "saved_views", "sd_insert",
            f"FOR INSERT WITH CHECK ({own} OR (SELECT sd_importing()))")
    _policy(conn, "saved_views", "sd_update", f"FOR UPDATE USING ({own}) WITH CHECK ({own})")
    _policy(conn, "saved_views", "sd_delete", f"FOR DELETE USING ({own})")

    # Key slots: everyone reads (they are sealed), each changes their own, administrators
    # (and directors, for the recovery code) any.
    secure("key_slots")
    grant("INSERT, UPDATE, DELETE", "key_slots")
    slot_keepers = ("(name = (SELECT sd_username()) OR (SELECT sd_has_role('administrator')) OR "
                    "(name = '#recovery' AND (SELECT sd_has_role('director'))))")
    _policy(conn, "key_slots", "sd_read", "FOR SELECT USING (true)")
    _policy(conn, "key_slots", "sd_write",
            f"FOR ALL USING ({slot_keepers}) WITH CHECK ({slot_keepers})")
    secure("server_meta")
    grant("UPDATE", "server_meta")
    _policy(conn, "server_meta", "sd_read", "FOR SELECT USING (true)")
    _policy(conn, "server_meta", "sd_write", f"FOR UPDATE USING ({admins}) WITH CHECK ({admins})")

#!/usr/bin/env bash
# Manage a private, local PostgreSQL server for EqualityMark development and tests.
#
# Usage:
#   infra/postgres.sh start    NAME PORT DBNAME   # idempotent: install/init/start/provision
#   infra/postgres.sh stop     NAME               # pg_ctl stop -m fast (no-op if not running)
#   infra/postgres.sh reset-db NAME PORT DBNAME   # ensure started, drop + recreate DBNAME (roles kept)
#   infra/postgres.sh backup   NAME PORT DBNAME FILE     # pg_dump -Fc of DBNAME into FILE (a consistent snapshot)
#   infra/postgres.sh restore  NAME PORT FILE NEWDBNAME  # a fresh NEWDBNAME (must not exist) from FILE
#   infra/postgres.sh counts   NAME PORT DBNAME          # "schema.table rows" for every table, to compare copies
#   infra/postgres.sh sql      NAME PORT DBNAME < SQL    # run SQL as the superuser; unaligned rows, ' '-separated
#
# Layout (all under <repo>/.local/postgres/, which is git-ignored):
#   NAME/       data directory (initdb)
#   NAME.sock/  unix socket directory
#   NAME.log    server log (initdb output is appended here too)
#   NAME.lock   flock file serialising concurrent invocations for NAME
#
# The server listens on 127.0.0.1:PORT only. Local (unix socket) connections are
# "trust"; TCP connections use scram-sha-256. Provisioned roles:
#   equalitymark_owner  password $EQUALITYMARK_DB_OWNER_PASSWORD (default owner-local-only)
#   equalitymark_app    password $EQUALITYMARK_DB_APP_PASSWORD   (default app-local-only)
#   equalitymark_platform password $EQUALITYMARK_DB_PLATFORM_PASSWORD (default platform-local-only): key ring, operators' credentials
#   equalitymark_insight  password $EQUALITYMARK_DB_INSIGHT_PASSWORD (default insight-local-only): shared benchmark counts only
#
# Uses the Debian binaries in /usr/lib/postgresql/<ver>/bin, installing the
# `postgresql` package with apt-get if none are present. When run as root, all
# PostgreSQL programs run as the `postgres` OS user (initdb/pg_ctl refuse root).

set -Eeuo pipefail
umask 022

PROG="infra/postgres.sh"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO="$(dirname "$SCRIPT_DIR")"
BASE="$REPO/.local/postgres"

OWNER_ROLE="equalitymark_owner"
APP_ROLE="equalitymark_app"
PLATFORM_ROLE="equalitymark_platform"
INSIGHT_ROLE="equalitymark_insight"
OWNER_PW="${EQUALITYMARK_DB_OWNER_PASSWORD:-owner-local-only}"
APP_PW="${EQUALITYMARK_DB_APP_PASSWORD:-app-local-only}"
PLATFORM_PW="${EQUALITYMARK_DB_PLATFORM_PASSWORD:-platform-local-only}"
INSIGHT_PW="${EQUALITYMARK_DB_INSIGHT_PASSWORD:-insight-local-only}"

# Don't let the caller's libpq environment (PGHOST, PGHOSTADDR, PGSERVICE, PGOPTIONS,
# PGDATABASE, ...) redirect or alter our own psql/pg_ctl invocations.
while IFS= read -r _v; do unset "$_v"; done < <(compgen -e | grep '^PG' || true)
unset _v

# Set once we know which server log to show on failure.
LOG=""
SHOW_LOG_ON_FAIL=0

usage() {
    cat >&2 <<EOF
Usage:
  $PROG start    NAME PORT DBNAME   # idempotent
  $PROG stop     NAME
  $PROG reset-db NAME PORT DBNAME   # drop + recreate DBNAME (for tests), roles kept
  $PROG backup   NAME PORT DBNAME FILE
  $PROG restore  NAME PORT FILE NEWDBNAME
  $PROG counts   NAME PORT DBNAME
  $PROG sql      NAME PORT DBNAME < SQL
EOF
    exit 2
}

err() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { err "error: $*"; exit 1; }

on_exit() {
    local rc=$?
    if [[ $rc -ne 0 && $SHOW_LOG_ON_FAIL -eq 1 && -n "$LOG" && -s "$LOG" ]]; then
        {
            echo "---- last 40 lines of $LOG ----"
            tail -n 40 "$LOG" || true
            echo "-------------------------------"
        } >&2
    fi
    exit "$rc"
}
trap on_exit EXIT

# ---------------------------------------------------------------------------
# Argument validation
# ---------------------------------------------------------------------------
validate_name() {
    [[ "$1" =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$ ]] ||
        die "invalid NAME '$1' (use letters, digits, '_', '.', '-'; must not start with '.', '_' or '-')"
}
validate_port() {
    if ! [[ "$1" =~ ^[0-9]{1,5}$ ]] || ((10#$1 < 1024 || 10#$1 > 65535)); then
        die "invalid PORT '$1' (must be 1024-65535)"
    fi
}
validate_db() {
    [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_-]{0,62}$ ]] ||
        die "invalid DBNAME '$1' (letters, digits, '_', '-'; must start with a letter or '_'; max 63 chars)"
    case "$1" in
        postgres | template0 | template1) die "DBNAME '$1' is reserved" ;;
    esac
}

# The repo path ends up in pg_ctl's shell command line and in postgresql.conf.
case "$REPO" in
    *[\"\'\\\$\`]* | *$'\n'*) die "repository path '$REPO' contains quote/backslash/\$/backtick characters; move it" ;;
esac

# ---------------------------------------------------------------------------
# Who runs the PostgreSQL programs
# ---------------------------------------------------------------------------
IS_ROOT=0
[[ $(id -u) -eq 0 ]] && IS_ROOT=1

if [[ $IS_ROOT -eq 1 ]]; then
    PG_OS_USER="postgres"
else
    PG_OS_USER="$(id -un)"
fi

# Run a command as the PostgreSQL OS user. cwd is / so the target user never
# trips over an unreadable current directory. fd 9 (our flock) is closed so a
# server started by pg_ctl does not inherit and hold the lock forever.
as_pg() {
    if [[ $IS_ROOT -eq 1 ]]; then
        (cd / && exec runuser -u "$PG_OS_USER" -- "$@") 9>&-
    else
        (cd / && exec "$@") 9>&-
    fi
}

ensure_pg_os_user() {
    [[ $IS_ROOT -eq 1 ]] || return 0
    command -v runuser >/dev/null 2>&1 || die "runuser (util-linux) not found"
    if ! getent passwd postgres >/dev/null; then
        err "OS user 'postgres' does not exist; creating a system user"
        getent group postgres >/dev/null || groupadd --system postgres
        useradd --system --gid postgres --home-dir /var/lib/postgresql --no-create-home \
            --shell /bin/bash --comment "PostgreSQL administrator" postgres
    fi
}

# chown to the PostgreSQL OS user (only meaningful as root).
own() {
    [[ $IS_ROOT -eq 1 ]] || return 0
    chown "$PG_OS_USER:" "$@"
}

# Fail clearly if the postgres OS user cannot reach PATH (search permission on
# every ancestor directory).
check_traverse() {
    local target="$1" cur="" comp
    [[ $IS_ROOT -eq 1 ]] || return 0
    as_pg test -x "$target" && return 0
    local -a parts
    IFS=/ read -ra parts <<<"${target#/}"
    for comp in "${parts[@]}"; do
        [[ -n "$comp" ]] || continue
        cur="$cur/$comp"
        if ! as_pg test -x "$cur"; then
            die "OS user '$PG_OS_USER' cannot traverse '$cur' (needed to reach '$target')." \
                "Grant search permission (e.g. 'chmod o+x $cur') or move the repository somewhere world-traversable."
        fi
    done
    die "OS user '$PG_OS_USER' cannot access '$target'"
}

# ---------------------------------------------------------------------------
# Binaries
# ---------------------------------------------------------------------------
have_pg_binaries() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

install_postgres() {
    have_pg_binaries && return 0
    local sudo=()
    if [[ $IS_ROOT -ne 1 ]]; then
        command -v sudo >/dev/null 2>&1 ||
            die "PostgreSQL binaries not found in /usr/lib/postgresql/*/bin and not root; install the 'postgresql' package"
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 || die "PostgreSQL binaries not found and apt-get is unavailable"
    mkdir -p "$BASE"
    local alog="$BASE/apt-install.log"
    err "PostgreSQL binaries not found; installing 'postgresql' with apt-get (log: $alog)"
    # Serialise concurrent installers (e.g. two NAMEs started in parallel on a fresh box).
    (
        if command -v flock >/dev/null 2>&1; then
            exec 8>"$BASE/.apt-install.lock"
            flock -w 900 8 || exit 1
        fi
        have_pg_binaries && exit 0
        : >"$alog"
        "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update >>"$alog" 2>&1 &&
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
                apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends postgresql >>"$alog" 2>&1
    ) || {
        err "apt-get failed; last 30 lines of $alog:"
        tail -n 30 "$alog" >&2 || true
        exit 1
    }
    have_pg_binaries || die "apt-get finished but /usr/lib/postgresql/*/bin/initdb is still missing (see $alog)"
}

# Newest /usr/lib/postgresql/<ver>/bin that has initdb.
newest_bin_dir() {
    local d best=""
    while IFS= read -r d; do
        [[ -x "$d/bin/initdb" && -x "$d/bin/pg_ctl" && -x "$d/bin/psql" ]] && best="$d/bin"
    done < <(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -V)
    [[ -n "$best" ]] || die "no usable /usr/lib/postgresql/<ver>/bin found"
    printf '%s\n' "$best"
}

# Bin dir for an existing cluster must match its major version.
bin_dir_for_data() {
    local data="$1" ver
    if [[ -s "$data/PG_VERSION" ]]; then
        ver="$(tr -d '[:space:]' <"$data/PG_VERSION")"
        [[ -x "/usr/lib/postgresql/$ver/bin/pg_ctl" ]] ||
            die "data dir $data is PostgreSQL $ver but /usr/lib/postgresql/$ver/bin is not installed (install postgresql-$ver, or delete $data to re-create it)"
        printf '%s\n' "/usr/lib/postgresql/$ver/bin"
    else
        newest_bin_dir
    fi
}

# ---------------------------------------------------------------------------
# Per-NAME paths and lock
# ---------------------------------------------------------------------------
set_paths() {
    NAME="$1"
    DATA="$BASE/$NAME"
    SOCKDIR="$BASE/$NAME.sock"
    LOG="$BASE/$NAME.log"
    LOCKFILE="$BASE/$NAME.lock"
}

take_lock() {
    command -v flock >/dev/null 2>&1 || return 0
    exec 9>>"$LOCKFILE"
    flock -w 300 9 || die "timed out waiting for lock $LOCKFILE (another $PROG running for '$NAME'?)"
}

# ---------------------------------------------------------------------------
# Server
# ---------------------------------------------------------------------------
check_socket_path_len() {
    # sockaddr_un.sun_path is 108 bytes including the terminating NUL.
    local sock="$SOCKDIR/.s.PGSQL.$1"
    ((${#sock} <= 107)) ||
        die "unix socket path '$sock' is ${#sock} bytes (> 107, the kernel limit); use a shorter NAME or a shorter repository path"
}

prepare_dirs() {
    mkdir -p "$BASE"
    if [[ $IS_ROOT -eq 1 ]]; then
        check_traverse "$REPO"
        # .local/ is ours (git-ignored); make sure postgres can pass through it.
        as_pg test -x "$REPO/.local" || chmod o+x "$REPO/.local"
        as_pg test -x "$BASE" || chmod o+x "$BASE"
        check_traverse "$BASE"
    fi
    mkdir -p "$SOCKDIR"
    chmod 0700 "$SOCKDIR"
    own "$SOCKDIR"
    [[ -e "$LOG" ]] || : >"$LOG"
    own "$LOG"
    SHOW_LOG_ON_FAIL=1
}

# The data dir must belong to the user we run PostgreSQL as. Never take over a
# cluster owned by someone else (it may be running under that user); only a
# root-owned one (e.g. copied by root) is handed to postgres.
check_data_owner() {
    [[ -e "$DATA" ]] || return 0
    local uid want_uid
    uid="$(stat -c %u "$DATA")"
    want_uid="$(id -u "$PG_OS_USER")"
    [[ "$uid" == "$want_uid" ]] && return 0
    if [[ $IS_ROOT -eq 1 && "$uid" == 0 ]]; then
        chown -R "$PG_OS_USER:" "$DATA"
        return 0
    fi
    die "$DATA is owned by '$(stat -c %U "$DATA")' but PostgreSQL would run as '$PG_OS_USER';" \
        "run $PROG as that user$([[ $IS_ROOT -eq 1 ]] || echo ' (or as root if it is owned by postgres)'), or delete $BASE/$NAME*"
}

init_cluster() {
    [[ -s "$DATA/PG_VERSION" ]] && return 0
    if [[ -e "$DATA" ]]; then
        # Not a cluster: a leftover from something else. Only remove it if empty.
        rmdir "$DATA" 2>/dev/null ||
            die "$DATA exists but is not a PostgreSQL data directory (no PG_VERSION); remove it manually"
    fi
    BIN="$(newest_bin_dir)"
    # initdb into a temp dir and rename, so an interrupted initdb never leaves a
    # half-initialised cluster at $DATA.
    local tmp="$BASE/.$NAME.initdb-tmp" locale ok=0
    for locale in C.UTF-8 C; do
        rm -rf "$tmp"
        # Pre-create it (initdb accepts an empty dir) so postgres needs no write
        # access to $BASE itself.
        mkdir -m 0700 "$tmp"
        own "$tmp"
        echo "== $(date '+%F %T') initdb ($BIN) locale=$locale ==" >>"$LOG"
        if as_pg "$BIN/initdb" -D "$tmp" -U postgres \
            --auth-local=trust --auth-host=scram-sha-256 \
            -E UTF8 --locale="$locale" --no-instructions >>"$LOG" 2>&1; then
            ok=1
            break
        fi
        if [[ $locale == C.UTF-8 ]]; then
            err "initdb with --locale=C.UTF-8 failed; retrying with --locale=C"
        fi
    done
    if [[ $ok -ne 1 ]]; then
        rm -rf "$tmp"
        die "initdb failed"
    fi
    printf "\n# Settings managed by %s (rewritten on every start)\ninclude_if_exists = 'equalitymark.conf'\n" \
        "$PROG" >>"$tmp/postgresql.conf"
    mv "$tmp" "$DATA"
}

# Writes $DATA/equalitymark.conf; returns 0 if it changed.
write_conf() {
    local port="$1" conf="$DATA/equalitymark.conf" new
    # Data dirs created by an older version of this script may lack the include.
    if ! grep -q "^include_if_exists = 'equalitymark.conf'" "$DATA/postgresql.conf"; then
        printf "\n# Settings managed by %s (rewritten on every start)\ninclude_if_exists = 'equalitymark.conf'\n" \
            "$PROG" >>"$DATA/postgresql.conf"
    fi
    new="# Managed by $PROG -- rewritten on every start; do not edit.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '${SOCKDIR//\'/\'\'}'
unix_socket_permissions = 0700
max_connections = 200
shared_buffers = 128MB
fsync = on
"
    if [[ -f "$conf" ]] && [[ "$(cat "$conf")" == "${new%$'\n'}" ]]; then
        return 1
    fi
    printf '%s' "$new" >"$conf.tmp"
    own "$conf.tmp"
    chmod 0600 "$conf.tmp"
    mv -f "$conf.tmp" "$conf"
    return 0
}

# 0 = running, 1 = not running. Clears a stale postmaster.pid whose PID now
# belongs to some unrelated process (common after a container restart).
server_running() {
    local rc=0
    as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 || rc=$?
    case $rc in
        0) ;;
        3) return 1 ;;
        *) die "pg_ctl status failed for $DATA (exit $rc); can '$PG_OS_USER' read it?" ;;
    esac
    local pid comm i
    pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]]; then
        # A killed postmaster can linger as a zombie (e.g. no reaping init in a
        # container); pg_ctl and postgres both treat that PID as alive.
        if [[ "$(pid_state "$pid")" == Z ]]; then
            for ((i = 0; i < 20; i++)); do
                [[ "$(pid_state "$pid")" == Z ]] || break
                sleep 0.5
            done
            if [[ "$(pid_state "$pid")" == Z ]]; then
                err "removing stale $DATA/postmaster.pid (PID $pid is a defunct process)"
                rm -f "$DATA/postmaster.pid"
            fi
            return 1
        fi
        comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
        if [[ -n "$comm" && "$comm" != postgres* ]]; then
            err "removing stale $DATA/postmaster.pid (PID $pid is now '$comm')"
            rm -f "$DATA/postmaster.pid"
            return 1
        fi
    fi
    return 0
}

# Process state letter (R, S, Z, ...) from /proc, empty if gone.
pid_state() {
    local stat
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
    stat="${stat##*) }"
    printf '%s\n' "${stat%% *}"
}

running_port() {
    sed -n '4p' "$DATA/postmaster.pid" 2>/dev/null | tr -d '[:space:]'
}

wait_ready() {
    local port="$1" i
    for ((i = 0; i < 120; i++)); do
        as_pg "$BIN/pg_isready" -q -h "$SOCKDIR" -p "$port" -d postgres -U postgres && return 0
        sleep 0.5
    done
    die "server did not become ready on $SOCKDIR port $port"
}

# pg_ctl -l and our own stderr both append to $LOG, by design.
# shellcheck disable=SC2094
ensure_server() {
    local port="$1" changed=0
    write_conf "$port" && changed=1
    if server_running; then
        local cur
        cur="$(running_port)"
        if [[ $changed -eq 1 || "$cur" != "$port" ]]; then
            err "configuration changed (running port ${cur:-?}, requested $port); restarting '$NAME'"
            as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -m fast -w -t 120 restart >/dev/null 2>>"$LOG" ||
                die "pg_ctl restart failed"
        fi
    else
        # Retry briefly: after a crash, orphaned backends may still hold the
        # shared memory / port for a moment.
        local attempt
        for attempt in 1 2 3; do
            as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 120 start >/dev/null 2>>"$LOG" && break
            ((attempt < 3)) || die "pg_ctl start failed (is port $port already in use? see log below)"
            sleep 2
        done
    fi
    wait_ready "$port"
}

# ---------------------------------------------------------------------------
# SQL (as superuser over the unix socket)
# ---------------------------------------------------------------------------
# psql_su PORT DB [psql args...] < sql
psql_su() {
    local port="$1" db="$2"
    shift 2
    local out
    if ! out="$(PGOPTIONS='-c client_min_messages=warning' as_pg "$BIN/psql" -X -q -A -t \
        -h "$SOCKDIR" -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@" 2>&1)"; then
        [[ -n "$out" ]] && printf '%s\n' "$out" >&2
        die "psql failed (db $db)"
    fi
}

ensure_roles() {
    local port="$1"
    psql_su "$port" postgres -v owner_pw="$OWNER_PW" -v app_pw="$APP_PW" -v platform_pw="$PLATFORM_PW" -v insight_pw="$INSIGHT_PW" \
        -v owner_role="$OWNER_ROLE" -v app_role="$APP_ROLE" -v platform_role="$PLATFORM_ROLE" -v insight_role="$INSIGHT_ROLE" <<'SQL'
SELECT format('CREATE ROLE %I', :'owner_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner_role') \gexec
SELECT format('CREATE ROLE %I', :'app_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_role') \gexec
SELECT format('CREATE ROLE %I', :'platform_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'platform_role') \gexec
SELECT format('CREATE ROLE %I', :'insight_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'insight_role') \gexec
ALTER ROLE :"owner_role" WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOREPLICATION PASSWORD :'owner_pw';
ALTER ROLE :"app_role" WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT PASSWORD :'app_pw';
ALTER ROLE :"platform_role" WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT PASSWORD :'platform_pw';
ALTER ROLE :"insight_role" WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT PASSWORD :'insight_pw';
SQL
}

ensure_db() {
    local port="$1" db="$2"
    psql_su "$port" postgres -v dbname="$db" -v owner_role="$OWNER_ROLE" -v app_role="$APP_ROLE" -v platform_role="$PLATFORM_ROLE" -v insight_role="$INSIGHT_ROLE" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L', :'dbname', :'owner_role', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'dbname') \gexec
ALTER DATABASE :"dbname" OWNER TO :"owner_role";
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"dbname" TO :"app_role", :"owner_role";
GRANT CONNECT ON DATABASE :"dbname" TO :"platform_role", :"insight_role";
SQL
    psql_su "$port" "$db" -v owner_role="$OWNER_ROLE" -v app_role="$APP_ROLE" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CREATE, USAGE ON SCHEMA public TO :"owner_role";
GRANT USAGE ON SCHEMA public TO :"app_role";
SQL
}

drop_db() {
    local port="$1" db="$2"
    psql_su "$port" postgres -v dbname="$db" <<'SQL'
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
 WHERE datname = :'dbname' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS :"dbname" WITH (FORCE);
SQL
}

# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------
start_common() {
    local name="$1" port="$2" db="$3"
    validate_name "$name"
    validate_port "$port"
    validate_db "$db"
    set_paths "$name"
    check_socket_path_len "$port"
    install_postgres
    ensure_pg_os_user
    check_data_owner
    prepare_dirs
    take_lock
    init_cluster
    BIN="$(bin_dir_for_data "$DATA")"
    ensure_server "$port"
    ensure_roles "$port"
}

cmd_start() {
    [[ $# -eq 3 ]] || usage
    start_common "$1" "$2" "$3"
    ensure_db "$2" "$3"
    echo "postgres $1 ready on 127.0.0.1:$2 (db $3)"
}

cmd_reset_db() {
    [[ $# -eq 3 ]] || usage
    start_common "$1" "$2" "$3"
    drop_db "$2" "$3"
    ensure_db "$2" "$3"
    echo "postgres $1 ready on 127.0.0.1:$2 (db $3 reset)"
}

cmd_backup() {
    [[ $# -eq 4 ]] || usage
    local file="$4"
    start_common "$1" "$2" "$3"
    # Written by this shell, so FILE may be anywhere the caller can write.
    as_pg "$BIN/pg_dump" -h "$SOCKDIR" -p "$2" -U postgres -Fc -d "$3" >"$file.tmp" 2>>"$LOG" ||
        die "pg_dump failed"
    mv -f "$file.tmp" "$file"
    echo "backup of $3 written to $file ($(stat -c %s "$file") bytes)"
}

# Roles are cluster-wide and not in the dump: they exist already (start_common provisions them), so the
# restored database keeps its owners, grants and row-level security policies.
cmd_restore() {
    [[ $# -eq 4 ]] || usage
    local file="$3" db="$4"
    [[ -r "$file" ]] || die "cannot read backup file '$file'"
    start_common "$1" "$2" "$db"
    local exists
    exists="$(as_pg "$BIN/psql" -X -A -t -h "$SOCKDIR" -p "$2" -U postgres -d postgres \
        -v dbname="$db" 2>>"$LOG" <<<"SELECT 1 FROM pg_database WHERE datname = :'dbname'" || true)"
    [[ -z "$exists" ]] || die "database '$db' already exists; restore into a new name (or drop it first)"
    ensure_db "$2" "$db"
    as_pg "$BIN/pg_restore" -h "$SOCKDIR" -p "$2" -U postgres -d "$db" --exit-on-error <"$file" 2>>"$LOG" ||
        die "pg_restore failed"
    echo "restored $file into database $db"
}

cmd_sql() {
    [[ $# -eq 3 ]] || usage
    validate_name "$1"
    validate_port "$2"
    validate_db "$3"
    set_paths "$1"
    BIN="$(bin_dir_for_data "$DATA")"
    PGOPTIONS='-c client_min_messages=warning' as_pg "$BIN/psql" -X -q -A -t -F ' ' -h "$SOCKDIR" -p "$2" \
        -U postgres -d "$3" -v ON_ERROR_STOP=1
}

cmd_counts() {
    cmd_sql "$@" <<'SQL'
SELECT format('SELECT %L, count(*) FROM %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 ORDER BY 1 \gexec
SQL
}

cmd_stop() {
    [[ $# -eq 1 ]] || usage
    validate_name "$1"
    set_paths "$1"
    if [[ ! -d "$DATA" ]]; then
        echo "postgres $NAME not initialised; nothing to stop"
        return 0
    fi
    [[ $IS_ROOT -eq 1 ]] && ensure_pg_os_user
    check_data_owner
    if [[ ! -s "$DATA/PG_VERSION" ]]; then
        echo "postgres $NAME not initialised; nothing to stop"
        return 0
    fi
    take_lock
    BIN="$(bin_dir_for_data "$DATA")"
    SHOW_LOG_ON_FAIL=1
    if server_running; then
        as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 120 stop >/dev/null 2>>"$LOG" ||
            die "pg_ctl stop failed"
        echo "postgres $NAME stopped"
    else
        echo "postgres $NAME not running"
    fi
}

[[ $# -ge 1 ]] || usage
cmd="$1"
shift
case "$cmd" in
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    reset-db) cmd_reset_db "$@" ;;
    backup) cmd_backup "$@" ;;
    restore) cmd_restore "$@" ;;
    counts) cmd_counts "$@" ;;
    sql) cmd_sql "$@" ;;
    -h | --help | help) usage ;;
    *) usage ;;
esac

#!/bin/sh
# The tests' own PostgreSQL 15 server: start DIR PORT | stop DIR; halt DIR | resume DIR stop it and
# start it again with its databases kept (a server that goes away while a desk works).
# Everything lives in DIR: the cluster (DIR/data, made afresh by initdb at every start, UTF8,
# locale C.UTF-8, superuser postgres), its log (DIR/server.log), its unix socket and the port
# it listens on at 127.0.0.1 (DIR/port, for the tests: support/PostgresServer). It never touches
# a cluster of Debian's (port 5432, /var/run/postgresql). TLS is on with a self-signed
# certificate made at start, so tests can connect with sslmode=require, or verify it with
# sslmode=verify-full and sslrootcert=DIR/server.crt (its name: 127.0.0.1). Who may connect:
#   over the socket   anyone, as any role, without a password (the tests' superuser road)
#   over TCP          with a role's password (scram-sha-256), with or without TLS
# The server refuses to run as root: when the tests run as root (CI), it runs as the system user
# postgres of Debian's package, which then owns DIR.
set -eu
action=$1
dir=$(realpath -m "$2")
bin=/usr/lib/postgresql/15/bin
export LC_ALL=C.UTF-8

fail() {
    echo "postgres-server: $*" >&2
    [ -f "$dir/server.log" ] && tail -n 40 "$dir/server.log" >&2
    exit 1
}

# Runs a command as the server's user.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Stops the server of DIR when one runs there (fails when it will not stop).
stop() {
    [ -f "$dir/data/postmaster.pid" ] || return 0
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop
}

if [ "$action" = halt ]; then
    stop || fail "pg_ctl could not stop the server"
    exit 0
fi
if [ "$action" = resume ]; then
    cd "$dir"
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start > "$dir/pg_ctl.log" 2>&1 \
        || fail "the server did not start again: $(cat "$dir/pg_ctl.log")"
    exit 0
fi
if [ "$action" = stop ]; then
    stop || fail "pg_ctl could not stop the server"
    # The tests' databases go with it (a few MB each); its log stays for a look after a failure.
    rm -rf "$dir/data" "$dir/port"
    exit 0
fi
[ "$action" = start ] || fail "start DIR PORT, stop DIR, halt DIR or resume DIR, not “$action”"
port=$3
for tool in initdb pg_ctl postgres; do
    [ -x "$bin/$tool" ] || fail "$bin/$tool is missing: install postgresql-15 (packaging/install-deps.sh)"
done
command -v openssl > /dev/null || fail "openssl is missing: run packaging/install-deps.sh"
if [ "$(id -u)" -eq 0 ]; then
    id postgres > /dev/null 2>&1 || fail "the system user postgres is missing: install postgresql-15"
fi

# A server left running by an earlier run goes first; one that crashed left only its files.
stop || true
rm -rf "$dir"
mkdir -p "$dir"
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
fi
# The server's tools work in a folder the user postgres may enter, whatever ctest's is.
cd "$dir"

as_server_user "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 > "$dir/initdb.log" 2>&1 \
    || fail "initdb failed: $(cat "$dir/initdb.log")"

# A certificate for 127.0.0.1, valid long enough for any test run; the server insists that its
# key is readable by its owner only.
as_server_user openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$dir/data/server.key" -out "$dir/data/server.crt" > "$dir/openssl.log" 2>&1 \
    || fail "openssl could not make the certificate: $(cat "$dir/openssl.log")"
chmod 600 "$dir/data/server.key"
# What a desk verifies the server with, where any user may read it (the data folder is the server's).
cp "$dir/data/server.crt" "$dir/server.crt"
chmod 644 "$dir/server.crt"

# First match wins: TLS connections over TCP, then the others over TCP.
cat > "$dir/data/pg_hba.conf" <<CONF
local   all all                trust
hostssl all all 127.0.0.1/32   scram-sha-256
host    all all 127.0.0.1/32   scram-sha-256
CONF
# The data is thrown away after the tests: no need to wait for the disk.
cat >> "$dir/data/postgresql.conf" <<CONF

# tests/postgres/postgres-server.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
password_encryption = scram-sha-256
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

# PORT is where the server starts looking: another program (a server of another build, one a
# developer started) may hold it, and then the next of a few ports is tried. The tests read the
# port from DIR/port. The last "port =" line of postgresql.conf is the one that counts.
tries=0
until as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start > "$dir/pg_ctl.log" 2>&1; do
    grep -q "Address already in use" "$dir/server.log" \
        || fail "the server did not start on port $port: $(cat "$dir/pg_ctl.log")"
    tries=$((tries + 1))
    [ "$tries" -lt 20 ] || fail "ports $3 to $port are all taken"
    echo "postgres-server: port $port is taken, trying $((port + 1))" >&2
    port=$((port + 1))
    echo "port = $port" >> "$dir/data/postgresql.conf"
    rm -f "$dir/server.log"
done
echo "$port" > "$dir/port"
echo "postgres-server: $("$bin/postgres" -V) on 127.0.0.1:$port and $dir" >&2

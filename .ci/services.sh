# Sourced by .ci/run: PostgreSQL and Redis for the server tests that need them
# (server/postgres.test.ts, server/redis.test.ts). Installs Debian's postgresql and
# redis-server when missing, starts a private PostgreSQL cluster and a Redis on loopback
# only, on free ports, with their data in a temporary folder; exports DATABASE_URL and
# REDIS_URL; stops both and removes the folder when the calling script exits.

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v redis-server >/dev/null; then
  # The packages would start their own system-wide servers (PostgreSQL on 5432, Redis on 6379):
  # a policy-rc.d that says no keeps them stopped, so only the private ones below ever run.
  own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && own_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null
  if [ -n "$own_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi

services_dir=$(mktemp -d /tmp/trappa-services.XXXXXX)
chmod 755 "$services_dir"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
pg_port=$(free_port)
redis_port=$(free_port)

stop_services() {
  redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D $services_dir/pg -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$services_dir"
}
trap stop_services EXIT

mkdir "$services_dir/pg" && chown postgres:postgres "$services_dir/pg"
echo postgres > "$services_dir/pgpass" && chown postgres "$services_dir/pgpass"
su postgres -s /bin/sh -c "$pg_bin/initdb -D $services_dir/pg -A scram-sha-256 -U postgres --pwfile=$services_dir/pgpass" >/dev/null
su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D $services_dir/pg -l $services_dir/pg/server.log -w -o '-p $pg_port -k $services_dir/pg -c listen_addresses=127.0.0.1' start" >/dev/null
PGPASSWORD=postgres "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
  -c "create user trappa password 'trappa'" -c 'create database trappa owner trappa' >/dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
  --dir "$services_dir" --pidfile "$services_dir/redis.pid" --logfile "$services_dir/redis.log"

export DATABASE_URL="postgres://trappa:trappa@127.0.0.1:$pg_port/trappa"
export REDIS_URL="redis://127.0.0.1:$redis_port"
echo "PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port (for the server tests)"

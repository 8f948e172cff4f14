#!/usr/bin/env bash
# Stop the MailKitConfig mail lab. Idempotent. Stops only the lab's own instances (found through the
# pid files and config dirs in the state dir), never anything by process name.
#   eng/lab/down.sh           stop the servers, keep the state dir (certificates, mailboxes, logs)
#   eng/lab/down.sh --purge   stop the servers and delete the state dir
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lab.env"
source "$(dirname "${BASH_SOURCE[0]}")/procs.sh"
S="$LAB_STATE"
log() { printf '[lab down] %s\n' "$*"; }
purge=0
for a in "$@"; do
  case "$a" in
    --purge) purge=1 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--purge]" >&2; exit 2 ;;
  esac
done

# waitgone PID: wait up to 10 s for PID to exit; then SIGKILL it
waitgone() {
  local _
  for _ in $(seq 1 100); do alive "$1" || return 0; sleep 0.1; done
  log "pid $1 still alive after 10 s, sending SIGKILL"; kill -9 "$1" 2>/dev/null; sleep 0.2
  ! alive "$1"
}
rc=0

# Postfix
if [ -f "$S/postfix/etc/main.cf" ] && postfix -c "$S/postfix/etc" status >/dev/null 2>&1; then
  pid=$(tr -dc '0-9' < "$S/postfix/spool/pid/master.pid" 2>/dev/null || true)
  postfix -c "$S/postfix/etc" stop </dev/null >/dev/null 2>&1
  if [ -n "$pid" ]; then waitgone "$pid" || rc=1; fi
  log "postfix stopped"
fi
# Dovecot (after Postfix, which uses its auth and lmtp sockets)
if ours "$S/dovecot/run/master.pid" "$S/dovecot/dovecot.conf"; then
  pid=$(tr -dc '0-9' < "$S/dovecot/run/master.pid")
  doveadm -c "$S/dovecot/dovecot.conf" stop </dev/null >/dev/null 2>&1 || kill "$pid" 2>/dev/null
  waitgone "$pid" || rc=1
  log "dovecot stopped"
fi
# dnsmasq
if ours "$S/dnsmasq/dnsmasq.pid" "$S/dnsmasq/dnsmasq.conf"; then
  pid=$(tr -dc '0-9' < "$S/dnsmasq/dnsmasq.pid"); kill "$pid" 2>/dev/null
  waitgone "$pid" || rc=1
  log "dnsmasq stopped"
fi
rm -f "$S/dnsmasq/dnsmasq.pid"
# smtp-sink
if ours "$S/sink/smtp-sink.pid" smtp-sink; then
  pid=$(tr -dc '0-9' < "$S/sink/smtp-sink.pid"); kill "$pid" 2>/dev/null
  waitgone "$pid" || rc=1
  log "smtp-sink stopped"
fi
rm -f "$S/sink/smtp-sink.pid"
# PostgreSQL (pg_ctl as the cluster's owner; fast = roll back open transactions and stop)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -n "$PG_BIN" ] && pid=$(postmaster_pid "$S/postgres/data"); then
  su postgres -s /bin/sh -c "'$PG_BIN/pg_ctl' -D '$S/postgres/data' -m fast -w stop" </dev/null >/dev/null 2>&1 || kill "$pid" 2>/dev/null
  waitgone "$pid" || rc=1
  log "postgresql stopped"
fi

if [ "$purge" = 1 ] && [ -d "$S" ]; then
  if [ "$rc" = 0 ]; then rm -rf "$S" && log "removed $S"; else log "not removing $S: something did not stop"; fi
fi
log "done"
exit "$rc"

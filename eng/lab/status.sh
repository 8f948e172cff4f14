#!/usr/bin/env bash
# Show which servers of the MailKitConfig mail lab run and what listens on the lab ports.
#   eng/lab/status.sh       human-readable
#   eng/lab/status.sh -q    quiet
# Exit code: 0 = all servers running, 1 = none running, 2 = some running.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lab.env"
source "$(dirname "${BASH_SOURCE[0]}")/procs.sh"
S="$LAB_STATE"
quiet=0; [ "${1:-}" = "-q" ] && quiet=1

up=0; total=0
show() { # name pid-or-empty
  total=$((total + 1))
  if [ -n "$2" ]; then up=$((up + 1)); [ "$quiet" = 1 ] || printf '%-10s running (pid %s)\n' "$1" "$2"
  else [ "$quiet" = 1 ] || printf '%-10s stopped\n' "$1"; fi
}
pf=""
if [ -f "$S/postfix/etc/main.cf" ] && postfix -c "$S/postfix/etc" status >/dev/null 2>&1; then
  pf=$(tr -dc '0-9' < "$S/postfix/spool/pid/master.pid" 2>/dev/null); pf=${pf:-?}
fi
[ "$quiet" = 1 ] || echo "state dir: $S"
show postfix "$pf"
show dovecot "$(ourpid "$S/dovecot/run/master.pid" "$S/dovecot/dovecot.conf")"
show dnsmasq "$(ourpid "$S/dnsmasq/dnsmasq.pid" "$S/dnsmasq/dnsmasq.conf")"
show smtp-sink "$(ourpid "$S/sink/smtp-sink.pid" smtp-sink)"
show postgresql "$(postmaster_pid "$S/postgres/data")"
if [ "$quiet" = 0 ]; then
  ports="$LAB_PORT_POSTGRES|$LAB_PORT_SMTP|$LAB_PORT_SUBMISSION|$LAB_PORT_SUBMISSIONS|$LAB_PORT_IMAP|$LAB_PORT_IMAPS|$LAB_PORT_POP3|$LAB_PORT_POP3S|$LAB_PORT_LMTP|$LAB_PORT_DNS|$LAB_PORT_SINK"
  echo "listening: $(ss -Hltn 2>/dev/null | awk '{print $4}' | grep -E ":($ports)\$" | sort -u | awk -F: '{print $NF, $0}' | sort -n -k1,1 -k2,2 | cut -d' ' -f2 | tr '\n' ' ')"
  [ -s "$S/lab.json" ] && echo "lab config: $S/lab.json"
fi
if [ "$up" = "$total" ]; then exit 0; elif [ "$up" = 0 ]; then exit 1; else exit 2; fi

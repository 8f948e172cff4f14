#!/usr/bin/env bash
# Start the MailKitConfig mail lab on loopback: Postfix + Dovecot (with OAuth2 JWT validation) + dnsmasq + smtp-sink
# + PostgreSQL (an own cluster in the state dir, for the shared outbox).
# Needs root on Debian/Ubuntu (installs missing packages with apt-get). Idempotent: installs only what is
# missing, creates certificates only if missing, users when missing or changed, starts only what is not running (reloads the rest).
# No systemd; the system instances (/etc/postfix, /etc/dovecot, ...) are neither used nor modified.
# Everything lives in the state dir (default /tmp/mailkitconfig-lab, env MAILKITCONFIG_LAB_STATE).
# Writes <state>/lab.json, the description of the lab read by the tests (MAILKITCONFIG_LAB_CONFIG).
set -euo pipefail
umask 022
source "$(dirname "${BASH_SOURCE[0]}")/lab.env"
source "$(dirname "${BASH_SOURCE[0]}")/procs.sh"
S="$LAB_STATE"
log() { printf '[lab up] %s\n' "$*"; }
die() { printf '[lab up] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (daemons bind ports, drop privileges to postfix/dovecot/mail)"
case "$S" in *[[:space:]#@\"\\]*) die "state dir must not contain spaces or any of # @ \" \\: '$S'";; esac

# ------------------------------------------------------------------ 1. packages (only if missing)
# dnsmasq-base = the dnsmasq binary without the system service (which would take port 53).
PKGS="postfix dovecot-core dovecot-imapd dovecot-pop3d dovecot-lmtpd dnsmasq-base openssl iproute2 util-linux bsdutils coreutils postgresql"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  log "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  # "No configuration": postfix' postinst writes no /etc/postfix/main.cf and starts nothing.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "postfix postfix/mailname string $LAB_SERVER_NAME" | debconf-set-selections
  apt-get update -qq </dev/null
  apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold $missing </dev/null
fi

# ------------------------------------------------------------------ helpers
port_busy() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }
port_owner() { ss -Hltnp "sport = :$1" 2>/dev/null | head -3; }
postfix_up() { [ -f "$S/postfix/etc/main.cf" ] && postfix -c "$S/postfix/etc" status >/dev/null 2>&1; }
DOVECOT_CONF="$S/dovecot/dovecot.conf"
dovecot_up() { ours "$S/dovecot/run/master.pid" "$DOVECOT_CONF"; }
dnsmasq_up() { ours "$S/dnsmasq/dnsmasq.pid" "$S/dnsmasq/dnsmasq.conf"; }
sink_up() { ours "$S/sink/smtp-sink.pid" "smtp-sink"; }
# Debian's server binaries (initdb, pg_ctl, postgres) are not on PATH; take the newest installed major version.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
postgres_up() { postmaster_pid "$S/postgres/data" >/dev/null; }
require_free() { # name port...
  local name=$1 p; shift
  for p in "$@"; do
    if port_busy "$p"; then
      printf '[lab up] ERROR: port %s (for %s) is already in use by something that is not this lab:\n' "$p" "$name" >&2
      port_owner "$p" >&2; exit 1
    fi
  done
}

# ------------------------------------------------------------------ 2. state dir
mkdir -p "$S"/{certs,logs,oauth/keys/default/RS256,dovecot/run,dovecot/state,postfix/etc,postfix/spool,postfix/data,dnsmasq,mail,sink}
chmod 755 "$S" "$S/logs" "$S/dovecot" "$S/dovecot/run" "$S/dovecot/state" "$S/postfix" "$S/postfix/etc" "$S/oauth" "$S/oauth/keys" "$S/oauth/keys/default" "$S/oauth/keys/default/RS256"

# ------------------------------------------------------------------ 3. certificates (only if missing)
if [ ! -s "$S/certs/server.crt" ] || [ ! -s "$S/certs/ca.crt" ] || [ ! -s "$S/certs/server.key" ]; then
  log "creating throwaway CA + server certificate in $S/certs"
  ( cd "$S/certs"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
      -subj "/O=MailKitConfig Lab/CN=MailKitConfig Lab CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout ca.key -out ca.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=MailKitConfig Lab/CN=$LAB_SERVER_NAME" \
      -keyout server.key -out server.csr 2>/dev/null
    cat > server.ext <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:$LAB_SERVER_NAME,DNS:localhost,IP:127.0.0.1,IP:127.0.0.2,IP:::1
EXT
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -sha256 \
      -extfile server.ext -out server.crt 2>/dev/null
    cat server.crt ca.crt > server-chain.crt
    # system roots + lab CA, for tools that take one bundle (export SSL_CERT_FILE=...)
    if [ -s /etc/ssl/certs/ca-certificates.crt ]; then cat /etc/ssl/certs/ca-certificates.crt ca.crt > ca-bundle.crt; else cp ca.crt ca-bundle.crt; fi
    chmod 600 ca.key server.key; chmod 644 ca.crt server.crt server-chain.crt ca-bundle.crt )
fi

# ------------------------------------------------------------------ 4. users (when missing or when LAB_USERS changed)
users_stamp=$(printf '%s\n' "${LAB_USERS[@]}" | md5sum | cut -d' ' -f1)
if [ ! -s "$S/dovecot/users" ] || [ "$(cat "$S/dovecot/users.stamp" 2>/dev/null)" != "$users_stamp" ]; then
  log "creating users"
  tmp="$S/dovecot/users.tmp"; : > "$tmp"
  for u in "${LAB_USERS[@]}"; do
    IFS='|' read -r addr pw _ <<<"$u"
    echo "$addr:$(doveadm pw -s SHA512-CRYPT -p "$pw")::::::" >> "$tmp"
  done
  chown root:dovecot "$tmp"; chmod 640 "$tmp"; mv "$tmp" "$S/dovecot/users"
  echo "$users_stamp" > "$S/dovecot/users.stamp"
fi

# ------------------------------------------------------------------ 5. render configs + maps
if grep -qE '^0{31}1 .* lo$' /proc/net/if_inet6 2>/dev/null; then
  POSTFIX_INTERFACES="$LAB_HOST, [::1]"; POSTFIX_PROTOCOLS=all; DOVECOT_LISTEN="$LAB_HOST, $LAB_REMOTE_HOST, ::1"
else
  POSTFIX_INTERFACES="$LAB_HOST"; POSTFIX_PROTOCOLS=ipv4; DOVECOT_LISTEN="$LAB_HOST, $LAB_REMOTE_HOST"
fi
render() { # template target
  sed -e "s#@STATE@#$S#g" -e "s#@HOST@#$LAB_HOST#g" -e "s#@SERVER_NAME@#$LAB_SERVER_NAME#g" \
      -e "s#@DOMAIN@#$LAB_DOMAIN#g" -e "s#@MESSAGE_SIZE_LIMIT@#$LAB_MESSAGE_SIZE_LIMIT#g" \
      -e "s#@OAUTH_ISSUER@#$LAB_OAUTH_ISSUER#g" -e "s#@DOVECOT_LISTEN@#$DOVECOT_LISTEN#g" \
      -e "s#@POSTFIX_INTERFACES@#$POSTFIX_INTERFACES#g" -e "s#@POSTFIX_PROTOCOLS@#$POSTFIX_PROTOCOLS#g" \
      -e "s#@PORT_SMTP@#$LAB_PORT_SMTP#g" -e "s#@PORT_SUBMISSION@#$LAB_PORT_SUBMISSION#g" \
      -e "s#@PORT_SUBMISSIONS@#$LAB_PORT_SUBMISSIONS#g" -e "s#@PORT_IMAP@#$LAB_PORT_IMAP#g" \
      -e "s#@PORT_IMAPS@#$LAB_PORT_IMAPS#g" -e "s#@PORT_POP3@#$LAB_PORT_POP3#g" \
      -e "s#@PORT_POP3S@#$LAB_PORT_POP3S#g" -e "s#@PORT_LMTP@#$LAB_PORT_LMTP#g" \
      -e "s#@PORT_DNS@#$LAB_PORT_DNS#g" "$LAB_DIR/conf/$1" > "$2.tmp"
  if grep -q '@[A-Z_]*@' "$2.tmp"; then die "unrendered placeholder in $2: $(grep -o '@[A-Z_]*@' "$2.tmp" | head -1)"; fi
  mv "$2.tmp" "$2"
}
render dovecot.conf.in    "$DOVECOT_CONF"
render oauth2.conf.ext.in "$S/dovecot/oauth2.conf.ext"
render main.cf.in         "$S/postfix/etc/main.cf"
render master.cf.in       "$S/postfix/etc/master.cf"
dns_before=$(md5sum < "$S/dnsmasq/dnsmasq.conf" 2>/dev/null || true)
render dnsmasq.conf.in    "$S/dnsmasq/dnsmasq.conf"
# dnsmasq reads its records only at start: restart a running one whose configuration changed.
if dnsmasq_up && [ "$dns_before" != "$(md5sum < "$S/dnsmasq/dnsmasq.conf")" ]; then
  pid=$(tr -dc '0-9' < "$S/dnsmasq/dnsmasq.pid"); kill "$pid"
  for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
  log "dnsmasq configuration changed: restarting it"
fi
{ for u in "${LAB_USERS[@]}"; do IFS='|' read -r addr _ _ <<<"$u"; echo "$addr ok"; done
  echo "bench@$LAB_DOMAIN ok"; } > "$S/postfix/etc/vmailbox"
echo "bench@$LAB_DOMAIN discard:benchmark sink" > "$S/postfix/etc/transport"
# MAIL FROM address -> SASL login(s) allowed to use it
{ for u in "${LAB_USERS[@]}"; do
    IFS='|' read -r addr _ sendas <<<"$u"
    for a in $sendas; do echo "$a $addr"; done
  done; } | awk '{ if ($1 in m) m[$1] = m[$1] "," $2; else m[$1] = $2 } END { for (k in m) print k, m[k] }' | sort > "$S/postfix/etc/sender_login"
chmod 644 "$S/postfix/etc/"{main.cf,master.cf,vmailbox,transport,sender_login} "$DOVECOT_CONF" "$S/dovecot/oauth2.conf.ext"
# A lab that starts (not one already running) starts with empty mailboxes: the state dir outlives runs, and
# maildrops that grow over many runs make every test that reads one slower.
if ! dovecot_up && ! postfix_up; then rm -rf "${S:?}/mail/"*; fi
chown -R mail:mail "$S/mail"; chmod 700 "$S/mail"
# pre-create the log files world-readable (the daemons would create them 0600/0640)
for f in postfix.log dovecot.log dnsmasq.log smtp-sink.log; do touch "$S/logs/$f"; chmod 644 "$S/logs/$f"; done
chown root:root "$S/postfix/spool"; chmod 755 "$S/postfix/spool"
chown postfix:postfix "$S/postfix/data"; chmod 700 "$S/postfix/data"

# ------------------------------------------------------------------ 6. OAuth2 signing key (new key + random kid per Dovecot start)
new_oauth_key() {
  local kid
  kid="lab-$(openssl rand -hex 8)"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$S/oauth/private.pem.tmp" 2>/dev/null
  chmod 600 "$S/oauth/private.pem.tmp"
  rm -f "$S/oauth/keys/default/RS256/"*
  openssl pkey -in "$S/oauth/private.pem.tmp" -pubout -out "$S/oauth/keys/default/RS256/$kid"
  chmod 644 "$S/oauth/keys/default/RS256/$kid"
  cp "$S/oauth/keys/default/RS256/$kid" "$S/oauth/public.pem"
  mv "$S/oauth/private.pem.tmp" "$S/oauth/private.pem"
  echo "$kid" > "$S/oauth/kid"
}

# ------------------------------------------------------------------ 7. start services
dovecot_started=0
if dovecot_up; then
  doveadm -c "$DOVECOT_CONF" reload </dev/null >>"$S/logs/dovecot.stderr" 2>&1 \
    && log "dovecot already running (pid $(cat "$S/dovecot/run/master.pid")), config reloaded"
  kid=$(cat "$S/oauth/kid" 2>/dev/null || true)
  if [ -z "$kid" ] || [ ! -s "$S/oauth/private.pem" ] || [ ! -s "$S/oauth/keys/default/RS256/$kid" ]; then new_oauth_key; fi
else
  require_free dovecot "$LAB_PORT_IMAP" "$LAB_PORT_IMAPS" "$LAB_PORT_POP3" "$LAB_PORT_POP3S" "$LAB_PORT_LMTP"
  new_oauth_key
  doveconf -c "$DOVECOT_CONF" -n >/dev/null 2>"$S/logs/doveconf.err" || { cat "$S/logs/doveconf.err" >&2; die "invalid dovecot config"; }
  rm -f "$S/dovecot/run/anvil-auth-penalty"   # stale socket would re-enable the login penalty
  dovecot -c "$DOVECOT_CONF" </dev/null >>"$S/logs/dovecot.stderr" 2>&1 \
    || { tail -20 "$S/logs/dovecot.stderr" "$S/logs/dovecot.log" >&2 2>/dev/null; die "dovecot did not start"; }
  dovecot_started=1
  log "dovecot started"
fi

# Postfix (master daemonizes itself). smtpd keeps talking to an old Dovecot auth process: restart after a Dovecot start.
postfix_start() {
  if ! postfix -c "$S/postfix/etc" check </dev/null >/dev/null 2>&1; then
    # postfix(1) prints its errors only to a terminal (or syslog): rerun under script(1) to show them
    script -qec "postfix -c '$S/postfix/etc' check" /dev/null </dev/null >&2 || true
    die "postfix check failed"
  fi
  postfix -c "$S/postfix/etc" start </dev/null >>"$S/logs/postfix.stderr" 2>&1 || {
    script -qec "postfix -c '$S/postfix/etc' start" /dev/null </dev/null >&2 || true
    tail -20 "$S/logs/postfix.log" >&2 2>/dev/null; die "postfix did not start"; }
}
if postfix_up; then
  if [ "$dovecot_started" = 1 ]; then
    postfix -c "$S/postfix/etc" stop </dev/null >>"$S/logs/postfix.stderr" 2>&1 || true
    for _ in $(seq 1 100); do postfix_up || break; sleep 0.1; done
    postfix_start; log "postfix restarted (dovecot was restarted)"
  else
    postfix -c "$S/postfix/etc" reload </dev/null >>"$S/logs/postfix.stderr" 2>&1 || true
    log "postfix already running, config reloaded"
  fi
else
  require_free postfix "$LAB_PORT_SMTP" "$LAB_PORT_SUBMISSION" "$LAB_PORT_SUBMISSIONS"
  postfix_start; log "postfix started"
fi

# dnsmasq (daemonizes itself, writes its pid file)
if dnsmasq_up; then
  log "dnsmasq already running"
else
  require_free dnsmasq "$LAB_PORT_DNS"
  rm -f "$S/dnsmasq/dnsmasq.pid"
  dnsmasq --conf-file="$S/dnsmasq/dnsmasq.conf" </dev/null >>"$S/logs/dnsmasq.stderr" 2>&1 \
    || { tail -20 "$S/logs/dnsmasq.stderr" >&2; die "dnsmasq did not start"; }
  log "dnsmasq started"
fi

# smtp-sink: trivial SMTP server that accepts and discards everything (benchmarks)
if sink_up; then
  log "smtp-sink already running"
else
  require_free smtp-sink "$LAB_PORT_SINK"
  # -u: drop to postfix; -R: chroot into an empty dir; 256: listen backlog
  setsid smtp-sink -u postfix -R "$S/sink" "$LAB_HOST:$LAB_PORT_SINK" 256 </dev/null >>"$S/logs/smtp-sink.log" 2>&1 &
  echo $! > "$S/sink/smtp-sink.pid"
  log "smtp-sink started"
fi

# PostgreSQL: initdb refuses to run as root, so the cluster belongs to the postgres user; the unix socket stays in the
# state dir (-k), TCP only on loopback, trust authentication (a throwaway test database).
if postgres_up; then
  log "postgresql already running"
else
  [ -n "$PG_BIN" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
  require_free postgresql "$LAB_PORT_POSTGRES"
  mkdir -p "$S/postgres"; chown postgres:postgres "$S/postgres"; chmod 700 "$S/postgres"
  if [ ! -s "$S/postgres/data/PG_VERSION" ]; then
    rm -rf "$S/postgres/data"
    su postgres -s /bin/sh -c "'$PG_BIN/initdb' -D '$S/postgres/data' -U postgres --auth=trust -E UTF8 --no-sync" \
      </dev/null >>"$S/logs/postgres-initdb.log" 2>&1 || { tail -20 "$S/logs/postgres-initdb.log" >&2; die "initdb failed"; }
  fi
  touch "$S/logs/postgres.log"; chown postgres:postgres "$S/logs/postgres.log"; chmod 644 "$S/logs/postgres.log"
  su postgres -s /bin/sh -c "'$PG_BIN/pg_ctl' -D '$S/postgres/data' -l '$S/logs/postgres.log' -w -t 30 \
      -o \"-p $LAB_PORT_POSTGRES -k '$S/postgres' -c listen_addresses=$LAB_HOST -c max_connections=200\" start" \
    </dev/null >>"$S/logs/postgres.stderr" 2>&1 || { tail -20 "$S/logs/postgres.log" >&2; die "postgresql did not start"; }
  log "postgresql started"
fi
if ! psql -h "$LAB_HOST" -p "$LAB_PORT_POSTGRES" -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$LAB_POSTGRES_DATABASE'" </dev/null | grep -q 1; then
  psql -h "$LAB_HOST" -p "$LAB_PORT_POSTGRES" -U postgres -d postgres -qc "create database $LAB_POSTGRES_DATABASE" </dev/null >/dev/null \
    || die "cannot create the database $LAB_POSTGRES_DATABASE"
fi

# ------------------------------------------------------------------ 8. wait for every server's greeting (bounded)
# plain_greeting HOST PORT: first line the server sends (empty if none within 2 s)
plain_greeting() {
  ( exec 3<>"/dev/tcp/$1/$2" || exit 1
    IFS= read -r -t 2 line <&3 || true
    printf '%s' "${line%$'\r'}"
    exec 3>&- ) 2>/dev/null || true
}
# tls_greeting HOST PORT QUITCMD: first line after an implicit-TLS handshake, verified against the lab CA
tls_greeting() {
  printf '%s\r\n' "$3" | timeout 5 openssl s_client -quiet -connect "$1:$2" -servername "$LAB_SERVER_NAME" \
    -CAfile "$S/certs/ca.crt" -verify_return_error 2>/dev/null | head -1 | tr -d '\r' || true
}
# dns_answer: does dnsmasq answer an MX query for lab.test with NOERROR?
dns_answer() {
  ( exec 3<>"/dev/udp/$LAB_HOST/$LAB_PORT_DNS" || exit 1
    printf '\x4d\x4b\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x03lab\x04test\x00\x00\x0f\x00\x01' >&3
    timeout 2 head -c 4 <&3 | od -An -tx1 | tr -d ' \n' ) 2>/dev/null || true
}
deadline=$((SECONDS + 30))
wait_for() { # label expected-prefix command...
  local label=$1 want=$2 got=""; shift 2
  while :; do
    got=$("$@")
    case "$got" in "$want"*) return 0 ;; esac
    if [ "$SECONDS" -ge "$deadline" ]; then
      printf '[lab up] ERROR: %s did not answer (wanted "%s", got "%s"); log tails:\n' "$label" "$want" "$got" >&2
      for f in postfix.log dovecot.log dovecot.stderr dnsmasq.stderr dnsmasq.log smtp-sink.log; do
        [ -s "$S/logs/$f" ] && { echo "--- $S/logs/$f" >&2; tail -15 "$S/logs/$f" >&2; }
      done
      exit 1
    fi
    sleep 0.2
  done
}
wait_for "postfix smtp :$LAB_PORT_SMTP"               "220 " plain_greeting "$LAB_HOST" "$LAB_PORT_SMTP"
wait_for "postfix submission :$LAB_PORT_SUBMISSION"   "220 " plain_greeting "$LAB_HOST" "$LAB_PORT_SUBMISSION"
wait_for "postfix submissions :$LAB_PORT_SUBMISSIONS" "220 " tls_greeting "$LAB_HOST" "$LAB_PORT_SUBMISSIONS" QUIT
wait_for "dovecot imap :$LAB_PORT_IMAP"               "* OK" plain_greeting "$LAB_HOST" "$LAB_PORT_IMAP"
wait_for "dovecot imap :$LAB_PORT_IMAP (remote)"      "* OK" plain_greeting "$LAB_REMOTE_HOST" "$LAB_PORT_IMAP"
wait_for "dovecot imaps :$LAB_PORT_IMAPS"             "* OK" tls_greeting "$LAB_HOST" "$LAB_PORT_IMAPS" "a LOGOUT"
wait_for "dovecot pop3 :$LAB_PORT_POP3"               "+OK"  plain_greeting "$LAB_HOST" "$LAB_PORT_POP3"
wait_for "dovecot pop3s :$LAB_PORT_POP3S"             "+OK"  tls_greeting "$LAB_HOST" "$LAB_PORT_POP3S" QUIT
wait_for "dovecot lmtp :$LAB_PORT_LMTP"               "220 " plain_greeting "$LAB_HOST" "$LAB_PORT_LMTP"
wait_for "smtp-sink :$LAB_PORT_SINK"                  "220 " plain_greeting "$LAB_HOST" "$LAB_PORT_SINK"
wait_for "dnsmasq :$LAB_PORT_DNS"                     "4d4b8" dns_answer

# ------------------------------------------------------------------ 9. lab.json (read by the tests)
js() { local s=$1; s=${s//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }
kid=$(cat "$S/oauth/kid")
{
  echo "{"
  echo "  \"host\": $(js "$LAB_HOST"),"
  echo "  \"remoteHost\": $(js "$LAB_REMOTE_HOST"),"
  echo "  \"serverName\": $(js "$LAB_SERVER_NAME"),"
  echo "  \"domain\": $(js "$LAB_DOMAIN"),"
  echo "  \"caCertificatePath\": $(js "$S/certs/ca.crt"),"
  echo "  \"logDirectory\": $(js "$S/logs"),"
  echo "  \"messageSizeLimit\": $LAB_MESSAGE_SIZE_LIMIT,"
  echo "  \"ports\": { \"smtp\": $LAB_PORT_SMTP, \"submission\": $LAB_PORT_SUBMISSION, \"submissions\": $LAB_PORT_SUBMISSIONS, \"imap\": $LAB_PORT_IMAP, \"imaps\": $LAB_PORT_IMAPS, \"pop3\": $LAB_PORT_POP3, \"pop3s\": $LAB_PORT_POP3S, \"lmtp\": $LAB_PORT_LMTP, \"dns\": $LAB_PORT_DNS, \"smtpSink\": $LAB_PORT_SINK, \"postgres\": $LAB_PORT_POSTGRES },"
  echo "  \"postgres\": $(js "Host=$LAB_HOST;Port=$LAB_PORT_POSTGRES;Username=postgres;Database=$LAB_POSTGRES_DATABASE"),"
  echo "  \"users\": ["
  n=${#LAB_USERS[@]}; i=0
  for u in "${LAB_USERS[@]}"; do
    IFS='|' read -r addr pw sendas <<<"$u"
    list=""; for a in $sendas; do list="${list:+$list, }$(js "$a")"; done
    i=$((i + 1)); sep=","; [ "$i" -lt "$n" ] || sep=""
    echo "    { \"address\": $(js "$addr"), \"password\": $(js "$pw"), \"sendAs\": [$list] }$sep"
  done
  echo "  ],"
  echo "  \"oauth\": { \"issuer\": $(js "$LAB_OAUTH_ISSUER"), \"keyId\": $(js "$kid"), \"algorithm\": \"RS256\", \"privateKeyPath\": $(js "$S/oauth/private.pem") }"
  echo "}"
} > "$S/lab.json.tmp"
chmod 644 "$S/lab.json.tmp"; mv "$S/lab.json.tmp" "$S/lab.json"

log "all servers answer (logs: $S/logs)"
echo "Lab config: $S/lab.json   (export MAILKITCONFIG_LAB_CONFIG=$S/lab.json)"

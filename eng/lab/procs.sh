# Process helpers of the MailKitConfig mail lab, sourced by up.sh, down.sh and status.sh. The lab finds its own
# servers only through the pid files in its state dir, never by process name.

# alive PID: the process exists and is not a zombie (an exited daemon stays a zombie until init reaps it)
alive() { local st; st=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) || return 1; [ -n "$st" ] && [ "${st%% *}" != Z ]; }

# ourpid PIDFILE [PATTERN]: prints the pid in PIDFILE if it is alive and its command line contains PATTERN.
ourpid() {
  local pid
  [ -s "$1" ] || return 1
  pid=$(tr -dc '0-9' < "$1"); [ -n "$pid" ] || return 1
  alive "$pid" || return 1
  [ -z "${2:-}" ] || tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
  echo "$pid"
}

# ours PIDFILE [PATTERN]: whether ourpid finds the process.
ours() { ourpid "$@" >/dev/null; }

# postmaster_pid DATADIR: prints the pid of the PostgreSQL server of DATADIR (first line of its postmaster.pid) if it runs.
postmaster_pid() {
  local pid
  [ -s "$1/postmaster.pid" ] || return 1
  pid=$(head -1 "$1/postmaster.pid" | tr -dc '0-9'); [ -n "$pid" ] || return 1
  alive "$pid" || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$1" || return 1
  echo "$pid"
}

#!/bin/sh
# Writes a Dovecot (2.3, Debian's dovecot-imapd) configuration whose passdb asks Twofold:
# IMAP logins are allowed or denied by POST /sync/check, so a two-step account logs in with an
# application password of the mail scope only.
#
#   integrations/dovecot/configure.sh <dir> <imap-port> <twofold-url> <sync-secret> [test]
#   dovecot -F -c <dir>/dovecot.conf
#
# Everything (config, sockets, logs, mail) lives in <dir>; IMAP listens on 127.0.0.1 without
# TLS, for tests and trying it out. In production put TLS in front and keep the secret file
# readable by Dovecot's auth process only.
set -eu
dir=$1 port=$2 url=$3 secret=$4 mode=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
node=$(command -v node)
mkdir -p "$dir/run" "$dir/state" "$dir/mail"
chmod 0755 "$dir" "$dir/run" "$dir/state"

if [ "$(id -u)" = 0 ]; then
  internal=dovecot login=dovenull mailuser=nobody mailgroup=nogroup
else
  internal=$(id -un) login=$(id -un) mailuser=$(id -un) mailgroup=$(id -gn)
fi

# The secret in a file of its own, readable by Dovecot's auth process only (never in the config).
umask 077
printf '%s' "$secret" > "$dir/sync-secret"
cat > "$dir/checkpassword" <<WRAPPER
#!/bin/sh
TWOFOLD_SYNC_URL='$url/sync/check' TWOFOLD_SYNC_SECRET="\$(cat '$dir/sync-secret')" exec '$node' '$here/checkpassword.mjs' "\$@"
WRAPPER
umask 022
if [ "$(id -u)" = 0 ]; then
  chown "root:$internal" "$dir/sync-secret" "$dir/checkpassword"
  chmod 0640 "$dir/sync-secret"
  chmod 0750 "$dir/checkpassword"
  chown "$mailuser:$mailgroup" "$dir/mail"
else
  chmod 0700 "$dir/checkpassword"
fi
chmod 0700 "$dir/mail"

cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $internal
default_internal_group = $internal
default_login_user = $login
first_valid_uid = 0
mail_location = maildir:$dir/mail/%u
service imap-login {
  inet_listener imap {
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service auth {
  user = $internal
  # The checkpassword program is Node.js, which reserves more address space than the default
  # 256 MB limit allows.
  vsz_limit = 0
}
passdb {
  driver = checkpassword
  args = $dir/checkpassword
}
userdb {
  driver = static
  args = uid=$mailuser gid=$mailgroup home=$dir/mail/%u
}
CONF
# Tests log in and fail many times from 127.0.0.1: no failure delay and no penalty there.
if [ "$mode" = test ]; then
  printf 'auth_failure_delay = 0\nlogin_trusted_networks = 127.0.0.0/8\n' >> "$dir/dovecot.conf"
fi
echo "$dir/dovecot.conf"

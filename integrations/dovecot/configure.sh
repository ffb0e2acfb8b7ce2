#!/bin/sh
# Writes a Dovecot (2.3, Debian's dovecot-imapd) configuration whose passdb asks Twofold:
# IMAP logins are allowed or denied by POST /sync/check, so a two-step account logs in with an
# application password of the mail scope only.
#
#   integrations/dovecot/configure.sh <dir> <imap-port> <twofold-url> <sync-secret> [test]
#                                     [oauth <client-id> <client-secret>]
#   dovecot -F -c <dir>/dovecot.conf
#
# test: no failure delay, and 127.0.0.0/8 trusted (tests fail many logins on purpose). Dovecot
# still delays the next login from an address where one failed (its auth penalty: seconds,
# doubling up to 15): tests log in from loopback addresses of their own.
# oauth: IMAP also takes an OAuth access token that Twofold issued (XOAUTH2 and OAUTHBEARER, what
# a webmail signed in through Twofold logs in with): Dovecot asks Twofold's token introspection
# endpoint (RFC 7662, <twofold-url>/oidc/token/introspection) as the client <client-id> (its
# secret in the form: client_secret_post), and lets the token in when Twofold answers active with
# the email the login names. Nothing is cached: a token is refused at its first login after its
# session ended or it was revoked. The application passwords keep PLAIN and LOGIN.
#
# Everything (config, sockets, logs, mail) lives in <dir>; IMAP listens on 127.0.0.1 without
# TLS, for tests and trying it out. In production put TLS in front and keep the secret files
# readable by Dovecot's auth process only.
set -eu
dir=$1 port=$2 url=${3%/} secret=$4
shift 4
mode='' client='' client_secret=''
while [ $# -gt 0 ]; do
  case $1 in
    test) mode=test && shift ;;
    oauth)
      [ $# -ge 3 ] || { echo "configure.sh: oauth needs <client-id> <client-secret>" >&2 && exit 2; }
      client=$2 client_secret=$3 && shift 3
      ;;
    *) echo "configure.sh: unknown argument $1 (test, or oauth <client-id> <client-secret>)" >&2 && exit 2 ;;
  esac
done
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

mechanisms='plain login'
passdbs="passdb {
  driver = checkpassword
  args = $dir/checkpassword
}"
if [ -n "$client" ]; then
  # Dovecot's oauth2 passdb posts token=, client_id= and client_secret= to the introspection
  # endpoint (client_secret_post). Its file takes the credentials as double-quoted strings (an
  # unquoted # would start a comment), so this file is a secret like sync-secret.
  case $client$client_secret in *'
'*) echo "configure.sh: the OAuth client id and secret must be one line each" >&2 && exit 2 ;;
  esac
  dquote() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }
  umask 077
  cat > "$dir/dovecot-oauth2.conf.ext" <<OAUTH2
introspection_mode = post
introspection_url = $url/oidc/token/introspection
client_id = $(dquote "$client")
client_secret = $(dquote "$client_secret")
username_attribute = email
active_attribute = active
active_value = true
timeout_msecs = 10000
OAUTH2
  umask 022
  if [ "$(id -u)" = 0 ]; then
    chown "root:$internal" "$dir/dovecot-oauth2.conf.ext"
    chmod 0640 "$dir/dovecot-oauth2.conf.ext"
  fi
  mechanisms='plain login xoauth2 oauthbearer'
  # Each passdb takes its own mechanisms: a token never goes to the application-password check,
  # nor a password to introspection.
  passdbs="passdb {
  driver = checkpassword
  mechanisms = plain login
  args = $dir/checkpassword
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/dovecot-oauth2.conf.ext
}"
fi

cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = $mechanisms
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
$passdbs
userdb {
  driver = static
  args = uid=$mailuser gid=$mailgroup home=$dir/mail/%u
}
CONF
# Tests log in and fail many times from 127.0.0.0/8: no failure delay there.
if [ "$mode" = test ]; then
  printf 'auth_failure_delay = 0\nlogin_trusted_networks = 127.0.0.0/8\n' >> "$dir/dovecot.conf"
fi
echo "$dir/dovecot.conf"

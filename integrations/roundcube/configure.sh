#!/bin/sh
# Writes a Roundcube (1.6, Debian's roundcube-core) that signs people in through Twofold, an
# OpenID Connect provider, and opens their mail over IMAP with the access token it got (XOAUTH2):
#
#   integrations/roundcube/configure.sh <dir> <http-port> <imap-port> <issuer> <client-id> <client-secret>
#   <dir>/serve
#
# <issuer> is Twofold's root URL (http://localhost:3000); its endpoints are under <issuer>/oidc/.
# <dir>/serve runs PHP's built-in server on http://127.0.0.1:<http-port>/ in the foreground (its
# log in <dir>/logs/http.log); opening it goes straight to Twofold's sign-in. The client's
# redirect URI is http://127.0.0.1:<http-port>/index.php/login/oauth: Roundcube builds it from
# the host the browser asked for, so open the webmail under that host exactly.
#
# Everything Roundcube writes (SQLite database, sessions, logs, temporary files) lives in <dir>;
# the program stays Debian's, read-only. Run serve as the user who ran this script: the secret
# files are that user's alone. IMAP goes to Dovecot on 127.0.0.1:<imap-port> without
# TLS, and sending mail is off: this is for tests and trying it out (see README.md).
set -eu
dir=$1 port=$2 imap=$3 issuer=${4%/} client=$5 secret=$6
# Debian's web root: index.php and symbolic links to the skins, plugins and scripts it serves.
webroot=/var/lib/roundcube/public_html
[ -f "$webroot/index.php" ] && [ -f /etc/roundcube/defaults.inc.php ] || {
  echo "roundcube is not installed: apt-get install -y roundcube-core roundcube-sqlite3" >&2
  exit 1
}
php=$(command -v php) || {
  echo "php is not installed: apt-get install -y php-cli" >&2
  exit 1
}
"$php" -r 'exit(extension_loaded("pdo_sqlite") ? 0 : 1);' || {
  echo "PHP has no SQLite driver: apt-get install -y roundcube-sqlite3" >&2
  exit 1
}

# A PHP single-quoted string.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed -e "s/\\\\/\\\\\\\\/g" -e "s/'/\\\\'/g")"; }

mkdir -p "$dir/config" "$dir/logs" "$dir/temp"
dir=$(cd "$dir" && pwd)
# Roundcube reads defaults.inc.php from its configuration folder: Debian's, as it comes.
ln -sf /etc/roundcube/defaults.inc.php /etc/roundcube/mimetypes.php "$dir/config/"

# The secrets in files of their own, readable by the server's user only: the client secret, and
# the key Roundcube encrypts the IMAP credential (the access token) with in its sessions. The key
# stays across runs, so that writing the configuration again signs nobody out.
umask 077
printf '%s' "$secret" > "$dir/config/oauth-client-secret"
[ -s "$dir/config/des-key" ] || od -An -N12 -tx1 /dev/urandom | tr -d ' \n' > "$dir/config/des-key"
if [ ! -s "$dir/roundcube.sqlite" ]; then
  "$php" -r '$db = new PDO("sqlite:" . $argv[1]); $db->exec(file_get_contents($argv[2]));' \
    "$dir/roundcube.sqlite" /usr/share/roundcube/SQL/sqlite.initial.sql
fi
umask 022

cat > "$dir/config/config.inc.php" <<CONF
<?php
// Written by integrations/roundcube/configure.sh.
\$config = [];
\$config['db_dsnw'] = $(quote "sqlite:///$dir/roundcube.sqlite?mode=0600");
\$config['log_dir'] = $(quote "$dir/logs/");
\$config['temp_dir'] = $(quote "$dir/temp/");
\$config['des_key'] = file_get_contents(__DIR__ . '/des-key');
\$config['product_name'] = 'Twofold webmail';
\$config['plugins'] = [];
\$config['imap_host'] = $(quote "127.0.0.1:$imap");
// Sending is off: no SMTP server.
\$config['smtp_host'] = '';

// Sign-in through Twofold. Roundcube sends the client secret in the token request's body
// (client_secret_post), asks the userinfo endpoint for the email (the ID token of a code flow
// carries none), and logs in to IMAP as that email with XOAUTH2 and the access token.
\$config['oauth_provider'] = 'generic';
\$config['oauth_provider_name'] = 'Twofold';
\$config['oauth_client_id'] = $(quote "$client");
\$config['oauth_client_secret'] = file_get_contents(__DIR__ . '/oauth-client-secret');
\$config['oauth_auth_uri'] = $(quote "$issuer/oidc/auth");
\$config['oauth_token_uri'] = $(quote "$issuer/oidc/token");
\$config['oauth_identity_uri'] = $(quote "$issuer/oidc/me");
// No offline_access: Twofold gives every app allowed the refresh_token grant a refresh token,
// which Roundcube spends when the (short) access token has expired, instead of losing IMAP.
\$config['oauth_scope'] = 'openid email';
\$config['oauth_identity_fields'] = ['email'];
// Opening the webmail goes straight to Twofold, no login form first.
\$config['oauth_login_redirect'] = true;
CONF

# ROUNDCUBE_CONFIG_DIR points Roundcube at <dir>/config instead of /etc/roundcube. PHP's own
# session files would go to /var/lib/php: Roundcube keeps its sessions in its database, and the
# path is moved here all the same. One process (no PHP_CLI_SERVER_WORKERS): a signal to it stops
# the server, where the workers would outlive their parent's SIGTERM.
cat > "$dir/serve" <<SERVE
#!/bin/sh
cd '$dir'
export ROUNDCUBE_CONFIG_DIR='$dir/config'
exec '$php' -d session.save_path='$dir/temp' -d upload_tmp_dir='$dir/temp' \\
  -S 127.0.0.1:$port -t '$webroot' >> '$dir/logs/http.log' 2>&1
SERVE
chmod 0755 "$dir/serve"
echo "$dir/serve"

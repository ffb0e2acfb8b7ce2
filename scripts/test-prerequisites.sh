#!/usr/bin/env bash
# What `pnpm test` needs beyond Node, installed first with Debian's apt-get when missing: the
# browser tests drive Chromium, the terminal app's tests type into tmux, the sync test logs in
# to Dovecot over IMAP, the outage tests run PostgreSQL's initdb and pg_ctl and redis-server, the
# webmail test serves Debian's Roundcube with PHP's built-in server (php -S). Nothing happens
# when all are there. Installing needs root (or sudo without a password); otherwise one line says
# what to install. The same names are in tooling/testing/src/programs.ts, which makes a test
# without its program fail in one line.
set -euo pipefail

missing=()
has() { command -v "$1" > /dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/sbin/$1" ]; }
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || {
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not a program: unset it or apt-get install -y chromium" >&2
    exit 1
  }
else
  has chromium || missing+=(chromium)
fi
has tmux || missing+=(tmux)
has dovecot || missing+=(dovecot-imapd)
# The outage tests stop and start a PostgreSQL cluster and a Redis server of their own.
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
has redis-server || missing+=(redis-server)
has php || missing+=(php-cli)
# Roundcube is PHP files, no program: its entry page says it is there, and roundcube-sqlite3
# (PHP's SQLite driver) that it can keep its database in a file. Debian's php wants a web server
# module (libapache2-mod-php, first of its alternatives) and roundcube-core recommends a web server
# (apache2 first): php-cgi and spawn-fcgi satisfy both with no service that starts, as the tests
# serve Roundcube with php -S. They come before roundcube-core: apt settles each alternative in
# the order it meets it, and would otherwise pick Apache.
roundcube() { [ -f /usr/share/roundcube/index.php ] && dpkg -s roundcube-sqlite3 > /dev/null 2>&1; }
roundcube || missing+=(php-cgi spawn-fcgi roundcube-core roundcube-sqlite3)
[ ${#missing[@]} -eq 0 ] && exit 0

need="the tests need ${missing[*]}: apt-get install -y ${missing[*]} (as root), then pnpm test"
if [ "$(id -u)" = 0 ]; then
  sudo=()
elif command -v sudo > /dev/null 2>&1 && sudo -n true 2> /dev/null; then
  sudo=(sudo)
else
  echo "$need" >&2
  exit 1
fi
command -v apt-get > /dev/null 2>&1 || {
  echo "$need (no apt-get here: install them with this system's package manager)" >&2
  exit 1
}

echo "pnpm test: installing ${missing[*]} with apt-get (the browser, terminal, IMAP, webmail and outage tests run them)"
# Roundcube's own database setup (dbconfig-common) asks questions: the tests make their database.
if [[ " ${missing[*]} " == *" roundcube-core "* ]]; then
  echo "roundcube-core roundcube/dbconfig-install boolean false" | "${sudo[@]}" debconf-set-selections
fi
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=600)
# Once, and only now that something is missing: a fresh machine's package lists are empty.
"${apt[@]}" update
"${apt[@]}" install -y "${missing[@]}" > /dev/null

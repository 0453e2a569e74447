#!/bin/sh
# Creates Mosquitto's password file for the Heerlen Energiemonitor, outside the repository.
#
#   make-passwords.sh [output-dir]        (default /mosquitto/auth; docker compose runs it in `mosquitto-passwords`)
#
# Users, each with the password from the environment, or else the one it already has in the password file, or else a
# new random one:
#   energiemonitor   the service (reads everything)            password: MQTT_SERVICE_PASSWORD
#   simulator        the demo simulator; only if its password is set        MQTT_SIMULATOR_PASSWORD
#   {installerId}    one per installer (publishes under energie/v1/{installerId}/# only, see acl)
#                    ids from MQTT_INSTALLERS (separated by spaces or commas) and from the first column of the CSV
#                    files in MQTT_INSTALLERS_CSV (e.g. seeds/installers.csv, header row skipped)
#                    password: MQTT_PASSWORD_{ID} with the id in upper case and '-' as '_' (MQTT_PASSWORD_ZONNEWERK)
#
# Writes {output-dir}/passwords (hashed, what mosquitto.conf's password_file names) and, for every password it made
# up, {output-dir}/generated-passwords.txt (user:password, readable by its owner only): hand those to the installers.
# Passwords go to mosquitto_passwd in a file (-U), never on a command line, so they do not show in `ps`.
set -euf
umask 077

out_dir=${1:-/mosquitto/auth}
passwords="$out_dir/passwords"
generated="$out_dir/generated-passwords.txt"
plain="$out_dir/.passwords.plain.$$"
kept="$out_dir/.passwords.kept.$$"
trap 'rm -f "$plain" "$kept"' EXIT

mkdir -p "$out_dir"
: > "$plain"
: > "$kept"
[ -f "$generated" ] || : > "$generated"
seen=" "

fail() {
    echo "make-passwords.sh: $*" >&2
    exit 1
}

random_password() {
    # 32 characters from [A-Za-z0-9]: about 190 bits.
    LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32
}

# add_user NAME PASSWORD-OR-EMPTY
add_user() {
    case "$seen" in *" $1 "*) return 0 ;; esac
    seen="$seen$1 "
    if [ -n "$2" ]; then
        case "$2" in *"
"*) fail "the password of $1 contains a line break" ;; esac
        printf '%s:%s\n' "$1" "$2" >> "$plain"
    elif [ -f "$passwords" ] && grep -q "^$1:" "$passwords"; then
        grep "^$1:" "$passwords" >> "$kept"
    else
        password=$(random_password)
        printf '%s:%s\n' "$1" "$password" >> "$plain"
        grep -v "^$1:" "$generated" > "$generated.new" || true
        printf '%s:%s\n' "$1" "$password" >> "$generated.new"
        mv "$generated.new" "$generated"
        echo "make-passwords.sh: generated a password for $1 (see $generated)"
    fi
}

add_installer() {
    id=$1
    # The id is the MQTT user name that the acl's %u substitutes into energie/v1/%u/#.
    echo "$id" | grep -Eq '^[a-z0-9][a-z0-9_-]{0,63}$' || fail "installer id '$id' does not match [a-z0-9][a-z0-9_-]{0,63}"
    case "$id" in energiemonitor | simulator) fail "installer id '$id' is reserved for a broker user" ;; esac
    variable="MQTT_PASSWORD_$(echo "$id" | tr 'a-z-' 'A-Z_')"
    eval "password=\${$variable:-}"
    add_user "$id" "$password"
}

add_user energiemonitor "${MQTT_SERVICE_PASSWORD:-}"
if [ -n "${MQTT_SIMULATOR_PASSWORD:-}" ]; then
    add_user simulator "$MQTT_SIMULATOR_PASSWORD"
fi
for id in $(echo "${MQTT_INSTALLERS:-}" | tr ',' ' '); do
    add_installer "$id"
done
for csv in ${MQTT_INSTALLERS_CSV:-}; do
    [ -f "$csv" ] || fail "no installers file $csv"
    for id in $(tail -n +2 "$csv" | cut -d, -f1 | tr -d '\r '); do
        add_installer "$id"
    done
done

if [ -s "$plain" ]; then
    mosquitto_passwd -U "$plain" > /dev/null
fi
cat "$plain" "$kept" > "$passwords.new"
mv "$passwords.new" "$passwords"
if [ "$(id -u)" = 0 ] && id mosquitto > /dev/null 2>&1; then
    # The broker, started as root, drops privileges to this user; the file should be its own and private.
    chown mosquitto "$passwords"
fi
echo "make-passwords.sh: $(wc -l < "$passwords" | tr -d ' ') users in $passwords"

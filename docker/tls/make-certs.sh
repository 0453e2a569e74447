#!/bin/sh
# Local TLS certificates for docker-compose.yml (docs/tls.md): a certificate authority of your own and, signed by it,
# one server certificate for Mosquitto (MQTT over TLS on 8883) and one for the service (HTTPS). Keys are made here, on
# your machine, into the given directory (compose: the volume tls-certs); they never go into the repository.
# Files that exist are kept, so running it again changes nothing. For a real deployment use certificates of your
# organisation's CA instead and mount them in the same places.
#   sh docker/tls/make-certs.sh <dir>
set -eu
dir=${1:?usage: make-certs.sh <dir>}
days=${TLS_DAYS:-825}
mkdir -p "$dir"
cd "$dir"

if [ ! -f ca.crt ]; then
  openssl req -x509 -newkey rsa:3072 -nodes -days "$days" -subj "/CN=Energiemonitor local CA" \
    -keyout ca.key -out ca.crt
fi

# server <name> <subjectAltName>
server() {
  [ -f "$1.crt" ] && return 0
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$1.key" -out "$1.csr"
  printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$2" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days "$days" -extfile "$1.ext" -out "$1.crt"
  rm -f "$1.csr" "$1.ext"
}
server mosquitto "DNS:mosquitto,DNS:localhost,IP:127.0.0.1"
server energiemonitor "DNS:energiemonitor,DNS:localhost,IP:127.0.0.1"

# Readable by the brokers' and the service's own users (uid 1883 in eclipse-mosquitto, 10001 in our image); the CA
# key stays with root.
chmod 600 ca.key
chmod 644 ca.crt mosquitto.crt energiemonitor.crt
if [ "$(id -u)" = 0 ]; then
  chown 1883 mosquitto.key
  chown 10001 energiemonitor.key
fi
chmod 400 mosquitto.key energiemonitor.key
echo "TLS certificates in $dir: ca.crt, mosquitto.crt/.key, energiemonitor.crt/.key"

#!/bin/sh
# ksc-notify.sh: the executable for Kaspersky Security Center's "run an executable file" notifications.
# It turns the event placeholders into one CEF message in an RFC 5424 syslog frame and sends it to a cefsyslog
# input (or any syslog receiver) over TCP, or over TLS when a CA file is given.
#
# Usage:
#   ksc-notify.sh -h HOST [-p PORT] [-c CA_PEM] [-v KSC_VERSION] [-e EVENT_TYPE] \
#     "%SEVERITY%" "%COMPUTER%" "%DOMAIN%" "%EVENT%" "%DESCR%" "%RISE_TIME%" \
#     "%KLCSAK_EVENT_TASK_DISPLAY_NAME%" "%KL_PRODUCT%" "%KL_VERSION%" "%HOST_IP%" "%HOST_CONN_IP%"
#
# Needs: a POSIX shell, sed, awk, date, and nc (netcat-openbsd) for TCP or openssl for TLS.
set -eu

port=5514
host=
ca_file=
ksc_version=
event_type=
while getopts h:p:c:v:e: option; do
  case "$option" in
    h) host=$OPTARG ;;
    p) port=$OPTARG ;;
    c) ca_file=$OPTARG ;;
    v) ksc_version=$OPTARG ;;
    e) event_type=$OPTARG ;;
    *) echo "usage: $0 -h HOST [-p PORT] [-c CA_PEM] [-v KSC_VERSION] [-e EVENT_TYPE] PLACEHOLDERS..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ -z "$host" ] || [ "$#" -ne 11 ]; then
  echo "$0: -h HOST and the 11 placeholders, in the documented order, are required" >&2
  exit 2
fi
severity=$1 computer=$2 domain=$3 event=$4 description=$5 rise_time=$6
task=$7 product=$8 product_version=$9 host_ip=${10} host_conn_ip=${11}

# CEF header fields escape \ and |; a line break cannot appear in the header.
header() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/|/\\|/g' | awk 'NR > 1 { printf " " } { printf "%s", $0 }'
}

# CEF extension values escape \ and =, and carry line breaks as \n and \r.
value() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/=/\\=/g' -e 's/\r/\\r/g' \
    | awk 'NR > 1 { printf "\\n" } { printf "%s", $0 }'
}

extensions=
add() { # key value: an empty value leaves the key out
  if [ -n "$2" ]; then
    extensions="$extensions${extensions:+ }$1=$(value "$2")"
  fi
}
add_labelled() { # slot label value
  if [ -n "$3" ]; then
    add "cs$1" "$3"
    add "cs$1Label" "$2"
  fi
}

if [ -z "$rise_time" ]; then
  rise_time="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
fi
add rt "$rise_time"
add dhost "$computer"
add dntdom "$domain"
add dst "$host_ip"
add msg "$description"
add_labelled 1 TaskName "$task"
add_labelled 2 ProductName "$product"
add_labelled 3 ProductVersion "$product_version"
add_labelled 4 HostConnectionIP "$host_conn_ip"

# Facility user with the syslog severity nearest to the KSC importance level.
case "$(printf '%s' "$severity" | tr 'A-Z' 'a-z')" in
  critical) priority=10 ;;
  error|"functional failure") priority=11 ;;
  warning) priority=12 ;;
  *) priority=14 ;;
esac

signature=${event_type:-$event}
cef="CEF:0|KasperskyLab|SecurityCenter|$(header "$ksc_version")|$(header "$signature")|$(header "$event")|$(header "$severity")|$extensions"
frame="<$priority>1 $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -n) klnotify - - - $cef"

if [ -n "$ca_file" ]; then
  printf '%s\n' "$frame" | openssl s_client -quiet -no_ign_eof -connect "$host:$port" -servername "$host" \
    -CAfile "$ca_file" -verify_hostname "$host" -verify_return_error >/dev/null 2>&1
else
  printf '%s\n' "$frame" | nc -N "$host" "$port"
fi

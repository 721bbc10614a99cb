#!/bin/sh
# The tests' own CUPS daemon: start DIR | stop DIR.
# Everything lives in DIR (configuration, spool, logs, the socket the tests reach it through as
# CUPS_SERVER=DIR/cups.sock, and the files its queues print to); it listens on no network port
# clients use and never touches the system's CUPS. Its queues use the PDF driver of Debian's
# cups-filters, so a job passes through pdftopdf (page size, scaling, margins) as on an office
# printer, and lands as a PDF in DIR/out:
#   office      the default queue, accepting; its driver offers the JAC label sheets' paper too
#               (323 × 222.2 mm, landscape), as an office sets up the paper of its label sheets
#   rejecting   does not accept jobs (cupsreject)
#   paused      accepts jobs and holds them (cupsdisable)
#   no-a6       a PDF printer whose driver offers no A6 paper
set -eu
action=$1
dir=$(realpath -m "$2")
ppd=/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd

fail() {
    echo "print-system: $*" >&2
    [ -f "$dir/log/error_log" ] && tail -n 30 "$dir/log/error_log" >&2
    exit 1
}

stop() {
    if [ -f "$dir/cupsd.pid" ]; then
        pid=$(cat "$dir/cupsd.pid")
        kill "$pid" 2>/dev/null || true
        # cupsd ends within a second; wait a little for it to let go of its files
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        rm -f "$dir/cupsd.pid"
    fi
}

if [ "$action" = stop ]; then
    stop
    exit 0
fi
[ "$action" = start ] || fail "start DIR or stop DIR, not “$action”"
for tool in cupsd lpadmin cupsenable cupsaccept cupsreject cupsdisable lpstat; do
    command -v "$tool" > /dev/null || fail "$tool is missing: run packaging/install-deps.sh"
done
[ -f "$ppd" ] || fail "$ppd is missing: install cups-filters (packaging/install-deps.sh)"

stop
rm -rf "$dir"
# When the tests run as root, cupsd runs its filters as the user lp: they must reach the spool and
# the temporary files, and write the printed files.
mkdir -p "$dir/etc/ppd" "$dir/spool/tmp" "$dir/cache" "$dir/state" "$dir/log" "$dir/out"
chmod 755 "$dir" "$dir/etc" "$dir/cache" "$dir/state" "$dir/log"
chmod 1777 "$dir/spool/tmp" "$dir/out"
chmod 710 "$dir/spool"
if [ "$(id -u)" -eq 0 ]; then
    chgrp lp "$dir/spool"
    user_settings="User lp
Group lp"
else
    chmod 755 "$dir/spool"
    user_settings=""
fi

cat > "$dir/etc/cups-files.conf" <<CONF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ServerBin /usr/lib/cups
DataDir /usr/share/cups
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
FileDevice Yes
Printcap $dir/printcap
SystemGroup $(id -gn)
$user_settings
CONF
cat > "$dir/etc/cupsd.conf" <<CONF
Listen $dir/cups.sock
LogLevel info
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
DefaultAuthType None
MaxJobs 0
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF

cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" > "$dir/log/cupsd.out" 2>&1 &
echo $! > "$dir/cupsd.pid"
export CUPS_SERVER="$dir/cups.sock"
tries=0
until [ -S "$dir/cups.sock" ] && lpstat -r 2>/dev/null | grep -q "is running"; do
    tries=$((tries + 1))
    [ "$tries" -lt 50 ] || fail "cupsd did not start: $(cat "$dir/log/cupsd.out")"
    kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null || fail "cupsd ended: $(cat "$dir/log/cupsd.out")"
    sleep 0.2
done

# The office's driver with the JAC sheets' paper; the driver that lacks A6: the same without A6.
awk '{ print }
     /^\*PageSize A4\/A4:/ { print "*PageSize JAC/JAC label sheet: \"@PJL SET PAPER=CUSTOM<0A>\"" }
     /^\*PageRegion A4\/A4:/ { print "*PageRegion JAC/JAC label sheet: \"@PJL SET PAPER=CUSTOM<0A>\"" }
     /^\*ImageableArea A4\/A4:/ { print "*ImageableArea JAC/JAC label sheet: \"18 36 612 880\"" }
     /^\*PaperDimension A4\/A4:/ { print "*PaperDimension JAC/JAC label sheet: \"630 916\"" }' "$ppd" > "$dir/office.ppd"
grep -v 'A6' "$ppd" > "$dir/no-a6.ppd"
# cupsd writes a file: device only when the file exists, and does not shorten it: a test empties
# it before each job.
add_queue() {
    : > "$dir/out/$1.pdf"
    chmod 666 "$dir/out/$1.pdf"
    lpadmin -p "$1" -v "file://$dir/out/$1.pdf" -P "$2" -E || fail "lpadmin could not add the queue $1"
}
add_queue office "$dir/office.ppd"
add_queue rejecting "$ppd"
add_queue paused "$ppd"
add_queue no-a6 "$dir/no-a6.ppd"
lpadmin -d office || fail "lpadmin could not make office the default queue"
cupsreject -r "Out of labels" rejecting || fail "cupsreject failed"
cupsdisable -r "Paused for the test" paused || fail "cupsdisable failed"
lpstat -p -a >&2

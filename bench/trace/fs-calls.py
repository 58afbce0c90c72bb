"""Per accepted package (a spool -> blobs rename), the strace lines of fs-calls.sh grouped by call and folder."""
import collections
import re
import sys


def folder(path):
    for marker, name in (("/blobs/", "blobs"), (".attachments", "scratch"), ("/spool", "spool"), ("/h2/", "h2")):
        if marker in path:
            return name
    return "sys/proc" if path.startswith(("/sys", "/proc")) else "other"


counts, packages = collections.Counter(), 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.match(r"\d+\s+(\w+)\((.*)\)\s+=\s+(-?\d+)", line)
    if not m:
        continue
    call, args = m.group(1), m.group(2)
    paths = re.findall(r'"([^"]*)"', args)
    if call.startswith("rename") and len(paths) > 1 and "/spool/" in paths[0] and "/blobs/" in paths[1]:
        packages += 1
    if call == "openat":
        call += "/create" if "O_CREAT" in args else "/read"
    counts[(folder(paths[0] if paths else ""), call)] += 1
print("accepted packages:", packages)
for (where, call), n in sorted(counts.items()):
    print(f"{where:9s} {call:15s} {n:6d} {n / packages if packages else 0:7.2f} per package")

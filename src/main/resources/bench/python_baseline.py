# The Python standard library baseline of `mailaudit bench` (issue 7): mailbox.mbox for mbox files,
# one message per other file, email.message_from_bytes and get_payload(decode=True) on every part,
# text parts decoded with their charset. Prints one JSON object: messages, bytes, chars, seconds,
# maxrss_kb. Usage: python3 python_baseline.py CORPUS_DIR (its labels/ folder is skipped)
import email
import json
import mailbox
import os
import resource
import sys
import time


def text_chars(raw):
    message = email.message_from_bytes(raw)
    chars = 0
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            chars += len(payload.decode(part.get_content_charset() or "utf-8", errors="replace"))
    return chars


def corpus_files(root):
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not (folder == root and d == "labels")]
        files.extend(os.path.join(folder, n) for n in names)
    return sorted(files)


def main(root):
    paths = corpus_files(root)
    start = time.perf_counter()
    messages = size = chars = 0
    for path in paths:
        if path.endswith(".mbox"):
            box = mailbox.mbox(path, create=False)
            for key in box.iterkeys():
                raw = box.get_bytes(key)
                messages += 1
                size += len(raw)
                chars += text_chars(raw)
            box.close()
        else:
            with open(path, "rb") as f:
                raw = f.read()
            messages += 1
            size += len(raw)
            chars += text_chars(raw)
    seconds = time.perf_counter() - start
    print(json.dumps({"messages": messages, "bytes": size, "chars": chars,
                      "seconds": seconds, "maxrss_kb": peak_rss_kb()}))


def peak_rss_kb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over execve, so a python started from a big JVM
    # (or through pyenv's shims) would report its parent's peak.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main(sys.argv[1])

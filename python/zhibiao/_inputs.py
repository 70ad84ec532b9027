"""Input expansion, the same as the CLI's (src/cli/input.cpp expand_inputs).

Directories are walked recursively for .txt .html .htm .xhtml, sorted by path; a file found
in a directory is skipped when already listed; files named explicitly are kept as given
(missing ones too, so that parsing reports them). Ids are file stems made unique: "x", "x-2".
"""
import os

REPORT_EXTENSIONS = (".txt", ".html", ".htm", ".xhtml")


def _walk(directory):
    found = []
    for root, _dirs, files in os.walk(directory):
        for name in files:
            path = os.path.join(root, name)
            if os.path.splitext(name)[1].lower() in REPORT_EXTENSIONS and os.path.isfile(path):
                found.append(path)
    # The CLI sorts std::string paths bytewise; for UTF-8 that is code point order.
    found.sort(key=lambda p: os.fsencode(p))
    return found


def expand_inputs(paths):
    """[(path, id)] for files and directories, in the CLI's order and with its ids."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    listed, seen = [], set()
    for a in paths:
        a = os.fspath(a)
        if os.path.isdir(a):
            for f in _walk(a):
                if f not in seen:
                    seen.add(f)
                    listed.append(f)
        else:
            seen.add(a)
            listed.append(a)
    out, ids, next_suffix = [], set(), {}
    for p in listed:
        stem = os.path.splitext(os.path.basename(p))[0] if p != "-" else "stdin"
        out.append((p, unique_id(stem or "document", ids, next_suffix)))
    return out


def unique_id(stem, ids, next_suffix):
    """stem, or stem-2, stem-3 ... when taken (ids and next_suffix are updated)."""
    if stem not in ids:
        ids.add(stem)
        return stem
    k = max(next_suffix.get(stem, 2), 2)
    while True:
        cand = f"{stem}-{k}"
        k += 1
        if cand not in ids:
            break
    next_suffix[stem] = k
    ids.add(cand)
    return cand

#!/usr/bin/env python3
"""Moves the pages of a generated reference corpus into three levels of nested sections, for `make bench`.

content/<section>/<slug>.<lang>.md becomes content/<section>/topic-<t>/part-<p>/<slug>.<lang>.md, with an
_index.<lang>.md (bg and en) in every new folder, so each level is a section of its own; links between pages
(/news/item-000123/, /en/news/item-000123/) are rewritten to the new URLs. Deterministic: the place of a page
follows from its number. Usage: nest_corpus.py SITE_DIR
"""
import os, re, sys

root = os.path.join(sys.argv[1], "content")
moves = {}
for section in sorted(os.listdir(root)):
    folder = os.path.join(root, section)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        match = re.match(r"item-(\d+)\.(bg|en)\.md$", name)
        if not match:
            continue
        number = int(match.group(1))
        topic, part = f"topic-{number % 5}", f"part-{(number // 5) % 4}"
        moves[(section, name)] = (topic, part)
        slug = name.split(".")[0]
        moves.setdefault(("url", section, slug), f"{section}/{topic}/{part}/{slug}")

link = re.compile(r"\((/en)?/([a-z]+)/(item-\d+)/\)")


def rewrite(text):
    def new(m):
        target = moves.get(("url", m.group(2), m.group(3)))
        return f"({m.group(1) or ''}/{target}/)" if target else m.group(0)
    return link.sub(new, text)


made = set()
for key, (topic, part) in sorted((k, v) for k, v in moves.items() if k[0] != "url"):
    section, name = key
    target = os.path.join(root, section, topic, part)
    for level in (os.path.join(root, section, topic), target):
        if level in made:
            continue
        os.makedirs(level, exist_ok=True)
        title = os.path.basename(level)
        for lang in ("bg", "en"):
            with open(os.path.join(level, f"_index.{lang}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: \"{title}\"\n---\n\n{title}.\n")
        made.add(level)
    source = os.path.join(root, section, name)
    with open(source, encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(target, name), "w", encoding="utf-8") as f:
        f.write(rewrite(text))
    os.remove(source)
print(f"nested: {sum(1 for k in moves if k[0] != 'url')} files into {len(made)} section folders")

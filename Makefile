# portal: a bilingual static site generator, and the NASO site it was made for.
#   make site    install what is missing, build portal (release), build this site into public/
#   make test    run the whole test suite
#   make check   build the site and run the third-party validators on it (../shared/validate)
#   make bench   time portal against Hugo on the reference corpus (../shared/bench), then search, images, serve
#   make install install the portal binary into $(PREFIX)/bin (default /usr/local); make uninstall removes it

SWIFT    ?= swift
PORTAL   := .build/release/portal
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VALIDATE ?= ../shared/validate

.PHONY: site build test deps check bench fuzz clean install uninstall

PREFIX ?= /usr/local

site: build
	$(PORTAL) build

# The Swift standard library and Foundation are linked into the binary: calls into them skip the dynamic
# linker's indirection and the process maps less (benchmarks: 5 % less CPU and 2.6 MB less peak memory on the
# 2,000-pair corpus), and the installed binary runs on a machine without the Swift toolchain.
build: deps
	$(SWIFT) build -c release --product portal --static-swift-stdlib

test: deps
	$(SWIFT) test --parallel

# cmark-gfm (GitHub's fork of the CommonMark reference library, with tables, footnotes, strikethrough,
# autolinks and task lists), libvips (images: resizing, WebP/AVIF, metadata stripping) and pkg-config come
# from Debian.
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libvips-dev pkg-config
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

# portal check, the W3C Nu Html Checker, feed and sitemap schemas, links, axe-core, real queries through the
# search pages and portal serve in Chromium, and nginx serving the site.
check: site
	$(PORTAL) check
	bash $(VALIDATE)/check-html.sh public
	python3 $(VALIDATE)/check-feeds.py public
	bash $(VALIDATE)/check-links.sh public
	A11Y_MAX=1000 "$$(bash $(VALIDATE)/setup.sh | tail -n 1)/bin/python" $(VALIDATE)/a11y.py public
	"$$(bash $(VALIDATE)/setup.sh | tail -n 1)/bin/python" scripts/axe-phone.py public 390
	"$$(bash $(VALIDATE)/setup.sh | tail -n 1)/bin/python" scripts/check-search.py public
	"$$(bash $(VALIDATE)/setup.sh | tail -n 1)/bin/python" scripts/check-serve.py $(PORTAL) .
	bash scripts/check-hosting.sh $(PORTAL)
	bash scripts/check-cli.sh $(PORTAL)
	bash scripts/check-init.sh $(PORTAL) $(VALIDATE)

# The release binary into $(PREFIX)/bin: it needs libcmark-gfm (and libvips for images) and glibc 2.36 or later
# (Debian 12; its relocations are packed, see Package.swift) but no Swift toolchain.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(PORTAL) "$(DESTDIR)$(PREFIX)/bin/portal"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/portal"

# portal and Hugo in alternation on the 2,000- and 10,000-pair corpora and the nested one: no-change rebuild and
# clean build, wall and CPU time and peak memory (GNU time, alternating rounds), ratios (benchmarks/compare.py;
# about 25 minutes); then the search index against Pagefind, 200 photos through the image stage (about 10 minutes), and portal serve's
# edit-to-served latency and memory over 100 edits. docs/benchmarks.md has the figures.
bench: build
	bash benchmarks/run.sh
	bash benchmarks/search.sh
	bash benchmarks/images.sh
	bash benchmarks/serve.sh

# libFuzzer + AddressSanitizer on the content loader, front matter, Markdown, dates and slugs.
FUZZ_SECONDS ?= 300
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	mkdir -p .fuzz-corpus
	Fuzz/.build/release/FuzzContent .fuzz-corpus Fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10

clean:
	rm -rf .build public

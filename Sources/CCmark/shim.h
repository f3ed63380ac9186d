// cmark-gfm: GitHub's fork of the CommonMark reference library, with the GFM extensions
// (tables, strikethrough, autolinks, task lists) and footnotes.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

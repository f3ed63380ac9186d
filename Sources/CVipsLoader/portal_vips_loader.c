#include "portal_vips_loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

static void *library = NULL;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    // Debian's soname first (libvips42), then the development link.
    library = dlopen("libvips.so.42", RTLD_NOW | RTLD_GLOBAL);
    if (!library) library = dlopen("libvips.so", RTLD_NOW | RTLD_GLOBAL);
}

void *portal_vips_symbol(const char *name) {
    pthread_once(&once, load);
    return library ? dlsym(library, name) : NULL;
}

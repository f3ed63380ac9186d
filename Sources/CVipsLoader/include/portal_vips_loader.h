#ifndef PORTAL_VIPS_LOADER_H
#define PORTAL_VIPS_LOADER_H

// libvips is loaded the first time a site has an image to process, not when portal starts: linked at start, it
// and the ~100 libraries it pulls in cost every run about 20 MB of memory and 50 ms, images or not.
// Returns the address of a libvips (or GLib) function, or NULL when libvips cannot be loaded.
void *portal_vips_symbol(const char *name);

#endif

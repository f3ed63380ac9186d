// libvips for portal's image stage. libvips's calls take optional arguments as NULL-terminated varargs,
// which Swift cannot call; these small wrappers fix the arguments portal uses.
//
// Every call goes through PORTAL_VIPS, which finds the function in libvips once it is loaded (CVipsLoader):
// portal links no libvips symbol, so a site without images never loads it. The headers still declare every
// function, so each call is type-checked against libvips's own prototype.
#include <string.h>
#include <vips/vips.h>

extern void *portal_vips_symbol(const char *name);
#define PORTAL_VIPS(function) ((__typeof__(&function))portal_vips_symbol(#function))

static inline int portal_has_prefix(const char *text, const char *prefix) {
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

// 0 once libvips is loaded and started (with the ABI this was compiled against), -1 otherwise.
static inline int portal_vips_start(void) {
    if (!portal_vips_symbol("vips_init")) return -1;
    if (PORTAL_VIPS(vips_version)(3) - PORTAL_VIPS(vips_version)(5) != VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE) return -1;
    if (PORTAL_VIPS(vips_init)("portal")) return -1;
    PORTAL_VIPS(vips_cache_set_max)(0);      // each image is read once; libvips's operation cache would only hold memory
    PORTAL_VIPS(vips_concurrency_set)(1);    // portal runs one image per core itself
    return 0;
}

// The header only (libvips reads pixels lazily): size, orientation, loader. Fails on files it cannot read.
static inline VipsImage *portal_vips_header(const char *path) {
    return PORTAL_VIPS(vips_image_new_from_file)(path, "fail_on", VIPS_FAIL_ON_ERROR, NULL);
}

static inline int portal_vips_orientation(VipsImage *image) {
    int orientation = 1;
    if (PORTAL_VIPS(vips_image_get_typeof)(image, VIPS_META_ORIENTATION) &&
        PORTAL_VIPS(vips_image_get_int)(image, VIPS_META_ORIENTATION, &orientation)) orientation = 1;
    return orientation;
}

// Decodes the whole image once, turned upright by its EXIF orientation, into memory.
static inline VipsImage *portal_vips_decode_upright(const char *path) {
    VipsImage *in = PORTAL_VIPS(vips_image_new_from_file)(path, "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    if (!in) return NULL;
    VipsImage *rotated = NULL;
    int failed = PORTAL_VIPS(vips_autorot)(in, &rotated, NULL);
    PORTAL_VIPS(g_object_unref)(in);
    if (failed) return NULL;
    VipsImage *memory = PORTAL_VIPS(vips_image_copy_memory)(rotated);
    PORTAL_VIPS(g_object_unref)(rotated);
    return memory;
}

// `width` pixels wide (never wider than the image), colours in sRGB.
static inline VipsImage *portal_vips_resize(VipsImage *image, int width) {
    VipsImage *out = NULL;
    if (PORTAL_VIPS(vips_thumbnail_image)(image, &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                             "export_profile", "srgb", NULL)) return NULL;
    return out;
}

// A copy of `image` with every piece of metadata removed: EXIF (GPS, camera, maker notes), XMP, IPTC, the
// ICC profile (pixels are sRGB by then) and the orientation. Savers' own "strip" option missed EXIF in WebP
// with libvips 8.14, so portal removes the fields itself.
static inline VipsImage *portal_vips_without_metadata(VipsImage *image) {
    VipsImage *copy = NULL;
    if (PORTAL_VIPS(vips_copy)(image, &copy, NULL)) return NULL;
    gchar **fields = PORTAL_VIPS(vips_image_get_fields)(copy);
    for (int i = 0; fields && fields[i]; i++) {
        const char *name = fields[i];
        if (portal_has_prefix(name, "exif-") || portal_has_prefix(name, "xmp-") || portal_has_prefix(name, "iptc-") ||
            portal_has_prefix(name, "icc-profile-") || portal_has_prefix(name, "photoshop-") ||
            portal_has_prefix(name, "heif-") || strcmp(name, "orientation") == 0 || strcmp(name, "gif-comment") == 0 ||
            strcmp(name, "png-comment-0-") == 0 || portal_has_prefix(name, "png-comment"))
            PORTAL_VIPS(vips_image_remove)(copy, name);
    }
    PORTAL_VIPS(g_strfreev)(fields);
    return copy;
}

// Savers with every piece of metadata (EXIF, GPS, XMP, IPTC, maker notes, ICC) stripped.
static inline int portal_vips_save_webp(VipsImage *image, const char *path, int quality) {
    return PORTAL_VIPS(vips_webpsave)(image, path, "Q", quality, "strip", TRUE, NULL);
}
static inline int portal_vips_save_avif(VipsImage *image, const char *path, int quality) {
    return PORTAL_VIPS(vips_heifsave)(image, path, "Q", quality, "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1,
                         "effort", 2, "strip", TRUE, NULL);
}
static inline int portal_vips_save_jpeg(VipsImage *image, const char *path, int quality) {
    return PORTAL_VIPS(vips_jpegsave)(image, path, "Q", quality, "strip", TRUE, "optimize_coding", TRUE, "interlace", TRUE, NULL);
}
static inline int portal_vips_save_png(VipsImage *image, const char *path) {
    return PORTAL_VIPS(vips_pngsave)(image, path, "strip", TRUE, "compression", 9, NULL);
}

// Whether this libvips can write AVIF (libheif with an AV1 encoder).
static inline int portal_vips_can_save_avif(void) {
    return PORTAL_VIPS(vips_type_find)("VipsOperation", "heifsave") != 0;
}

// The metadata field names of an image, for tests that check nothing was left behind; free with portal_vips_free_fields.
static inline char **portal_vips_fields(VipsImage *image) {
    return PORTAL_VIPS(vips_image_get_fields)(image);
}

static inline void portal_vips_unref(VipsImage *image) { PORTAL_VIPS(g_object_unref)(image); }
static inline void portal_vips_free_fields(char **fields) { PORTAL_VIPS(g_strfreev)(fields); }
static inline int portal_vips_width(VipsImage *image) { return PORTAL_VIPS(vips_image_get_width)(image); }
static inline int portal_vips_height(VipsImage *image) { return PORTAL_VIPS(vips_image_get_height)(image); }
static inline const char *portal_vips_error_buffer(void) { return PORTAL_VIPS(vips_error_buffer)(); }
static inline void portal_vips_error_clear(void) { PORTAL_VIPS(vips_error_clear)(); }

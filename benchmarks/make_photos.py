#!/usr/bin/env python3
"""Makes camera-like JPEGs for the image benchmark and tests: smooth gradients with a little noise (they compress
like photos, unlike pure noise), with an EXIF block carrying GPS and an orientation, as phones write them.

usage: make_photos.py OUT_DIR COUNT [WIDTH HEIGHT]     (needs the vips command: Debian libvips-tools)
       make_photos.py --exif-only IN.jpg OUT.jpg [ORIENTATION]
"""
import os, struct, subprocess, sys, tempfile


def exif(orientation, seconds=5):
    """A little-endian TIFF block: IFD0 with Orientation and a pointer to a GPS IFD with latitude 42°41'Ns" N."""
    ifd0, n0, n1 = 8, 2, 2
    gps = ifd0 + 2 + n0 * 12 + 4
    data = gps + 2 + n1 * 12 + 4
    b = b"II*\x00" + struct.pack("<I", ifd0) + struct.pack("<H", n0)
    b += struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    b += struct.pack("<HHII", 0x8825, 4, 1, gps) + struct.pack("<I", 0)
    b += struct.pack("<H", n1)
    b += struct.pack("<HHI", 0x0001, 2, 2) + b"N\x00\x00\x00"
    b += struct.pack("<HHII", 0x0002, 5, 3, data) + struct.pack("<I", 0)
    b += struct.pack("<IIIIII", 42, 1, 41, 1, seconds, 1)
    return b"Exif\x00\x00" + b


def add_exif(src, out, orientation=1, seconds=5):
    jpg = open(src, "rb").read()
    assert jpg[:2] == b"\xff\xd8", f"{src} is not a JPEG"
    segment = exif(orientation, seconds)
    open(out, "wb").write(jpg[:2] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + jpg[2:])


def photo(out, width, height, seed):
    def vips(*args):
        subprocess.run(["vips", *map(str, args)], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        t = lambda name: os.path.join(tmp, name + ".v")
        vips("xyz", t("xy"), width, height)
        vips("extract_band", t("xy"), t("x"), 0)
        vips("extract_band", t("xy"), t("y"), 1)
        vips("linear", t("x"), t("r"), 200 / width, 20 + seed % 30)
        vips("linear", t("y"), t("g"), 180 / height, 40 + seed % 50)
        vips("linear", t("x"), t("b"), "--", -120 / width, 200 - seed % 40)
        vips("bandjoin", f"{t('r')} {t('g')} {t('b')}", t("rgb"))
        vips("gaussnoise", t("n"), width, height, "--mean", 0, "--sigma", 6)
        vips("add", t("rgb"), t("n"), t("noisy"))
        vips("cast", t("noisy"), t("u8"), "uchar")
        vips("colourspace", t("u8"), t("srgb"), "srgb")
        plain = os.path.join(tmp, "plain.jpg")
        vips("jpegsave", t("srgb"), plain, "--Q", 92, "--strip")
        add_exif(plain, out, orientation=1 if seed % 4 else 6)


if __name__ == "__main__":
    if sys.argv[1] == "--exif-only":
        add_exif(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 6)
    else:
        folder, count = sys.argv[1], int(sys.argv[2])
        width, height = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (3000, 2000)
        os.makedirs(folder, exist_ok=True)
        # Drawing a 3000×2000 picture with the vips command takes seconds: 20 are drawn, and the others are
        # those with another GPS position, so every file differs (its own hash, its own encoding work).
        distinct = min(count, int(os.environ.get("DISTINCT", 20)))
        for i in range(distinct):
            photo(os.path.join(folder, f"photo-{i:03d}.jpg"), width, height, i)
        for i in range(distinct, count):
            base = os.path.join(folder, f"photo-{i % distinct:03d}.jpg")
            jpg = open(base, "rb").read()
            length = struct.unpack(">H", jpg[4:6])[0]
            plain = os.path.join(folder, ".plain.jpg")
            open(plain, "wb").write(jpg[:2] + jpg[4 + length:])
            add_exif(plain, os.path.join(folder, f"photo-{i:03d}.jpg"), 1 if i % 4 else 6, i)
            os.remove(plain)

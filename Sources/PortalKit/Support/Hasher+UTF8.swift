extension Hasher {
    /// Feeds a string's UTF-8 bytes and length. `combine(text)` hashes the string's NFC form, which for
    /// Cyrillic text runs Unicode normalization on every character (half of a fingerprint's time in
    /// `perf record`); render caches want the bytes anyway, since the bytes are what gets written.
    mutating func combineUTF8(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            combine(bytes.count)
            combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}

/// Writes values into the compact binary form of the build cache (`.portal-cache/`), read back by
/// ``CacheReader``: integers as variable-length numbers, text as its UTF-8 length and bytes.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        // Zigzag, so small negative numbers stay one byte too.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) { uint64(value.bitPattern) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Bytes as they are (already in this form).
    mutating func raw(_ more: ArraySlice<UInt8>) { bytes.append(contentsOf: more) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout CacheWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    /// Where a value kept apart is: its offset among the kept values and its length.
    mutating func location(_ location: CacheBlobs.Location, at offset: Int) {
        int(offset)
        int(location.count)
    }
}

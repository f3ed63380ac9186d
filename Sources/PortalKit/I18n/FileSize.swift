/// A file size as a reader reads it in their language: "245 KB", "245 КБ", "1.2 MB", "1,2 МБ".
enum FileSize {
    /// Formats `bytes` with the units and decimal separator of `strings` (``BuiltinStrings`` keys
    /// `byteUnits` and `decimalSeparator`): whole kilobytes below a megabyte, one decimal above.
    static func format(_ bytes: Int, strings: [String: String]) -> String {
        let units = (strings["byteUnits"] ?? BuiltinStrings.english["byteUnits"]!).split(separator: " ").map(String.init)
        let separator = strings["decimalSeparator"] ?? "."
        if bytes < 1024 { return "\(bytes) \(units[0])" }
        var value = Double(bytes) / 1024
        var unit = 1
        if value < 1000 { return "\(Int(value.rounded())) \(units[1])" }
        while value >= 1000, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(separator)\(tenths % 10)"
        return "\(text) \(units[unit])"
    }
}

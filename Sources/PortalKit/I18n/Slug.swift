import Foundation

/// URL slugs: lowercase ASCII words joined by single hyphens.
public enum Slug {
    /// Makes a slug from a title, file name, tag or heading.
    ///
    /// Cyrillic is transliterated by the official Bulgarian system; Latin letters lose their accents
    /// ("Zentrum für" → "zentrum-fur"); anything else separates words.
    /// "Среща със Столична Община" → `sreshta-sas-stolichna-obshtina`.
    public static func make(_ text: String) -> String {
        ASCIIAndCyrillicSlug.make(text) ?? general(text)
    }

    /// The slug of any text: transliteration, then accents folded away by Foundation.
    static func general(_ text: String) -> String {
        let latin = Transliteration.latin(text)
        var slug = ""
        slug.reserveCapacity(latin.utf8.count)
        var pendingHyphen = false
        for scalar in latin.unicodeScalars {
            let ascii: String
            if scalar.isASCII {
                ascii = String(scalar)
            } else {
                ascii = String(scalar).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            }
            for c in ascii.unicodeScalars {
                if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.unicodeScalars.append(c)
                } else if c >= "A" && c <= "Z" {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.unicodeScalars.append(Unicode.Scalar(c.value + 32)!)
                } else {
                    pendingHyphen = true
                }
            }
        }
        return slug
    }
}

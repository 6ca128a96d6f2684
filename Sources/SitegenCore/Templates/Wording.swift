import Foundation

/// The Swedish words and number formats of the default interface.
enum Wording {
    static func articles(_ count: Int) -> String {
        count == 1 ? "1 artikel" : "\(count) artiklar"
    }

    /// "340 kB", "1,2 MB", with a decimal comma.
    static func fileSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) byte" }
        if bytes < 1_000_000 { return "\(Int((Double(bytes) / 1_000).rounded())) kB" }
        let megabytes = Double(bytes) / 1_000_000
        let text = megabytes < 10 ? String(format: "%.1f", megabytes) : String(format: "%.0f", megabytes)
        return text.replacingOccurrences(of: ".", with: ",") + " MB"
    }

    static func fileType(_ name: String) -> String {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "pdf": return "PDF"
        case "doc", "docx": return "Word"
        case "xls", "xlsx": return "Excel"
        case "ppt", "pptx": return "PowerPoint"
        case "odt", "ods", "odp": return "OpenDocument"
        case "csv": return "CSV"
        case "zip": return "ZIP"
        case "jpg", "jpeg", "png", "gif", "webp", "svg": return "Bild"
        default: return ext.isEmpty ? "Fil" : ext.uppercased()
        }
    }

    /// `tel:` address: digits and a leading +; a Swedish 0 prefix becomes +46, "(0)" is dropped.
    static func telephoneURL(_ phone: String) -> String? {
        let withoutTrunk = phone.replacingOccurrences(of: "(0)", with: "")
        var digits = withoutTrunk.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        guard digits.count >= 5 else { return nil }
        if digits.hasPrefix("00") { digits = "+" + digits.dropFirst(2) }
        if digits.hasPrefix("0") { digits = "+46" + digits.dropFirst() }
        return "tel:" + digits
    }

    /// Plain text cut at a word boundary near `limit` characters, with an ellipsis when cut.
    static func summary(_ text: String, limit: Int = 300) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        guard let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 else {
            return String(head) + "…"
        }
        var cut = head[..<space]
        while let last = cut.last, ",;:–-".contains(last) { cut = cut.dropLast() }
        return String(cut) + " …"
    }
}

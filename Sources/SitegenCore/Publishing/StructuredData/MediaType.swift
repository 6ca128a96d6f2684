/// What a downloadable file is, for `encodingFormat` and `contentSize`.
enum MediaType {
    /// The MIME type by the file's extension; `nil` for extensions sitegen does not know.
    static func of(fileName: String) -> String? {
        guard fileName.contains(".") else { return nil }
        switch fileName.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "pdf": return "application/pdf"
        case "doc": return "application/msword"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xls": return "application/vnd.ms-excel"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "ppt": return "application/vnd.ms-powerpoint"
        case "pptx": return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case "odt": return "application/vnd.oasis.opendocument.text"
        case "ods": return "application/vnd.oasis.opendocument.spreadsheet"
        case "odp": return "application/vnd.oasis.opendocument.presentation"
        case "csv": return "text/csv"
        case "txt": return "text/plain"
        case "zip": return "application/zip"
        case "jpg", "jpeg": return "image/jpeg"
        case "png": return "image/png"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "svg": return "image/svg+xml"
        default: return nil
        }
    }

    /// "19 B", "340 kB", "1.2 MB": decimal units with a decimal point, for programs rather than
    /// Swedish readers (the page itself shows "1,2 MB").
    static func contentSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) B" }
        let kilobytes = Int((Double(bytes) / 1_000).rounded())
        if kilobytes < 1_000 { return "\(kilobytes) kB" }
        let tenths = Int((Double(bytes) / 100_000).rounded())
        if tenths < 100 { return "\(tenths / 10).\(tenths % 10) MB" }
        return "\(Int((Double(bytes) / 1_000_000).rounded())) MB"
    }
}

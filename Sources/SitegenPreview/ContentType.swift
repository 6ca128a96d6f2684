/// The `Content-Type` of a file by its extension, as a static host sends it.
public enum ContentType {
    public static func of(fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: ".") else { return fallback }
        return types[fileName[fileName.index(after: dot)...].lowercased()] ?? fallback
    }

    public static let html = "text/html; charset=utf-8"
    /// Unknown files are offered as bytes, never guessed as HTML.
    public static let fallback = "application/octet-stream"

    static let types: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "xml": "application/xml; charset=utf-8", "xsl": "application/xml; charset=utf-8",
        "json": "application/json",
        "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff2": "font/woff2", "woff": "font/woff",
        "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg",
        "zip": "application/zip",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]
}

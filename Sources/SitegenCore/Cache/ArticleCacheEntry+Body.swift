import Foundation

extension ArticleCacheEntry {
    /// Where `body` starts in `text`, in UTF-8 bytes, when it is all of `text` from there on.
    static func offset(of body: String, in text: String) -> Int? {
        // Compared as bytes with memcmp: UTF8View's elementsEqual took a quarter of a cold load.
        var body = body, text = text
        return text.withUTF8 { whole in
            body.withUTF8 { end in
                guard end.count <= whole.count else { return nil }
                let offset = whole.count - end.count
                guard end.count > 0 else { return offset }
                return memcmp(whole.baseAddress! + offset, end.baseAddress!, end.count) == 0 ? offset : nil
            }
        }
    }

    /// Puts the body back into the article from the file's bytes, which are the ones the entry
    /// was made from (the key says so). False when they do not give a body, which makes the
    /// entry unusable.
    mutating func restoreBody(from contents: Data) -> Bool {
        guard let bodyOffset, article != nil else { return true }
        // Most files have no byte-order mark and no CR: their text is their bytes.
        let plain = !contents.starts(with: [0xEF, 0xBB, 0xBF])
            && contents.withUnsafeBytes { $0.isEmpty || memchr($0.baseAddress!, 0x0D, $0.count) == nil }
        if plain, bodyOffset <= contents.count {
            article?.body = String(decoding: contents[(contents.startIndex + bodyOffset)...], as: UTF8.self)
            return true
        }
        guard case .success(let text) = SourceText.decode(contents, relativePath: sourcePath) else { return false }
        let utf8 = text.text.utf8
        guard bodyOffset <= utf8.count else { return false }
        article?.body = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: bodyOffset)...]))
        return true
    }
}

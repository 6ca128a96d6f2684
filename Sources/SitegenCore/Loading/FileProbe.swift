import Foundation

/// A question an article's loading asked about a file other than its own, with the answer it
/// got: whether `static/bilder/karta.png` exists, how big a PDF is, how large an image is.
///
/// The loaded article depends on these answers as much as on its text, so the build cache keeps
/// them with the article and asks again before it uses the article: a replaced image or a
/// deleted static file makes the cached article stale although its file did not change.
public enum FileObservation: Sendable, Hashable {
    case exists(path: String, Bool)
    case byteCount(path: String, Int?)
    case imageSize(path: String, width: Int?, height: Int?)

    /// The file, relative to the site folder.
    public var path: String {
        switch self {
        case .exists(let path, _), .byteCount(let path, _), .imageSize(let path, _, _): path
        }
    }
}

/// The article loader's only way to look at other files than the article: it answers from the
/// disk and writes down each question and answer.
struct FileProbe {
    let siteRoot: URL
    private(set) var observations: [FileObservation] = []

    init(siteRoot: URL) {
        self.siteRoot = siteRoot
    }

    /// Whether a file exists at `path` (relative to the site folder).
    mutating func exists(_ path: String) -> Bool {
        let answer = Self.ask(.exists(path: path, false), siteRoot: siteRoot)
        observations.append(answer)
        guard case .exists(_, let exists) = answer else { return false }
        return exists
    }

    /// The file's size in bytes; `nil` when it cannot be read.
    mutating func byteCount(_ path: String) -> Int? {
        let answer = Self.ask(.byteCount(path: path, nil), siteRoot: siteRoot)
        observations.append(answer)
        guard case .byteCount(_, let count) = answer else { return nil }
        return count
    }

    /// The image's pixel size from its header; `nil` for files that are not images sitegen reads.
    mutating func imageSize(_ path: String) -> (width: Int, height: Int)? {
        let answer = Self.ask(.imageSize(path: path, width: nil, height: nil), siteRoot: siteRoot)
        observations.append(answer)
        guard case .imageSize(_, let width?, let height?) = answer else { return nil }
        return (width, height)
    }

    /// Asks the observation's question again; its answer part is ignored.
    static func ask(_ question: FileObservation, siteRoot: URL) -> FileObservation {
        let file = siteRoot.path + "/" + question.path
        switch question {
        case .exists(let path, _):
            return .exists(path: path, FileManager.default.fileExists(atPath: file))
        case .byteCount(let path, _):
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            return .byteCount(path: path, size)
        case .imageSize(let path, _, _):
            let size = ImageDimensions.read(file)
            return .imageSize(path: path, width: size?.width, height: size?.height)
        }
    }

    /// Whether every answer is still what it was.
    static func stillHolds(_ observations: [FileObservation], siteRoot: URL) -> Bool {
        observations.allSatisfy { ask($0, siteRoot: siteRoot) == $0 }
    }
}

import Foundation

/// A problem writing the site, with the path concerned.
public enum OutputError: Error, Sendable, Equatable {
    case cannotWrite(String, reason: String)
    case cannotReplace(String, reason: String)
    /// Another build is writing to this output folder.
    case busy(String)
    /// A body kept in the build cache in this folder was not the bytes it was written as.
    case damagedCache(String)

    public var diagnostic: Diagnostic {
        switch self {
        case let .cannotWrite(path, reason):
            return .error("cannot write '\(path)': \(reason)", at: nil,
                          hint: "check that the disk is not full and that you may write to the output folder; the previous site is unchanged")
        case let .busy(path):
            return .error("another sitegen build is writing '\(path)' right now", at: nil,
                          hint: "wait for it to finish and build again, or build into another folder with --output")
        case let .damagedCache(path):
            return .error("the build cache in '\(path)' changed or was damaged while the site was built", at: nil,
                          hint: "delete that folder and build again; the previous site is unchanged")
        case let .cannotReplace(path, reason):
            return .error("cannot replace the site in '\(path)': \(reason)", at: nil,
                          hint: "check the permissions of the output folder and the folder that holds it")
        }
    }
}

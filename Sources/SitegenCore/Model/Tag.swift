/// A tag, identified by its slug so that "Digitalisering" and "digitalisering" are one tag.
public struct Tag: Sendable, Hashable {
    public var name: String
    public var slug: String

    public init(name: String, slug: String) {
        self.name = name
        self.slug = slug
    }
}

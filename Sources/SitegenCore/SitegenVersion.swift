/// The version printed by `sitegen --version` and keyed into build caches.
public enum SitegenVersion {
    public static let current = "0.1.0"
}

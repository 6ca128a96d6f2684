/// One old address and the page it now points to.
public struct Redirect: Sendable, Hashable, Comparable {
    public var from: AliasPath
    public var to: SitePath
    /// The article that declared the alias, for messages.
    public var sourcePath: String

    public static func < (lhs: Redirect, rhs: Redirect) -> Bool {
        lhs.from < rhs.from
    }
}

/// The host-specific redirect files a site can publish besides the HTML redirect pages.
public enum RedirectFormat: String, Sendable, Hashable, CaseIterable {
    /// `_redirects`, read by Netlify and Cloudflare Pages.
    case netlify
    /// `.htaccess` with mod_rewrite rules, for Apache.
    case apache
    /// `nginx-redirects.map`, a `map` block body to `include` in the server configuration.
    case nginx
}

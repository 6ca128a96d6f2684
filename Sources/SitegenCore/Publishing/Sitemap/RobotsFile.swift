/// `robots.txt`: every crawler may read everything, and the sitemap is here.
///
/// A site's own `static/robots.txt` is published instead, unchanged (it may keep crawlers out
/// of a preview, say). Crawlers read robots.txt only at the root of a host, so for a site
/// published under a path (`https://org.github.io/nyheter/`) the host's own robots.txt must
/// name the sitemap.
enum RobotsFile {
    static let name = "robots.txt"

    static func text(sitemapURL: String) -> String {
        """
        User-agent: *
        Allow: /

        Sitemap: \(sitemapURL)

        """
    }
}

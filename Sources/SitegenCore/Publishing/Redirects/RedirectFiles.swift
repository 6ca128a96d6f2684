import Foundation

/// The files that carry redirects: an HTML page at each old address (works on every host), and
/// the rule files of the hosts chosen in `site.yml` (a real 301 where the host reads them).
enum RedirectFiles {
    /// (path inside the site, contents)
    static func make(_ redirects: [Redirect], config: SiteConfig, _ t: Translations = .swedish) -> [(String, Data)] {
        guard !redirects.isEmpty else { return [] }
        var files = redirects.map { ($0.from.outputFile, Data(page(for: $0, config: config, t).utf8)) }
        let base = config.basePath
        for format in RedirectFormat.allCases where config.redirectFormats.contains(format) {
            switch format {
            case .netlify:
                let lines = redirects.map { "\(base.dropLast())\(encoded($0.from)) \(base.dropLast())\($0.to) 301" }
                files.append(("_redirects", Data((lines.joined(separator: "\n") + "\n").utf8)))
            case .apache:
                var lines = ["# Written by sitegen from the articles' aliases.", "RewriteEngine On"]
                lines += redirects.map { "RewriteRule ^\(regex(String(base.dropFirst()) + $0.from.description.dropFirst()))$ \(base.dropLast())\($0.to) [R=301,L]" }
                files.append((".htaccess", Data((lines.joined(separator: "\n") + "\n").utf8)))
            case .nginx:
                var lines = ["# Written by sitegen. In the http block:", "#   map $uri $sitegen_redirect { include nginx-redirects.map; }",
                             "# and in the server block:", "#   if ($sitegen_redirect) { return 301 $sitegen_redirect; }"]
                lines += redirects.map { "\(quoted(String(base.dropLast()) + $0.from.description)) \(quoted(String(base.dropLast()) + $0.to.description));" }
                files.append(("nginx-redirects.map", Data((lines.joined(separator: "\n") + "\n").utf8)))
            }
        }
        return files
    }

    /// A page that sends browsers and search engines on: meta refresh, canonical link and a
    /// visible link for anyone whose browser does not follow refreshes.
    static func page(for redirect: Redirect, config: SiteConfig, _ t: Translations) -> String {
        let target = escape(config.absoluteURL(redirect.to))
        return """
        <!doctype html>
        <html lang="\(escape(config.language))">
        <head>
        <meta charset="utf-8">
        <title>\(escape(t.text("movedTitle")))</title>
        <link rel="canonical" href="\(target)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(target)">
        </head>
        <body>
        <p>\(escape(t.text("movedText"))) <a href="\(target)">\(target)</a>.</p>
        </body>
        </html>

        """
    }

    private static func escape(_ text: String) -> String {
        text.replacingUTF8("&", with: "&amp;").replacingUTF8("\"", with: "&quot;")
            .replacingUTF8("<", with: "&lt;").replacingUTF8(">", with: "&gt;")
    }

    /// Netlify matches the request path as sent, so letters outside ASCII are percent-encoded.
    private static func encoded(_ alias: AliasPath) -> String {
        alias.description.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? alias.description
    }

    /// mod_rewrite matches the decoded path against a regular expression: escape its specials.
    private static func regex(_ path: String) -> String {
        var out = ""
        for character in path {
            if ".+*?()[]{}|^$\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// nginx strings: alias segments hold no quotes or backslashes (AliasPath refuses them).
    private static func quoted(_ text: String) -> String {
        "\"" + text + "\""
    }
}

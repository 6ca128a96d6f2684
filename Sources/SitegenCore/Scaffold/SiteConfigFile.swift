import Foundation

/// Reads a site folder's `site.yml` for the commands that change a site (`new`, `import`), with
/// the build's messages.
public enum SiteConfigFile {
    public static func load(siteRoot: URL) -> (SiteConfig?, [Diagnostic]) {
        switch SourceText.read(file: siteRoot.appendingPathComponent("site.yml"), relativePath: "site.yml") {
        case .success(let text):
            return SiteConfigLoader.load(text, siteRoot: siteRoot)
        case .failure:
            return (nil, [.error("there is no site.yml in \(siteRoot.path)", at: nil,
                                 hint: "run sitegen in the site's folder, or give it with --source; sitegen init DIR makes a new site")])
        }
    }
}

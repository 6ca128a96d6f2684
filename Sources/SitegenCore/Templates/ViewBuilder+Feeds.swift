/// The feeds each page announces, and the visible subscribe link.
extension ViewBuilder {
    /// `<link rel="alternate">` autodiscovery: a tag's, region's or kind's own feeds first (a
    /// reader given the page picks the first), then the site's, which every page announces.
    func feedLinks(_ linker: Linker, term: TermPage?) -> [FeedLinkView] {
        let folders = (term.map { [$0] } ?? []).map { ($0.path, FeedPlan.title(of: $0, site: config.title)) }
            + [(SitePath.root, FeedPlan.title(of: nil, site: config.title))]
        return folders.flatMap { folder, title in
            FeedFormat.allCases.map { format in
                FeedLinkView(title: "\(title) (\(format.label))", url: feedURL(format, in: folder, linker), type: format.mediaType)
            }
        }
    }

    /// A feed file's URL relative to the page (root-relative on the 404 page, like every link there).
    func feedURL(_ format: FeedFormat, in folder: SitePath, _ linker: Linker) -> String {
        linker.file(folder.segments + [format.fileName])
    }
}

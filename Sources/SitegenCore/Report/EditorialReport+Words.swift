/// The report's Swedish words, shared by the page, the terminal text and the JSON's labels.
///
/// The report is for the site's editors, who work in Swedish; it is not part of the public
/// interface, so its words are here rather than in the theme's translation files, which every
/// site would then have to carry.
extension EditorialReport {
    enum Words {
        static let title = "Redaktionell rapport"
        static let byRegion = "Artiklar per region och år"
        static let byKind = "Artiklar per typ och år"
        static let byTag = "Artiklar per ämne och år"
        static let withoutImage = "Artiklar utan bild"
        static let imagesWithoutAlt = "Bilder utan alternativtext"
        static let singleTags = "Ämnen som bara en artikel har"
        static let brokenLinks = "Trasiga länkar och bilder"
        static let region = "Region", kind = "Typ", tag = "Ämne", total = "Totalt"
        static let none = "Inga."

        static func articles(_ count: Int) -> String {
            count == 1 ? "1 artikel" : "\(count) artiklar"
        }

        static func expiring(_ days: Int) -> String {
            "Artiklar som slutar gälla inom \(days) dagar"
        }

        static func closest(_ tag: String?) -> String {
            tag.map { "närmast: \($0)" } ?? "inget liknande ämne"
        }

        /// Why a link is broken, in a few Swedish words; the JSON has the whole message.
        static func reason(_ kind: ContentProblem.Kind) -> String {
            switch kind {
            case .brokenAnchor: "rubriken finns inte på sidan"
            case .missingImage: "bildfilen finns inte"
            default: "länken leder ingenstans"
            }
        }
    }
}

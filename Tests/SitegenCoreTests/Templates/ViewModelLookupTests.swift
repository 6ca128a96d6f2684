import Foundation
import Testing
@testable import SitegenCore

/// The hand-written `value(named:)` lookups answer exactly the view-models' stored properties,
/// with the same values, so templates see what the structs (the documented contract) say.
@Suite struct ViewModelLookupTests {
    /// One of every view-model, with optionals both set and unset across the samples.
    static func samples() async throws -> [Any] {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        var diagnostics: [Diagnostic] = []
        let build = Build(options: BuildOptions(source: site.root, output: site.output))
        let loaded = try #require(build.load(&diagnostics))
        let index = try #require(Resolver.resolve(loaded.articles, config: loaded.config).0)
        let views = ViewBuilder(index: index, summaries: index.articles.map(\.title))
        var samples: [Any] = [views.home(), views.overview(of: .tag), views.notFound()]
        for number in index.articles.indices {
            let context = views.article(number, body: "<p>x</p>")
            samples += [context, context.article, context.site, context.page] as [Any]
            samples += context.article.attachments as [Any] + context.article.contacts as [Any] + context.article.regions as [Any]
            if let image = context.article.image { samples.append(image) }
            if let previous = context.article.previous { samples.append(previous) }
            samples += context.article.toc as [Any] + context.article.related as [Any]
            if let more = context.article.moreFrom { samples += [more] as [Any] + more.articles as [Any] }
        }
        let list = views.list(try #require(index.tags.first { $0.articles.count > 2 }), number: 1, of: 2)
        samples += [list, list.list, try #require(list.list.pagination)] as [Any] + list.page.feeds as [Any]
        samples += list.list.pagination!.pages as [Any] + list.list.articles as [Any] + list.site.nav as [Any]
        let home = views.home()
        samples += [home.home] as [Any] + home.home.sections as [Any]
        samples += views.overview(of: .region).terms.items as [Any] + [views.overview(of: .region).terms] as [Any]
        // The fixture's articles are too short for a table of contents.
        let subheading = TocItemView(text: "Bakgrund", id: "bakgrund", children: [], hasChildren: false)
        samples += [TocItemView(text: "Om projektet", id: "om-projektet", children: [subheading], hasChildren: true), subheading]
        let search = views.search()
        samples += [search, search.search] as [Any] + search.search.kinds as [Any] + search.search.regions as [Any]
        return samples
    }

    @Test func everyStoredPropertyIsAnsweredWithItsValue() async throws {
        var types: Set<String> = []
        for sample in try await Self.samples() {
            let parent = try #require(sample as? any TemplateObject, "\(type(of: sample)) answers lookups")
            types.insert(String(describing: type(of: sample)))
            for child in Mirror(reflecting: sample).children {
                let label = try #require(child.label)
                let answered = parent.value(named: label)
                let expected = try #require(child.value as? any TemplateValueConvertible,
                                            "\(type(of: sample)).\(label) can be shown by a template").templateValue
                #expect(answered.description == expected.description, "\(type(of: sample)).\(label)")
            }
            #expect(parent.value(named: "noSuchField").description == "missing")
        }
        #expect(types.count >= 20, "samples cover the view-models: \(types.sorted())")
    }

    /// ``TemplateField`` names exactly the view-models' stored properties: a property missing
    /// from it would be answered as missing, and a name no view-model has is a field to remove.
    @Test func theFieldsAreTheStoredProperties() async throws {
        var labels: Set<String> = []
        for sample in try await Self.samples() {
            for child in Mirror(reflecting: sample).children { labels.insert(try #require(child.label)) }
        }
        let fields = Set(TemplateField.allCases.map(\.rawValue))
        #expect(fields.subtracting(labels).isEmpty, "fields no view-model has")
        #expect(labels.subtracting(fields).isEmpty, "properties that are not fields")
        #expect(TemplateKey("title").field == .title && TemplateKey("noSuchField").field == nil)
    }

    /// Dotted names (`article.title`) answered in one step by the page contexts give what looking
    /// up each part in turn gives.
    @Test func dottedLookupsEqualStepByStepOnes() async throws {
        var checked = 0
        for sample in try await Self.samples() {
            let parent = try #require(sample as? any TemplateObject)
            for child in Mirror(reflecting: sample).children {
                let label = try #require(child.label)
                let whole = parent.value(named: label)
                #expect((parent.value(for: TemplateKey(label), then: []) ?? .missing).description == whole.description)
                for grandchild in Mirror(reflecting: child.value).children {
                    guard let name = grandchild.label else { continue }
                    #expect((parent.value(for: TemplateKey(label), then: [TemplateKey(name)]) ?? .missing).description
                            == whole.walking([TemplateKey(name)]).description,
                            "\(type(of: sample)).\(label).\(name)")
                    checked += 1
                }
            }
            #expect(parent.value(for: "noSuchField", then: ["x"]) == nil)
        }
        #expect(checked > 100)
    }
}

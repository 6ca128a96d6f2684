/// The schema types written straight into bytes (``PrettyJSONWriter``), each member in the
/// byte order of its key, as `JSONEncoder` with sorted keys writes them; absent optionals are
/// left out, as their synthesized `Encodable` leaves them out.
protocol PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter)
}

extension JSONLDDocument: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@context", "https://schema.org")
            json.member("@graph")
            json.array(graph) { json, node in node.write(to: &json) }
        }
    }
}

extension SchemaNode: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        switch self {
        case .article(let node): node.write(to: &json)
        case .event(let node): node.write(to: &json)
        case .organization(let node): node.write(to: &json)
        case .webSite(let node): node.write(to: &json)
        }
    }
}

extension PrettyJSONWriter {
    /// `"key" : { ... }`, nothing when `value` is nil.
    mutating func member(_ key: String, _ value: (some PrettyJSONWritable)?) {
        guard let value else { return }
        member(key)
        value.write(to: &self)
    }

    /// `"key" : [ ... ]`, nothing when `values` is nil.
    mutating func member(_ key: String, _ values: [some PrettyJSONWritable]?) {
        guard let values else { return }
        member(key)
        array(values) { json, value in value.write(to: &json) }
    }
}

extension SchemaArticle: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@id", id)
            json.member("@type", type)
            json.member("about", about)
            json.member("articleSection", articleSection)
            json.member("author", author)
            json.member("category", category)
            json.member("dateModified", dateModified)
            json.member("datePosted", datePosted)
            json.member("datePublished", datePublished)
            json.member("description", description)
            json.member("encoding", encoding)
            json.member("expires", expires)
            json.member("headline", headline)
            json.member("image", image)
            json.member("inLanguage", inLanguage)
            json.member("isPartOf", isPartOf)
            json.member("keywords", keywords)
            json.member("mainEntityOfPage", mainEntityOfPage)
            json.member("name", name)
            json.member("publisher", publisher)
            json.member("sourceOrganization", sourceOrganization)
            json.member("spatialCoverage", spatialCoverage)
            json.member("url", url)
        }
    }
}

extension SchemaEvent: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@id", id)
            json.member("@type", type)
            json.member("endDate", endDate)
            json.member("eventAttendanceMode", eventAttendanceMode)
            json.member("location", location)
            json.member("name", name)
            json.member("organizer", organizer)
            json.member("startDate", startDate)
            json.member("subjectOf", subjectOf)
        }
    }
}

extension SchemaOrganization: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@id", id)
            json.member("@type", type)
            json.member("name", name)
            json.member("url", url)
        }
    }
}

extension SchemaPerson: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@type", type)
            json.member("name", name)
        }
    }
}

extension SchemaAgent: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        switch self {
        case .person(let person): person.write(to: &json)
        case .organization(let organization): organization.write(to: &json)
        case .reference(let reference): reference.write(to: &json)
        }
    }
}

extension SchemaReference: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in json.member("@id", id) }
    }
}

extension SchemaTypedReference: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@id", id)
            json.member("@type", type)
        }
    }
}

extension SchemaImage: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@type", type)
            json.member("caption", caption)
            json.member("height", height)
            json.member("url", url)
            json.member("width", width)
        }
    }
}

extension SchemaMediaObject: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@type", type)
            json.member("contentSize", contentSize)
            json.member("contentUrl", contentUrl)
            json.member("encodingFormat", encodingFormat)
            json.member("name", name)
        }
    }
}

extension SchemaPlace: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@type", type)
            json.member("address", address)
            json.member("name", name)
        }
    }
}

extension SchemaWebSite: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("@id", id)
            json.member("@type", type)
            json.member("description", description)
            json.member("inLanguage", inLanguage)
            json.member("name", name)
            json.member("publisher", publisher)
            json.member("url", url)
        }
    }
}

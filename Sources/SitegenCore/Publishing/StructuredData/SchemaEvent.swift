/// An `Event`: the meeting a meeting report is about.
struct SchemaEvent: Encodable, Sendable, Hashable {
    var type = "Event"
    var id: String
    var name: String
    /// ISO 8601; a date alone when no time of day was given.
    var startDate: String
    var endDate: String?
    var location: SchemaPlace
    /// Meetings in the front matter have a place, so they are held on site.
    var eventAttendanceMode = "https://schema.org/OfflineEventAttendanceMode"
    var organizer: SchemaOrganization?
    /// The article that reports on it.
    var subjectOf: SchemaReference

    private enum CodingKeys: String, CodingKey {
        case type = "@type", id = "@id", name, startDate, endDate, location, eventAttendanceMode, organizer, subjectOf
    }
}

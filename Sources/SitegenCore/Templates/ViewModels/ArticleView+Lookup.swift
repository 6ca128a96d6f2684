import Mustache

// Template lookups of the article page's view-models, without reflection; see
// ViewModels+Lookup.swift for why. `ViewModelLookupTests` checks them against the structs.

extension ArticleView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "dateISO": dateISO
        case "dateText": dateText
        case "updatedISO": updatedISO
        case "updatedText": updatedText
        case "kindName": kindName
        case "kindURL": kindURL
        case "regions": regions
        case "tags": tags
        case "hasTags": hasTags
        case "organisation": organisation
        case "author": author
        case "summary": summary
        case "lede": lede
        case "image": image
        case "body": body
        case "attachments": attachments
        case "hasAttachments": hasAttachments
        case "contacts": contacts
        case "hasContacts": hasContacts
        case "contactsHeading": contactsHeading
        case "previous": previous
        case "next": next
        case "hasNeighbours": hasNeighbours
        case "expired": expired
        case "expiryDateText": expiryDateText
        case "expiredText": expiredText
        case "wordCount": wordCount
        case "wordCountText": wordCountText
        case "readingTimeText": readingTimeText
        case "toc": toc
        case "hasToc": hasToc
        case "related": related
        case "hasRelated": hasRelated
        case "moreFrom": moreFrom
        default: nil
        }
    }
}

extension AttachmentView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "fileName": fileName
        case "typeText": typeText
        case "sizeText": sizeText
        default: nil
        }
    }
}

extension ContactView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": role
        case "email": email
        case "emailURL": emailURL
        case "phone": phone
        case "phoneURL": phoneURL
        default: nil
        }
    }
}

extension NeighbourView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

extension TocItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "id": id
        case "children": children
        case "hasChildren": hasChildren
        default: nil
        }
    }
}

extension RelatedView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "dateISO": dateISO
        case "dateText": dateText
        case "kindName": kindName
        default: nil
        }
    }
}

extension MoreFromView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "url": url
        case "linkText": linkText
        case "articles": articles
        default: nil
        }
    }
}

// Template lookups of the article page's view-models, without reflection; see
// ViewModels+Lookup.swift for why. `ViewModelLookupTests` checks them against the structs.

extension ArticleView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .dateISO: dateISO.templateValue
        case .dateText: dateText.templateValue
        case .updatedISO: updatedISO.templateValue
        case .updatedText: updatedText.templateValue
        case .kindName: kindName.templateValue
        case .kindURL: kindURL.templateValue
        case .regions: regions.templateValue
        case .tags: tags.templateValue
        case .hasTags: hasTags.templateValue
        case .organisation: organisation.templateValue
        case .author: author.templateValue
        case .summary: summary.templateValue
        case .lede: lede.templateValue
        case .image: image.templateValue
        case .body: body.templateValue
        case .attachments: attachments.templateValue
        case .hasAttachments: hasAttachments.templateValue
        case .contacts: contacts.templateValue
        case .hasContacts: hasContacts.templateValue
        case .contactsHeading: contactsHeading.templateValue
        case .previous: previous.templateValue
        case .next: next.templateValue
        case .hasNeighbours: hasNeighbours.templateValue
        case .expired: expired.templateValue
        case .expiryDateText: expiryDateText.templateValue
        case .expiredText: expiredText.templateValue
        case .wordCount: wordCount.templateValue
        case .wordCountText: wordCountText.templateValue
        case .readingTimeText: readingTimeText.templateValue
        case .toc: toc.templateValue
        case .hasToc: hasToc.templateValue
        case .related: related.templateValue
        case .hasRelated: hasRelated.templateValue
        case .moreFrom: moreFrom.templateValue
        case .previewNotice: previewNotice.templateValue
        default: .missing
        }
    }
}

extension AttachmentView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        case .fileName: fileName.templateValue
        case .typeText: typeText.templateValue
        case .sizeText: sizeText.templateValue
        default: .missing
        }
    }
}

extension ContactView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .name: self.name.templateValue
        case .role: role.templateValue
        case .email: email.templateValue
        case .emailURL: emailURL.templateValue
        case .phone: phone.templateValue
        case .phoneURL: phoneURL.templateValue
        default: .missing
        }
    }
}

extension NeighbourView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        default: .missing
        }
    }
}

extension TocItemView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .text: text.templateValue
        case .id: id.templateValue
        case .children: children.templateValue
        case .hasChildren: hasChildren.templateValue
        default: .missing
        }
    }
}

extension RelatedView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        case .dateISO: dateISO.templateValue
        case .dateText: dateText.templateValue
        case .kindName: kindName.templateValue
        default: .missing
        }
    }
}

extension MoreFromView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .heading: heading.templateValue
        case .url: url.templateValue
        case .linkText: linkText.templateValue
        case .articles: articles.templateValue
        default: .missing
        }
    }
}

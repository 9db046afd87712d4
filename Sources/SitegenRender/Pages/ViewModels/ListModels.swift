import SitegenSupport

/// `pager.mustache`: the links between the pages of a split list.
struct PagerModel: TemplateModel {
    struct Item: TemplateModel {
        let href: String
        let label: String
        /// The page being read (no link), marked `aria-current="page"`.
        let isCurrent: Bool
        /// Pages left out between two numbers ("…").
        let isGap: Bool
    }
    let label: String
    let previous: LinkModel?
    let next: LinkModel?
    let items: [Item]
}

/// `list-index.mustache`: the first page of a split list, its parts by theme.
struct ListIndexModel: TemplateModel {
    struct Group: TemplateModel {
        let label: HTML
        let count: String
        let parts: [LinkModel]
    }
    let note: String
    let groups: [Group]
}

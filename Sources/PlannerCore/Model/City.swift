import Foundation

/// A place where events are held. Ids are short codes (`TLS`, `MPL`, `LEZ`) shared with the
/// scheduler's instances; names carry their accents (`Nîmes`, `Lézignan-Corbières`).
public struct City: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var latitude: Double
    public var longitude: Double

    public init(id: String, name: String, latitude: Double, longitude: Double) {
        self.id = id
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
    }
}

private let searchFoldingLocale = Locale(identifier: "en_US_POSIX")

extension String {
    /// Lower-cased, accent-free form used to match what users type (`nimes` finds `Nîmes`).
    /// Folded with one locale made once and trimmed without NSString: a new `Locale` per
    /// call and Foundation's trimming each cost as much as the folding itself (a search folds
    /// the title and description of every event).
    public var foldedForSearch: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: searchFoldingLocale)
            .trimmedWhitespace
    }

    /// A sort key that orders accented names as French readers expect (`Alès` before `Albi`? no:
    /// `Albi`, `Alès`, `Auch`): accents are ignored at first, then break ties.
    /// The folding is SearchFolding's, equal to `foldedForSearch` without Foundation for
    /// French text (an agenda sorts a thousand titles).
    public var frenchSortKey: String { SearchFolding.fold(self) + "\u{0}" + self }
}

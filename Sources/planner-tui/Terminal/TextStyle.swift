// How a run of text is drawn on a `Screen`: a colour role and attributes.
import Foundation

/// How a run of text is drawn. Colours are roles, mapped to terminal colours by the adapter
/// (or ignored on monochrome terminals and under NO_COLOR).
struct TextStyle: Equatable, Sendable {
    enum Role: Int, Sendable, CaseIterable {
        case normal = 0, toulouse, montpellier, joint, heading, today, holiday, muted, error, selection
    }

    var role: Role = .normal
    var bold = false
    var reverse = false
    var dim = false
    var underline = false

    static let plain = TextStyle()
    static let bold = TextStyle(bold: true)
    static let dim = TextStyle(role: .muted, dim: true)
}

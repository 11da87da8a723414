import Foundation

/// A key press as the state machine sees it, independent of ncurses' codes.
enum Key: Equatable, Sendable {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case ctrl(Character)
    case function(Int)
}

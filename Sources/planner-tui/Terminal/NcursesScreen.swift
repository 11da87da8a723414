// The one file that talks to ncurses: terminal set-up and restoration, drawing cells, and
// reading keys. Everything else draws on the `Screen` protocol.
import CNcurses
import Foundation
import PlannerCore

/// The real terminal. `setlocale` comes before `initscr` so wide characters work; the
/// terminal is restored by `close()` on every exit path, including SIGTERM/SIGHUP/SIGINT.
final class NcursesScreen: Screen {
    private(set) var rows: Int
    private(set) var cols: Int
    let unicode: Bool
    private let colors: Bool
    nonisolated(unsafe) private static var active = false

    /// `mouse`: report clicks and the wheel (`config --mouse off` turns it off).
    init(mouse: Bool = true) throws {
        // The user's locale; when it is not installed (fr_FR.UTF-8 missing on a minimal
        // system) but asks for UTF-8, fall back to C.UTF-8 rather than losing every accent.
        let env = ProcessInfo.processInfo.environment
        let wanted = env["LC_ALL"] ?? env["LC_CTYPE"] ?? env["LANG"] ?? ""
        if setlocale(LC_ALL, "") == nil, wanted.uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8") {
            setlocale(LC_ALL, "C.UTF-8")
        }
        unicode = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        // newterm rather than initscr: an unknown TERM is an error to report, not an exit
        // from inside ncurses.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"), newterm(nil, output, input) != nil else {
            let term = env["TERM"].map { "\"\($0)\"" } ?? "(TERM is not set)"
            throw PlannerError.invalidValue(Catalogue.unknownTerminal(term))
        }
        NcursesScreen.active = true
        NcursesScreen.installSignalHandlers()
        raw()
        noecho()
        nonl()
        keypad(planner_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if mouse { planner_mouse_on() }
        colors = has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        if colors {
            start_color()
            use_default_colors()
            let pairs: [(TextStyle.Role, Int16)] = [
                // Toulouse is not red: red is for holidays and errors.
                (.toulouse, Int16(COLOR_YELLOW)), (.montpellier, Int16(COLOR_BLUE)), (.joint, Int16(COLOR_MAGENTA)),
                (.heading, Int16(COLOR_CYAN)), (.today, Int16(COLOR_GREEN)), (.holiday, Int16(COLOR_RED)),
                (.muted, -1), (.error, Int16(COLOR_RED)), (.selection, Int16(COLOR_WHITE)),
            ]
            for (role, fg) in pairs { init_pair(Int16(role.rawValue), fg, -1) }
        }
        rows = Int(planner_lines())
        cols = Int(planner_cols())
    }

    /// Restores the terminal. Safe to call twice.
    static func restore() {
        if active {
            active = false
            endwin()
        }
    }

    func close() { NcursesScreen.restore() }

    private static func installSignalHandlers() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(sig) { s in
                NcursesScreen.restore()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }

    func refreshSize() {
        rows = Int(planner_getmaxy())
        cols = Int(planner_getmaxx())
    }

    func clear() { erase() }

    func put(_ text: String, row: Int, col: Int, style: TextStyle) {
        guard row >= 0, row < rows, col >= 0, col < cols else { return }
        // Text from calendars never reaches the terminal with its control characters.
        let text = text.removingControlCharacters
        let clipped = DisplayWidth.clip(unicode ? text : ASCIIFallback.fitted(text), to: cols - col)
        var attr: Int32 = 0
        if style.bold { attr |= planner_a_bold() }
        if style.reverse { attr |= planner_a_reverse() }
        if style.dim { attr |= planner_a_dim() }
        if style.underline { attr |= planner_a_underline() }
        if colors && style.role != .normal { attr |= planner_color_pair(Int32(style.role.rawValue)) }
        var wide: [wchar_t] = clipped.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        planner_attron(attr)
        // Writing into the bottom-right cell would scroll; ncurses returns ERR there, harmlessly.
        _ = planner_addwstr_at(Int32(row), Int32(col), wide)
        planner_attroff(attr)
    }

    /// Sends only the changed cells (wnoutrefresh + doupdate): no flicker.
    func flush() {
        wnoutrefresh(planner_stdscr())
        doupdate()
    }

    /// Waits up to `timeoutMs` for a key; nil on timeout. A resize returns `.resize`.
    func readKey(timeoutMs: Int32) -> TerminalInput? {
        wtimeout(planner_stdscr(), timeoutMs)
        var ch: wint_t = 0
        let r = wget_wch(planner_stdscr(), &ch)
        if r == planner_err() { return nil }
        if r == KEY_CODE_YES {
            let code = Int32(ch)
            if code == planner_key_resize() {
                refreshSize()
                return .resize(rows: rows, cols: cols)
            }
            if code == planner_key_mouse() {
                var y: Int32 = 0, x: Int32 = 0, kind: Int32 = 0
                guard planner_getmouse(&y, &x, &kind) != planner_err() else { return nil }
                let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
                return kinds[kind].map { .mouse(MouseEvent(kind: $0, row: Int(y), col: Int(x))) }
            }
            switch code {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.backTab)
            default:
                if code >= KEY_F0 && code <= KEY_F0 + 63 { return .key(.function(Int(code - KEY_F0))) }
                return nil
            }
        }
        switch ch {
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(UnicodeScalar(UInt8(ch) + 96))))
        default:
            guard let scalar = UnicodeScalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }
}

/// What the terminal can deliver to the loop.
enum TerminalInput {
    case key(Key)
    case mouse(MouseEvent)
    case resize(rows: Int, cols: Int)
}

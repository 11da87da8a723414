import Foundation

/// What a step of the undo journal did, stored as its raw value (the journal's `label`
/// column; older databases hold the same words).
public enum UndoLabel: String, CaseIterable, Sendable, Codable {
    case add, edit, duplicate, delete
    case deleteOccurrence = "delete occurrence"
    case `import`, plan, reset, save, bench
    /// The TUI's session undo and redo (they restore earlier versions, and are undone like any step).
    case undo, redo

    /// The label as a user reads it ("u: undo the edit").
    public var localized: Localized { Catalogue.undoLabel(self) }
}

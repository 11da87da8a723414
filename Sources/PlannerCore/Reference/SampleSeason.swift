import Foundation
import GRDB

/// The sample 2026–27 season of the cluster's shared events, so that a new planner has
/// something true to life to show: the season's duplex launch evening, the Green IT Day tour,
/// DigiWorldWeek 2026 (23–27 November, ISO week 48), the monthly inter-committee half-way in
/// Lézignan-Corbières, lunchtime workshops run in both cities by one travelling trainer,
/// Factory working groups led by pairs, Connec'Sud, Innovation IT Day 2027 and the general
/// assemblies held in both cities on consecutive days. Uids are stable (`sample-...@planner`).
public enum SampleSeason {
    public static let people: [Person] = [
        Person(id: "P001", name: "Claire Martin", home: "TLS", roles: ["co-présidente"]),
        Person(id: "P002", name: "Karim Benali", home: "MPL", roles: ["co-président"]),
        Person(id: "P003", name: "Sophie Garnier", home: "TLS", roles: ["formatrice"]),
        Person(id: "P004", name: "Julien Roux", home: "MPL", roles: ["pilote Factory"]),
        Person(id: "P005", name: "Élodie Fabre", home: "TLS", roles: ["pilote Factory"]),
        Person(id: "P006", name: "Thomas Nguyen", home: "NIM", roles: ["pilote Factory"]),
        Person(id: "P007", name: "Léa Castan", home: "MPL", roles: ["intervenante"]),
        Person(id: "P008", name: "Marc Delmas", home: "TLS", roles: ["chargé de mission"]),
        Person(id: "P009", name: "Inès Vidal", home: "MPL", roles: ["chargée de mission"]),
        Person(id: "P010", name: "Hugo Lefèvre", home: "ALB", roles: ["pilote Factory"]),
        Person(id: "P011", name: "Nadia Ferrand", home: "MPL", roles: ["formatrice"]),
        Person(id: "P012", name: "Pierre Achard", home: "TLS", roles: ["pilote Factory"]),
    ]

    public static let series: [Series] = [
        Series(id: "green-it-day-2026", name: "Green IT Day 2026–27", kind: .day, touring: true),
        Series(id: "digiworldweek-2026", name: "DigiWorldWeek 2026", kind: .week, spreadWeeks: false),
        Series(id: "innovation-it-day-2027", name: "Innovation IT Day 2027", kind: .day, touring: true),
        Series(id: "inter-comex", name: "Inter-comex à Lézignan-Corbières", kind: .committee, spreadWeeks: false),
        Series(id: "midi-deux-2026", name: "Ateliers midi-deux 2026–27", kind: .lunch, spreadWeeks: false),
        Series(id: "factory-esante", name: "Factory e-santé", kind: .workingGroup, spreadWeeks: false),
        Series(id: "factory-green-it", name: "Factory Green IT", kind: .workingGroup, spreadWeeks: false),
        Series(id: "assemblees-2027", name: "Assemblées générales 2027", kind: .assembly, spreadWeeks: false),
    ]

    static let paris = TimeZone(identifier: "Europe/Paris")!
    /// The fixed creation stamp of sample events, so exports of the sample are reproducible.
    static let stamp = LocalDateTime(date: LocalDate(year: 2026, month: 9, day: 1), hour: 8, minute: 0).instant(in: TimeZone(identifier: "UTC")!)

    static func at(_ day: String, _ time: String) -> Date {
        let d = LocalDate(iso: day)!
        let hm = time.split(separator: ":").map { Int($0)! }
        return LocalDateTime(date: d, hour: hm[0], minute: hm[1]).instant(in: paris)
    }

    static func slug(_ s: String) -> String {
        let folded = s.foldedForSearch
        var out = ""
        for ch in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(ch) && ch.isASCII { out.unicodeScalars.append(ch) } else if !out.hasSuffix("-") { out += "-" }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    static func timed(_ title: String, _ day: String, _ from: String, _ to: String, _ cities: [String], _ office: Office,
                      _ kind: EventKind, series: String? = nil, people: [String] = [], audience: Audience = .regional,
                      big: Bool = false, description: String = "") -> Event {
        Event(uid: "sample-\(slug(title))-\(day)@planner", title: title, description: description,
              start: at(day, from), end: at(day, to), cities: cities, office: office, kind: kind,
              audience: audience, series: series, people: people, big: big, created: stamp, lastModified: stamp)
    }

    static func allDay(_ title: String, _ first: String, days: Int, _ cities: [String], _ office: Office, _ kind: EventKind,
                       series: String? = nil, people: [String] = [], big: Bool = false, description: String = "") -> Event {
        let d = LocalDate(iso: first)!
        return Event(uid: "sample-\(slug(title))-\(first)@planner", title: title, description: description,
                     start: d.startInstant(in: paris), end: d.adding(days: days).startInstant(in: paris), allDay: true,
                     cities: cities, office: office, kind: kind, series: series, people: people, big: big,
                     created: stamp, lastModified: stamp)
    }

    public static var events: [Event] {
        var e: [Event] = []
        // Season launch: one evening held in both cities at once (duplex).
        e.append(timed("Soirée de lancement de la saison 2026–27", "2026-09-17", "18:30", "21:30", ["TLS", "MPL"], .joint, .launch,
                       people: ["P001", "P002"], big: true, description: "Lancement simultané à Toulouse et à Montpellier, en duplex."))
        // Green IT Day tour.
        e.append(timed("Green IT Day — Toulouse", "2026-10-08", "09:00", "17:30", ["TLS"], .toulouse, .day,
                       series: "green-it-day-2026", people: ["P005", "P007"], big: true))
        e.append(timed("Green IT Day — Montpellier", "2026-11-05", "09:00", "17:30", ["MPL"], .montpellier, .day,
                       series: "green-it-day-2026", people: ["P007"], big: true))
        e.append(timed("Green IT Day — Nîmes", "2026-11-24", "09:00", "17:30", ["NIM"], .montpellier, .day,
                       series: "green-it-day-2026", people: ["P007"], big: true))
        e.append(timed("Green IT Day — Perpignan", "2027-01-21", "09:00", "17:30", ["PGF"], .joint, .day,
                       series: "green-it-day-2026", people: ["P007", "P005"], big: true))
        e.append(timed("Green IT Day — Carcassonne", "2027-02-11", "09:00", "17:00", ["CCF"], .joint, .day,
                       series: "green-it-day-2026", people: ["P005"], big: true))
        // DigiWorldWeek 2026: Monday 23 to Friday 27 November (ISO week 48).
        let dww = "digiworldweek-2026"
        e.append(allDay("DigiWorldWeek 2026", "2026-11-23", days: 5, ["MPL", "NIM"], .montpellier, .week, series: dww,
                        description: "Une cinquantaine d'événements autour du DigiWorld Summit (IDATE)."))
        e.append(timed("Ouverture de la DigiWorldWeek", "2026-11-23", "09:00", "10:30", ["MPL"], .montpellier, .day, series: dww, people: ["P002"], big: true))
        e.append(timed("Table ronde RH : recruter dans le numérique", "2026-11-23", "14:00", "16:00", ["MPL"], .montpellier, .meeting, series: dww, people: ["P009"]))
        e.append(timed("Atelier IA générative pour les PME", "2026-11-23", "16:30", "18:00", ["NIM"], .montpellier, .workshop, series: dww, people: ["P006"]))
        e.append(timed("Petit-déjeuner e-santé", "2026-11-24", "08:30", "10:00", ["MPL"], .montpellier, .meeting, series: dww, people: ["P004"]))
        e.append(timed("Jeux vidéo : financer son studio", "2026-11-24", "14:00", "17:00", ["MPL"], .montpellier, .workshop, series: dww))
        e.append(timed("Cybersécurité des collectivités", "2026-11-24", "10:00", "12:00", ["ALS"], .montpellier, .meeting, series: dww))
        e.append(timed("DigiWorld Summit — journée 1", "2026-11-25", "09:00", "18:00", ["MPL"], .joint, .day, series: dww, people: ["P001", "P002"], big: true))
        // A real-life clash the planner should flag: the co-president is expected in
        // Toulouse while the Summit runs in Montpellier.
        e.append(timed("Comité de pilotage Innovation IT Day", "2026-11-25", "17:00", "18:30", ["TLS"], .toulouse, .committee,
                       series: nil, people: ["P001", "P008"]))
        e.append(timed("Rencontre FoodTech", "2026-11-25", "12:00", "14:00", ["NIM"], .montpellier, .meeting, series: dww, people: ["P006"]))
        e.append(timed("Startups & investisseurs", "2026-11-25", "18:00", "20:30", ["MPL"], .montpellier, .meeting, series: dww, people: ["P009"]))
        e.append(timed("DigiWorld Summit — journée 2", "2026-11-26", "09:00", "17:30", ["MPL"], .joint, .day, series: dww, people: ["P001", "P002"]))
        e.append(timed("Table à secousses : plans d'action numériques", "2026-11-26", "14:00", "16:00", ["NIM"], .montpellier, .workshop, series: dww))
        e.append(timed("SportTech : données et performance", "2026-11-26", "10:00", "12:00", ["MPL"], .montpellier, .workshop, series: dww))
        e.append(timed("Villes connectées en Occitanie", "2026-11-26", "15:00", "17:00", ["PGF"], .joint, .meeting, series: dww))
        e.append(timed("FinTech : paiements de demain", "2026-11-27", "09:30", "11:30", ["MPL"], .montpellier, .meeting, series: dww))
        e.append(timed("Atelier numérique responsable", "2026-11-27", "10:00", "12:00", ["NIM"], .montpellier, .workshop, series: dww, people: ["P007"]))
        e.append(timed("Clôture de la DigiWorldWeek", "2026-11-27", "16:00", "18:00", ["MPL"], .montpellier, .meeting, series: dww, people: ["P002"]))
        e.append(timed("Visite du BIC Innov'up", "2026-11-27", "14:00", "16:00", ["NIM"], .montpellier, .meeting, series: dww))
        // Monthly inter-committee, half-way in Lézignan-Corbières, face to face.
        let comex = ["2026-09-08", "2026-10-06", "2026-11-03", "2026-12-01", "2027-01-12", "2027-02-02", "2027-03-02",
                     "2027-04-06", "2027-05-04", "2027-06-01", "2027-07-06"]
        for d in comex {
            e.append(timed("Inter-comex", d, "10:00", "12:30", ["LEZ"], .joint, .committee, series: "inter-comex",
                           people: ["P001", "P002", "P008", "P009"], description: "Comité commun, à mi-chemin entre Toulouse et Montpellier."))
        }
        // Lunchtime workshops: local only, but the trainer travels to run each one in both cities.
        let workshops: [(String, String, String)] = [
            ("Atelier midi-deux : cybersécurité des TPE", "2026-10-13", "2026-10-15"),
            ("Atelier midi-deux : RGPD en pratique", "2026-11-10", "2026-11-12"),
            ("Atelier midi-deux : écoconception web", "2026-12-08", "2026-12-10"),
            ("Atelier midi-deux : prospection sur LinkedIn", "2027-01-19", "2027-01-26"),
            ("Atelier midi-deux : IA et données", "2027-02-16", "2027-02-18"),
        ]
        for (title, tls, mpl) in workshops {
            e.append(timed(title + " (Toulouse)", tls, "12:15", "13:45", ["TLS"], .toulouse, .lunch, series: "midi-deux-2026",
                           people: ["P003"], audience: .local))
            e.append(timed(title + " (Montpellier)", mpl, "12:15", "13:45", ["MPL"], .montpellier, .lunch, series: "midi-deux-2026",
                           people: ["P003"], audience: .local))
        }
        // Factory working groups, each led by a pair of members.
        for d in ["2026-09-24", "2026-10-22", "2026-11-19", "2026-12-17", "2027-01-28", "2027-02-25", "2027-03-25"] {
            e.append(timed("Factory e-santé", d, "17:00", "19:00", ["MPL"], .montpellier, .workingGroup, series: "factory-esante",
                           people: ["P004", "P006"]))
        }
        for d in ["2026-09-29", "2026-10-27", "2026-11-17", "2026-12-15", "2027-01-26", "2027-02-23", "2027-03-23"] {
            e.append(timed("Factory Green IT", d, "17:30", "19:30", ["TLS"], .toulouse, .workingGroup, series: "factory-green-it",
                           people: ["P005", "P010"]))
        }
        // Connec'Sud in Montpellier, opened to Toulouse companies.
        e.append(timed("Connec'Sud 2027", "2027-04-08", "09:00", "18:00", ["MPL"], .montpellier, .day, people: ["P002", "P009"], big: true))
        // Innovation IT Day 2027: started in Toulouse in early June, now across the region.
        e.append(timed("Innovation IT Day — Toulouse", "2027-06-03", "09:00", "18:00", ["TLS"], .toulouse, .day,
                       series: "innovation-it-day-2027", people: ["P001", "P008"], big: true))
        e.append(timed("Innovation IT Day — Albi", "2027-06-10", "09:00", "17:00", ["ALB"], .toulouse, .day,
                       series: "innovation-it-day-2027", people: ["P010"]))
        e.append(timed("Innovation IT Day — Montpellier", "2027-06-17", "09:00", "18:00", ["MPL"], .montpellier, .day,
                       series: "innovation-it-day-2027", people: ["P002", "P009"], big: true))
        // General assemblies in both cities on consecutive days.
        e.append(timed("Assemblée générale — Toulouse", "2027-06-24", "17:00", "20:00", ["TLS"], .joint, .assembly,
                       series: "assemblees-2027", people: ["P001", "P002"], big: true))
        e.append(timed("Assemblée générale — Montpellier", "2027-06-25", "17:00", "20:00", ["MPL"], .joint, .assembly,
                       series: "assemblees-2027", people: ["P001", "P002"], big: true))
        // Events still to be placed by the scheduler (`plan`): candidate cities and a window.
        var rodez = timed("Green IT Day — Rodez ou Albi", "2027-03-01", "09:00", "17:30", ["RDZ"], .joint, .day,
                          series: "green-it-day-2026", people: ["P005", "P007"], big: true)
        rodez.placement = .unplaced(candidates: ["RDZ", "ALB"], earliest: LocalDate(year: 2027, month: 3, day: 1),
                                    latest: LocalDate(year: 2027, month: 3, day: 31), durationDays: 1)
        e.append(rodez)
        var tarbes = timed("Table à secousses — Tarbes ou Auch", "2027-04-12", "14:00", "17:00", ["TBS"], .toulouse, .workshop,
                           people: ["P008"])
        tarbes.placement = .unplaced(candidates: ["TBS", "AUC"], earliest: LocalDate(year: 2027, month: 4, day: 12),
                                     latest: LocalDate(year: 2027, month: 4, day: 30), durationDays: 1)
        e.append(tarbes)
        return e
    }

    static func install(_ db: Database) throws {
        for p in people {
            try db.execute(sql: "INSERT OR IGNORE INTO person(id, name, home, roles) VALUES (?, ?, ?, ?)",
                           arguments: [p.id, p.name, p.home, EventRecord.json(p.roles)])
        }
        for s in series {
            try db.execute(sql: "INSERT OR IGNORE INTO series(id, name, kind, spreadWeeks, touring) VALUES (?, ?, ?, ?, ?)",
                           arguments: [s.id, s.name, s.kind.rawValue, s.spreadWeeks, s.touring])
        }
        for ev in events { try Store.upsert(db, ev) }
        try Store.bumpRevision(db)
    }
}

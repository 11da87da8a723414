import Foundation

/// The cluster's places, with their road distances. Coordinates and road kilometres are those
/// of the scheduler's instance generator (scripts/gen_instance.py, a copy of shared/sched/gen_instance.py), so that the planner
/// and the scheduler agree on what "far" means.
public enum ReferenceCities {
    public static let all: [City] = [
        City(id: "TLS", name: "Toulouse", latitude: 43.6045, longitude: 1.4442),
        City(id: "MPL", name: "Montpellier", latitude: 43.6112, longitude: 3.8767),
        City(id: "NIM", name: "Nîmes", latitude: 43.8374, longitude: 4.3601),
        City(id: "PGF", name: "Perpignan", latitude: 42.6986, longitude: 2.8956),
        City(id: "CCF", name: "Carcassonne", latitude: 43.2130, longitude: 2.3491),
        City(id: "ALB", name: "Albi", latitude: 43.9289, longitude: 2.1464),
        City(id: "CAS", name: "Castres", latitude: 43.6060, longitude: 2.2400),
        City(id: "RDZ", name: "Rodez", latitude: 44.3506, longitude: 2.5750),
        City(id: "TBS", name: "Tarbes", latitude: 43.2328, longitude: 0.0781),
        City(id: "AUC", name: "Auch", latitude: 43.6465, longitude: 0.5855),
        City(id: "MEN", name: "Mende", latitude: 44.5181, longitude: 3.5006),
        City(id: "ALS", name: "Alès", latitude: 44.1250, longitude: 4.0817),
        City(id: "LEZ", name: "Lézignan-Corbières", latitude: 43.2009, longitude: 2.7575),
    ]

    /// Road km of the fastest route, rounded (estimates). Pairs not listed use the
    /// great-circle distance × 1.3, as the instance generator does.
    static let roadKm: [String: Int] = {
        let pairs: [(String, String, Int)] = [
            ("TLS", "MPL", 243), ("TLS", "NIM", 290), ("TLS", "PGF", 205), ("TLS", "CCF", 92),
            ("TLS", "ALB", 77), ("TLS", "CAS", 78), ("TLS", "RDZ", 155), ("TLS", "TBS", 155),
            ("TLS", "AUC", 79), ("TLS", "MEN", 270), ("TLS", "ALS", 310), ("TLS", "LEZ", 127),
            ("MPL", "NIM", 56), ("MPL", "PGF", 156), ("MPL", "CCF", 152), ("MPL", "ALB", 205),
            ("MPL", "CAS", 170), ("MPL", "RDZ", 175), ("MPL", "TBS", 395), ("MPL", "AUC", 320),
            ("MPL", "MEN", 200), ("MPL", "ALS", 72), ("MPL", "LEZ", 118),
            ("NIM", "PGF", 210), ("NIM", "ALS", 45), ("NIM", "MEN", 150), ("NIM", "LEZ", 175),
            ("PGF", "CCF", 118), ("PGF", "LEZ", 85), ("CCF", "ALB", 107), ("CCF", "CAS", 67),
            ("CCF", "LEZ", 36), ("CCF", "TBS", 245), ("CCF", "AUC", 170), ("ALB", "CAS", 42),
            ("ALB", "RDZ", 77), ("ALB", "TBS", 230), ("ALB", "AUC", 155), ("CAS", "RDZ", 115),
            ("CAS", "TBS", 230), ("CAS", "AUC", 155), ("CAS", "LEZ", 80), ("RDZ", "MEN", 110),
            ("RDZ", "ALS", 200), ("TBS", "AUC", 73), ("MEN", "ALS", 105),
        ]
        var table: [String: Int] = [:]
        for (a, b, km) in pairs {
            table[a + "-" + b] = km
            table[b + "-" + a] = km
        }
        return table
    }()

    /// Roads are this much longer than the great-circle distance, on average: the estimate
    /// used for pairs of cities whose road distance nobody has typed.
    public static let detourFactor = 1.3

    /// Road distance in km between two reference cities (0 for the same city).
    public static func roadDistance(_ a: City, _ b: City) -> Int {
        if a.id == b.id { return 0 }
        if let km = roadKm[a.id + "-" + b.id] { return km }
        return estimatedRoadKm(a, b)
    }

    /// Great-circle distance × `detourFactor`, in km.
    public static func estimatedRoadKm(_ a: City, _ b: City) -> Int {
        Int((haversineKm(a, b) * detourFactor).rounded())
    }

    static func haversineKm(_ a: City, _ b: City) -> Double {
        let rad = Double.pi / 180
        let la1 = a.latitude * rad, la2 = b.latitude * rad
        let dla = la2 - la1, dlo = (b.longitude - a.longitude) * rad
        let h = sin(dla / 2) * sin(dla / 2) + cos(la1) * cos(la2) * sin(dlo / 2) * sin(dlo / 2)
        return 2 * 6371.0 * asin(sqrt(h))
    }
}

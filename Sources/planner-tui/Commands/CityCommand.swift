import ArgumentParser
import Foundation
import PlannerCore

/// `city add NAME --lat LAT --lon LON [--id ID]` and `city list`: cities that imported
/// locations can name. Road distances to a new city are estimated from the great-circle
/// distance × `ReferenceCities.detourFactor` until someone types the real one.
struct CityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "city", abstract: Catalogue.Help.cityAbstract.help,
                                                    subcommands: [CityAddCommand.self, CityListCommand.self])
}

struct CityAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Catalogue.cityAddAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.cityName)) var name: String
    // Unconditional: `--lon -0.5792` (west of Greenwich) is a value, not an option.
    @Option(parsing: .unconditional, help: .localized(Catalogue.Help.cityLatitude)) var lat: Double
    @Option(parsing: .unconditional, help: .localized(Catalogue.Help.cityLongitude)) var lon: Double
    @Option(help: .localized(Catalogue.Help.cityId)) var id: String?

    func run() throws {
        let lang = global.language
        let clean = name.removingControlCharacters.trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty, clean.count <= 80 else { throw PlannerError.invalidValue(Catalogue.cityInvalidName(name)(lang)) }
        guard lat.isFinite, (-90...90).contains(lat) else { throw PlannerError.invalidValue(Catalogue.cityInvalidCoordinate("--lat", lat)(lang)) }
        guard lon.isFinite, (-180...180).contains(lon) else { throw PlannerError.invalidValue(Catalogue.cityInvalidCoordinate("--lon", lon)(lang)) }
        let cityId = (id ?? String(clean.foldedForSearch.filter { $0.isLetter }.prefix(3))).uppercased()
        guard (2...8).contains(cityId.count), cityId.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw PlannerError.invalidValue(Catalogue.cityInvalidId(cityId)(lang))
        }
        let store = try global.openStore()
        if try store.cities().contains(where: { $0.id == cityId || $0.name.foldedForSearch == clean.foldedForSearch }) {
            throw PlannerError.invalidValue(Catalogue.cityExists(cityId)(lang))
        }
        let n = try store.addCity(City(id: cityId, name: clean, latitude: lat, longitude: lon))
        Console.out(Catalogue.cityAdded(clean, id: cityId, distances: n, factor: ReferenceCities.detourFactor)(lang) + "\n")
    }
}

struct CityListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Catalogue.cityListAbstract.help)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        var out = Catalogue.cityListHeader(global.language) + "\n"
        for c in try store.cities() {
            out += c.id.padding(toLength: 9, withPad: " ", startingAt: 0) + c.name.padding(toLength: 25, withPad: " ", startingAt: 0)
                + String(format: "%8.4f  %9.4f", c.latitude, c.longitude) + "\n"
        }
        Console.out(out)
    }
}

/// Vocabulary for synthetic titles and summaries, with the accents real place names have.
enum Words {
    static let places = [
        "Côte d’Ivoire", "São Tomé", "Bogotá", "Kraków", "Zürich", "Šibenik", "Niamey", "Ouagadougou",
        "Bamako", "Juba", "Mogadishu", "Goma", "Bangui", "N’Djamena", "Prishtina", "Sarajevo", "Kabul",
        "Dili", "Port-au-Prince", "Beyrouth", "Tindouf", "El Fasher", "Bunia", "Gao", "Timbuktu",
    ]
    static let organizationPrefixes = [
        "Union of", "Community of", "Council for", "Alliance of", "Organisation régionale de",
        "Autorité de", "Mission Office in", "Commission for",
    ]
    static let vocabulary = [
        "mission", "opération", "support", "stabilisation", "peace", "accord", "ceasefire", "monitoring",
        "observers", "déploiement", "hand-over", "hybrid", "transition", "protection", "civilians",
        "élections", "police", "réforme", "security", "sector", "logistics", "mandate", "council",
        "résolution", "regional", "brigade", "standby", "force", "liaison", "office", "déclaration",
        "joint", "task", "partnership", "capacity", "building", "assessment", "review", "crisis",
    ]

    static func sentence(words count: Int, _ random: inout SplitMix64) -> String {
        var words = [String]()
        words.reserveCapacity(count)
        for position in 0..<count {
            let word = position % 5 == 3 ? places.randomElement(using: &random)! : vocabulary.randomElement(using: &random)!
            words.append(position == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
        }
        return words.joined(separator: " ")
    }
}

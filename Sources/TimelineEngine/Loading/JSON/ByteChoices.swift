/// Finds which of a few known words some bytes spell, without making a string:
/// field names, kinds, roles and link types read by the fast loader.
struct ByteChoices<Value: Sendable>: Sendable {
    private let choices: [(bytes: [UInt8], value: Value)]

    init(_ choices: [(String, Value)]) {
        self.choices = choices.map { (Array($0.0.utf8), $0.1) }
    }

    func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for choice in choices where choice.bytes.count == bytes.count && choice.bytes.elementsEqual(bytes) {
            return choice.value
        }
        return nil
    }
}

extension ByteChoices where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// The cases of an enumeration, by raw value.
    init() { self.init(Value.allCases.map { ($0.rawValue, $0) }) }
}

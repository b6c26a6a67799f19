extension CompactLayout {
    /// The bytes of a compact file with every checksum made to match its section again,
    /// for the fuzzer: a changed byte then reaches the checks behind the checksums (the
    /// bounds of every number) instead of stopping at them. Other bytes are given back.
    package static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= headerSize, starts(bytes) else { return bytes }
        var sealed = bytes
        func word(at offset: Int) -> UInt64 {
            sealed.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        }
        func setWord(_ value: UInt64, at offset: Int) {
            sealed.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: UInt64.self) }
        }
        func checksum(_ range: Range<Int>) -> UInt64 {
            var checksum = SectionChecksum()
            sealed.withUnsafeBytes { checksum.add(UnsafeRawBufferPointer(rebasing: $0[range])) }
            return checksum.value
        }
        let placesStart = magic.count + 16
        for section in Section.allCases {
            let place = placesStart + 24 * section.rawValue
            let (offset, length) = (word(at: place), word(at: place + 8))
            guard offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset else { continue }
            let end = (Int(offset + length) + 7) / 8 * 8
            if end <= bytes.count { setWord(checksum(Int(offset)..<end), at: place + 16) }
        }
        let headerEnd = placesStart + 24 * Section.allCases.count
        setWord(checksum(0..<headerEnd), at: headerEnd)
        return sealed
    }
}

/// A text by its hash, so that a million event ids are matched without a million strings.
///
/// The hash is Swift's `Hasher` (SipHash with a per-process random seed), 64 bits wide:
/// two different ids of one file share a hash with a probability far below that of a
/// disk error, and a file cannot be crafted to make them collide.
struct TextHash: Sendable, Hashable {
    let hash: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        hash = UInt64(bitPattern: Int64(hasher.finalize()))
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { TextHash($0) }
    }
}

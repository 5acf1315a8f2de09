/// Hides the names of private persons paid by a ledger.
///
/// Payments to vendors of kind ``VendorKind/individual`` are public spending, but the payee
/// is a private person: GovLens shows such a vendor as `Individual recipient 3f9a0c12`
/// unless the user asks to see personal data (`--show-personal`). The suffix is a stable
/// 32-bit FNV-1a hash of the vendor's id, so repeated payments to one person still group
/// together and read the same in every view, every export and every run, while the name
/// and the id are gone from everything built on the redacted ledger (search included).
///
/// The hash is not a secret: ids that are guessable (a name, a sequence) can be confirmed
/// by hashing a guess. It keeps names off screens and out of exports, which is what a
/// read-only dashboard account needs; it is not anonymisation.
public enum PersonalDataRedaction {
    /// The name shown for an individual whose id is `id`: `Individual recipient 3f9a0c12`.
    public static func label(forIndividualWithID id: String) -> String {
        "Individual recipient " + hash(id)
    }

    /// The id shown for an individual whose id is `id`: `individual-3f9a0c12`.
    public static func redactedID(forIndividualWithID id: String) -> String {
        "individual-" + hash(id)
    }

    /// Eight lowercase hex digits of the 32-bit FNV-1a hash of `text`'s UTF-8 bytes.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

extension Ledger {
    /// This ledger with every vendor of kind individual renamed to
    /// ``PersonalDataRedaction/label(forIndividualWithID:)`` and its id replaced by
    /// ``PersonalDataRedaction/redactedID(forIndividualWithID:)``; other vendors unchanged.
    public func redactingIndividuals() -> Ledger {
        var copy = self
        for index in vendors.kinds.indices where vendors.kinds[index] == .individual {
            let id = vendors.ids[index]
            copy.vendors.names[index] = PersonalDataRedaction.label(forIndividualWithID: id)
            copy.vendors.ids[index] = PersonalDataRedaction.redactedID(forIndividualWithID: id)
        }
        return copy
    }

    /// How many vendors are of kind individual.
    public var individualVendorCount: Int {
        vendors.kinds.reduce(0) { $0 + ($1 == .individual ? 1 : 0) }
    }
}

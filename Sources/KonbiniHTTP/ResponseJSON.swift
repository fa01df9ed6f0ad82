import KonbiniPayload

/// The JSON of response bodies, written byte by byte: a handler writes one for every request.
enum ResponseJSON {
    /// Appends an object of text members, in order, after a comma when `separated`.
    static func appendObject(_ members: [(name: StaticString, value: String)], separated: Bool, to output: inout [UInt8]) {
        if separated { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendName(member.name, to: &output)
            JSONText.appendQuoted(member.value, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// Appends a member's name and its colon.
    static func appendName(_ name: StaticString, to output: inout [UInt8]) {
        name.withUTF8Buffer { JSONText.appendQuoted(utf8: $0, to: &output) }
        output.append(UInt8(ascii: ":"))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The processes running now, read from `/proc`: each one's id, parent and command name.
struct ProcessTable {
    struct Entry {
        let pid: pid_t
        let parent: pid_t
        let name: String
    }

    let entries: [Entry]

    /// A snapshot of `/proc`; processes that end while it is read are left out.
    static func current() -> ProcessTable {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return ProcessTable(entries: names.compactMap { pid_t($0) }.compactMap(entry))
    }

    /// Whether `pid`'s chain of parents leads to `ancestor`.
    func isDescendant(_ pid: pid_t, of ancestor: pid_t) -> Bool {
        let parents = Dictionary(entries.map { ($0.pid, $0.parent) }) { first, _ in first }
        var current = pid
        for _ in 0..<64 {
            guard let parent = parents[current], parent > 0 else { return false }
            if parent == ancestor { return true }
            current = parent
        }
        return false
    }

    /// Whether `pid` is a live process (a zombie, ended but not yet reaped, is not).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// `/proc/PID/stat`: `pid (comm) state ppid …`; the name may hold spaces and parentheses.
    private static func entry(_ pid: pid_t) -> Entry? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let parent = pid_t(fields[1]) else { return nil }
        return Entry(pid: pid, parent: parent, name: String(stat[stat.index(after: open)..<close]))
    }
}

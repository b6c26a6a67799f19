import TerminalText
import TimelineEngine

/// The link graph of some events, for Graphviz (DOT) and Gephi (GraphML): events as
/// nodes with their dates, kind and organizations, typed links as edges (only between
/// events exported), and optionally the organizations as nodes, each event linked to
/// those taking part.
public enum GraphExport {
    public static func dot(_ events: [Int], of timeline: Timeline, organizations: Bool) throws -> String {
        let graph = try Graph(events, of: timeline, organizations: organizations)
        var lines = ["digraph timeline {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];"]
        for node in graph.nodes {
            let attributes = [("label", node.label), ("dates", node.dates), ("kind", node.kind),
                              ("organizations", node.organizations)].filter { !$0.1.isEmpty }
            let shape = node.isOrganization ? ", shape=ellipse" : ""
            lines.append("  \(quoted(node.id)) [" + attributes.map { "\($0)=\(quoted($1))" }.joined(separator: ", ") + shape + "];")
        }
        for edge in graph.edges {
            lines.append("  \(quoted(edge.source)) -> \(quoted(edge.target)) [label=\(quoted(edge.type))];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    public static func graphML(_ events: [Int], of timeline: Timeline, organizations: Bool) throws -> String {
        let graph = try Graph(events, of: timeline, organizations: organizations)
        let keys = [("label", "node"), ("dates", "node"), ("start", "node"), ("end", "node"), ("kind", "node"),
                    ("organizations", "node"), ("type", "edge")]
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#,
                     #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#]
        lines += keys.map { #"  <key id="\#($0.0)" for="\#($0.1)" attr.name="\#($0.0)" attr.type="string"/>"# }
        lines.append(#"  <graph id="timeline" edgedefault="directed">"#)
        for node in graph.nodes {
            lines.append(#"    <node id="\#(xml(node.id))">"#)
            for (key, value) in [("label", node.label), ("dates", node.dates), ("start", node.start), ("end", node.end),
                                 ("kind", node.kind), ("organizations", node.organizations)] where !value.isEmpty {
                lines.append(#"      <data key="\#(key)">\#(xml(value))</data>"#)
            }
            lines.append("    </node>")
        }
        for (number, edge) in graph.edges.enumerated() {
            lines.append(#"    <edge id="e\#(number)" source="\#(xml(edge.source))" target="\#(xml(edge.target))">"#
                + #"<data key="type">\#(xml(edge.type))</data></edge>"#)
        }
        return (lines + ["  </graph>", "</graphml>"]).joined(separator: "\n") + "\n"
    }

    /// A DOT string: quoted, with quotes and backslashes escaped.
    static func quoted(_ text: String) -> String {
        "\"" + DisplayText.safe(text).replacing([UInt8(ascii: "\\"): "\\\\", UInt8(ascii: "\""): "\\\""]) + "\""
    }

    /// XML text: the five markup characters escaped, controls (which XML 1.0 forbids) shown.
    static func xml(_ text: String) -> String {
        DisplayText.safe(text).replacing(markupEscapes)
    }
}

/// The nodes and edges both formats write.
private struct Graph {
    struct Node {
        var id: String
        var label: String
        var dates = "", start = "", end = "", kind = "", organizations = ""
        var isOrganization = false
    }

    struct Edge {
        var source: String
        var target: String
        var type: String
    }

    var nodes: [Node] = []
    var edges: [Edge] = []

    /// An organization's node, apart from events that may share its id.
    static func organizationNode(_ id: String) -> String { "org:" + id }

    init(_ events: [Int], of timeline: Timeline, organizations withOrganizations: Bool) throws {
        let exported = Set(events)
        var taking = [String]()
        try timeline.forEachEvent(at: events) { position, event in
            let (start, end) = event.dates.fieldTexts
            nodes.append(Node(id: event.id, label: event.shortName, dates: event.dates.plainText, start: start, end: end,
                              kind: event.kind.rawValue, organizations: event.organizationIDs.joined(separator: ";")))
            for link in timeline.links(of: position) where exported.contains(link.event) {
                edges.append(Edge(source: event.id, target: timeline.events[link.event].id, type: link.type.rawValue))
            }
            guard withOrganizations else { return }
            for participant in event.participants {
                if !taking.contains(participant.organization) { taking.append(participant.organization) }
                edges.append(Edge(source: Self.organizationNode(participant.organization), target: event.id,
                                  type: participant.role.rawValue))
            }
        }
        nodes += taking.map { id in
            Node(id: Self.organizationNode(id), label: timeline.organization(id: id)?.name ?? id, kind: timeline.organization(id: id)?.kind.rawValue ?? "",
                 isOrganization: true)
        }
    }
}

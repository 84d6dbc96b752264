package news.parallax.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.parallax.api.model.CitedSource;
import news.parallax.api.model.OutletRef;

/**
 * Who cited whom about the event: publishers on the left, the outlets they cite on the right, one
 * arrow per pair, thicker for more citations. A two-column layout stays readable with the few
 * dozen outlets an event has, and needs no layout engine or script.
 */
public record CitationGraph(int width, int height, List<Node> publishers, List<Node> cited, List<Edge> edges) {

    static final int WIDTH = 720;
    private static final int ROW = 36;
    private static final int TOP = 24;
    private static final int LEFT_X = 220;
    private static final int RIGHT_X = 500;

    /**
     * An outlet drawn at (x, y), its name at {@code labelX} (left of publishers, right of cited outlets);
     * {@code colour} is its column's colour, or -1 for an outlet without a column.
     */
    public record Node(long id, String name, int x, int y, int labelX, int colour) {
    }

    /** An arrow from a publisher to a cited outlet, with the number of citations. */
    public record Edge(String from, String to, int x1, int y1, int x2, int y2, double strokeWidth, int citations, int labelX,
            int labelY) {
    }

    /** A publisher's column colour and what it cited. */
    record Publisher(OutletRef outlet, int colour, List<CitedSource> cites) {
    }

    static CitationGraph of(List<Publisher> publishers, Map<Long, Integer> colours) {
        List<Node> left = new ArrayList<>();
        Map<Long, Node> right = new LinkedHashMap<>();
        List<Publisher> citing = publishers.stream().filter(p -> !p.cites().isEmpty()).toList();
        for (Publisher publisher : citing) {
            left.add(new Node(publisher.outlet().getId(), publisher.outlet().getName(), LEFT_X, TOP + left.size() * ROW, LEFT_X - 12,
                    publisher.colour()));
            for (CitedSource source : publisher.cites()) {
                right.computeIfAbsent(source.getOutlet().getId(), id -> new Node(id, source.getOutlet().getName(), RIGHT_X,
                        TOP + right.size() * ROW, RIGHT_X + 12, colours.getOrDefault(id, -1)));
            }
        }
        int most = citing.stream().flatMap(p -> p.cites().stream()).mapToInt(CitedSource::getCitations).max().orElse(1);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < citing.size(); i++) {
            Node from = left.get(i);
            for (CitedSource source : citing.get(i).cites()) {
                Node to = right.get(source.getOutlet().getId());
                int x1 = from.x() + 8;
                int x2 = to.x() - 14; // the arrow head ends before the node's dot
                edges.add(new Edge(from.name(), to.name(), x1, from.y(), x2, to.y(), 1.5 + 3.5 * source.getCitations() / most,
                        source.getCitations(), (x1 + x2) / 2, (from.y() + to.y()) / 2 - 4));
            }
        }
        int rows = Math.max(left.size(), right.size());
        return new CitationGraph(WIDTH, TOP + Math.max(rows, 1) * ROW, left, new ArrayList<>(right.values()), edges);
    }
}

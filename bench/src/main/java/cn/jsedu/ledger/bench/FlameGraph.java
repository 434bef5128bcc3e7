package cn.jsedu.ledger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A flame graph as a self-contained SVG from folded stacks ({@code root;caller;callee count}, one line per distinct
 * stack, as Brendan Gregg's flamegraph.pl reads them): the root at the bottom, each frame as wide as its samples,
 * a tooltip with its samples and share, coloured by the category it belongs to.
 */
final class FlameGraph {

    private static final int WIDTH = 1800;
    private static final int FRAME = 16;
    private static final int MARGIN = 10;
    private static final int TITLE = 40;
    private static final double MIN_PIXELS = 0.3;

    /** A node of the call tree: its samples include its callees'. */
    private static final class Node {
        final String name;
        final Map<String, Node> children = new LinkedHashMap<>();
        long samples;

        Node(String name) {
            this.name = name;
        }
    }

    private FlameGraph() {
    }

    /**
     * @param folded   stack (frames joined by ';', root first) → samples
     * @param colour   a frame's fill colour (CSS), e.g. by category
     */
    static String svg(String title, String subtitle, Map<String, Long> folded, Function<String, String> colour) {
        Node root = new Node("all");
        folded.forEach((stack, samples) -> {
            Node node = root;
            node.samples += samples;
            for (String frame : stack.split(";")) {
                node = node.children.computeIfAbsent(frame, Node::new);
                node.samples += samples;
            }
        });
        int depth = depth(root);
        int height = TITLE + (depth + 1) * FRAME + 2 * MARGIN;
        double scale = root.samples == 0 ? 0 : (WIDTH - 2.0 * MARGIN) / root.samples;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <?xml version="1.0" standalone="no"?>
                <svg version="1.1" width="%d" height="%d" viewBox="0 0 %d %d" xmlns="http://www.w3.org/2000/svg" \
                font-family="Verdana, sans-serif" font-size="11">
                <rect x="0" y="0" width="100%%" height="100%%" fill="#fdfdf6"/>
                <text x="%d" y="18" font-size="15">%s</text>
                <text x="%d" y="34" fill="#555">%s</text>
                """, WIDTH, height, WIDTH, height, MARGIN, escape(title), MARGIN, escape(subtitle)));
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[]{root, MARGIN + 0.0, 0});
        while (!stack.isEmpty()) {
            Object[] item = stack.remove(stack.size() - 1);
            Node node = (Node) item[0];
            double x = (double) item[1];
            int level = (int) item[2];
            double w = node.samples * scale;
            if (w < MIN_PIXELS) {
                continue;
            }
            double y = height - MARGIN - (level + 1) * FRAME;
            String label = String.format(Locale.ROOT, "%s (%,d samples, %.2f%%)", node.name, node.samples,
                    100.0 * node.samples / root.samples);
            svg.append(String.format(Locale.ROOT,
                    "<g><title>%s</title><rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
                            + "rx=\"2\"/>", escape(label), x, y, w, FRAME - 1,
                    level == 0 ? "#ddd" : colour.apply(node.name)));
            int chars = (int) ((w - 6) / 6.5);
            if (chars >= 3) {
                String text = node.name.length() <= chars ? node.name : node.name.substring(0, chars - 2) + "..";
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.0f\">%s</text>", x + 3, y + 11.5,
                        escape(text)));
            }
            svg.append("</g>\n");
            double childX = x;
            for (Node child : node.children.values()) {
                stack.add(new Object[]{child, childX, level + 1});
                childX += child.samples * scale;
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static int depth(Node node) {
        int max = 0;
        for (Node child : node.children.values()) {
            max = Math.max(max, 1 + depth(child));
        }
        return max;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package nl.verwijsindex.bench.report;

import java.util.List;

/** A Markdown page under construction. */
final class Page {

    private final StringBuilder text = new StringBuilder();

    Page heading(String title) {
        text.append("\n## ").append(title).append("\n\n");
        return this;
    }

    Page paragraph(String markdown) {
        text.append(markdown).append("\n\n");
        return this;
    }

    Page raw(String markdown) {
        text.append(markdown);
        return this;
    }

    Page table(List<String> header, List<List<String>> rows) {
        row(header);
        text.append("|").append("---|".repeat(header.size())).append("\n");
        rows.forEach(this::row);
        text.append("\n");
        return this;
    }

    private void row(List<String> cells) {
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

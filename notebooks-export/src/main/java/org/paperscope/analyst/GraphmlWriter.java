package org.paperscope.analyst;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one ministry network as GraphML for Gephi / networkx / igraph: typed attribute keys
 * ({@code string}, {@code double}, {@code long}, {@code int}), every text escaped by the JDK's
 * StAX writer; characters XML 1.0 cannot hold (control characters) become U+FFFD.
 */
final class GraphmlWriter {

  /** A node: body id and canonical name, with the articles (units) that name it in the period. */
  record Node(String id, String name, long count) {}

  /** An edge of {@code ministry_network}. */
  record Edge(String source, String target, int rank, String measure, double weight, long together,
      double npmi, double g2) {}

  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphmlWriter() {}

  static void write(Path file, Map<String, String> graphData, List<Node> nodes, List<Edge> edges)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NS);
      key(xml, "g_scope", "graph", "scope", "string");
      key(xml, "g_granularity", "graph", "granularity", "string");
      key(xml, "g_period", "graph", "period_start", "string");
      key(xml, "g_publication", "graph", "publication", "string");
      key(xml, "g_measure", "graph", "measure", "string");
      key(xml, "n_label", "node", "label", "string");
      key(xml, "n_count", "node", "count", "long");
      key(xml, "e_weight", "edge", "weight", "double");
      key(xml, "e_rank", "edge", "rank", "int");
      key(xml, "e_together", "edge", "together", "long");
      key(xml, "e_npmi", "edge", "npmi", "double");
      key(xml, "e_g2", "edge", "g2", "double");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "G");
      xml.writeAttribute("edgedefault", "undirected");
      for (Map.Entry<String, String> entry : graphData.entrySet()) {
        data(xml, entry.getKey(), entry.getValue());
      }
      for (Node node : nodes) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", clean(node.id()));
        data(xml, "n_label", node.name());
        data(xml, "n_count", Long.toString(node.count()));
        xml.writeEndElement();
      }
      int index = 0;
      for (Edge edge : edges) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + index++);
        xml.writeAttribute("source", clean(edge.source()));
        xml.writeAttribute("target", clean(edge.target()));
        data(xml, "e_weight", Double.toString(edge.weight()));
        data(xml, "e_rank", Integer.toString(edge.rank()));
        data(xml, "e_together", Long.toString(edge.together()));
        data(xml, "e_npmi", Double.toString(edge.npmi()));
        data(xml, "e_g2", Double.toString(edge.g2()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write GraphML " + file + ": " + e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", target);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  /** Replaces characters outside XML 1.0's Char production with U+FFFD. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      out.appendCodePoint(ok ? c : 0xFFFD);
    });
    return out.toString();
  }
}

package com.weeklyreview.widgets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A widget's markup parsed as XML, read with XPath: what the tests assert on. */
final class Markup {

    private final Document doc;

    private Markup(Document doc) {
        this.doc = doc;
    }

    static Markup parse(String markup) {
        try {
            return new Markup(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + markup, e);
        }
    }

    /** The root element. */
    Element root() {
        return doc.getDocumentElement();
    }

    /** The text of every node the expression selects. */
    List<String> texts(String xpath) {
        List<String> out = new ArrayList<>();
        NodeList nodes = nodes(xpath);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The nodes the expression selects. */
    NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** Asserts what every SVG widget must be: scaled by its viewBox to the page's width. */
    static Markup scalableSvg(String svg) {
        Markup m = parse(svg);
        Element root = m.root();
        org.assertj.core.api.Assertions.assertThat(root.getTagName()).isEqualTo("svg");
        org.assertj.core.api.Assertions.assertThat(root.getAttribute("viewBox"))
                .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        org.assertj.core.api.Assertions.assertThat(root.getAttribute("style")).contains("max-width:100%").contains("height:auto");
        return m;
    }
}

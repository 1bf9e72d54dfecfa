package com.weeklyreview.atlassian;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads {@code atlassian-plugin.xml} for the tests. */
public final class Descriptor {

    private final Document doc;

    private Descriptor(Document doc) {
        this.doc = doc;
    }

    /** Parses a descriptor. */
    public static Descriptor parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new Descriptor(f.newDocumentBuilder().parse(in));
    }

    /** The descriptor built into target/classes (resources filtered). */
    public static Descriptor built() throws Exception {
        try (InputStream in = Descriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return parse(in);
        }
    }

    /** The root element. */
    public Element root() {
        return doc.getDocumentElement();
    }

    /** Every element of a module type, in document order. */
    public List<Element> modules(String type) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(type);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The child elements of an element with a tag name. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}

package org.occtensor.refine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Metadata of a plug-in class read from its jar outside OSGi: the bundle headers of its manifest
 * and the {@code name} and {@code service.ranking} properties of its Declarative Services component
 * description (the files the {@code Service-Component} header lists). This keeps names and
 * rankings the same in plain Java as in OSGi.
 *
 * @param bundle  Bundle-SymbolicName, or the jar's file name when the manifest has none
 * @param version Bundle-Version, or {@code "unknown"}
 * @param name    the component's {@code name} property, if it declares one
 * @param ranking the component's {@code service.ranking} property, 0 when absent
 */
record ComponentMetadata(String bundle, String version, Optional<String> name, int ranking) {

    static final String UNKNOWN_VERSION = "unknown";

    private static final Map<Path, Manifest> MANIFESTS = new ConcurrentHashMap<>();

    /** Reads the metadata of {@code type}; a class without a readable jar gets defaults. */
    static ComponentMetadata of(Class<?> type) {
        Path location = location(type);
        if (location == null) {
            return new ComponentMetadata(type.getName(), UNKNOWN_VERSION, Optional.empty(), 0);
        }

        Manifest manifest = MANIFESTS.computeIfAbsent(location, ComponentMetadata::readManifest);
        Attributes main = manifest.getMainAttributes();
        String bundle = headerValue(main.getValue("Bundle-SymbolicName"), location.getFileName().toString());
        String version = headerValue(main.getValue("Bundle-Version"), UNKNOWN_VERSION);

        String components = main.getValue("Service-Component");
        if (components != null) {
            for (String entry : components.split(",")) {
                Element component = findComponent(location, entry.trim(), type.getName());
                if (component != null) {
                    return new ComponentMetadata(bundle, version, property(component, "name"),
                            property(component, "service.ranking").map(Integer::parseInt).orElse(0));
                }
            }
        }
        return new ComponentMetadata(bundle, version, Optional.empty(), 0);
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Returns the first clause of a manifest header without its attributes and directives. */
    private static String headerValue(String header, String fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
    }

    private static Manifest readManifest(Path location) {
        try {
            if (Files.isDirectory(location)) {
                Path file = location.resolve(JarFile.MANIFEST_NAME);
                if (!Files.isRegularFile(file)) {
                    return new Manifest();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return new Manifest(in);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                Manifest manifest = jar.getManifest();
                return manifest == null ? new Manifest() : manifest;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the manifest of " + location + ": " + e.getMessage(), e);
        }
    }

    private static Element findComponent(Path location, String entry, String className) {
        Document document = readXml(location, entry);
        if (document == null) {
            return null;
        }
        Element root = document.getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && "implementation".equals(localName(child))
                    && className.equals(child.getAttribute("class"))) {
                return root;
            }
        }
        return null;
    }

    private static Document readXml(Path location, String entry) {
        try {
            if (Files.isDirectory(location)) {
                Path file = location.resolve(entry);
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return parser().parse(in);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                var zipEntry = jar.getEntry(entry);
                if (zipEntry == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(zipEntry)) {
                    return parser().parse(in);
                }
            }
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot read component description " + entry + " in " + location
                    + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser rejected a standard feature", e);
        }
    }

    private static Optional<String> property(Element component, String name) {
        for (Node n = component.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && "property".equals(localName(child))
                    && name.equals(child.getAttribute("name")) && child.hasAttribute("value")) {
                return Optional.of(child.getAttribute("value").trim());
            }
        }
        return Optional.empty();
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}

package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.biojava.nbio.structure.chem.ChemCompGroupFactory;
import org.biojava.nbio.structure.chem.DownloadChemCompProvider;
import org.biojava.nbio.structure.chem.ReducedChemCompProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.io.api.ModelReader;

/**
 * Reading never lets BioJava download. The JVM consults the recording {@link ProxySelector} for
 * every HTTP and HTTPS URL connection it opens, though not for raw sockets. The control test shows that the recorder catches BioJava's
 * download provider, pointed at a closed loopback port so that nothing leaves the machine.
 */
class NoNetworkTest {

    private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    private ProxySelector previousSelector;

    @TempDir
    Path temp;

    @BeforeEach
    void recordConnections() {
        previousSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                requests.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(previousSelector);
        DownloadChemCompProvider.setServerBaseUrl(DownloadChemCompProvider.DEFAULT_SERVER_URL);
        ChemCompGroupFactory.setChemCompProvider(new ReducedChemCompProvider());
        ChemCompGroupFactory.clearCache();
    }

    @Test
    void readingReplacesDownloadProvider() throws Exception {
        installLoopbackDownloadProvider();

        new ModelReader().read(TestFiles.fixture("anisou_charges.pdb"));
        new ModelReader().read(TestFiles.fixture("anisou_charges.cif"));
        new ModelReader().read(TestFiles.fixture("microheterogeneity.cif"));

        assertInstanceOf(ReducedChemCompProvider.class, ChemCompGroupFactory.getChemCompProvider());
        assertFalse(ChemCompGroupFactory.getChemCompProvider() instanceof DownloadChemCompProvider);
        assertEquals(List.of(), requests);
    }

    @Test
    void readingRealModelsOpensNoConnection() throws Exception {
        installLoopbackDownloadProvider();

        for (String name : TestFiles.REAL_MODELS) {
            new ModelReader().read(TestFiles.realData(name));
        }

        assertEquals(List.of(), requests);
    }

    /** Control: without the reader's provider, BioJava requests a ligand absent from its jar. */
    @Test
    void recorderSeesDownloadProvider() throws Exception {
        installLoopbackDownloadProvider();

        ChemCompGroupFactory.getChemComp("EDO");

        assertEquals(1, requests.size(), requests.toString());
        assertEquals("127.0.0.1", requests.get(0).getHost());
        assertTrue(requests.get(0).getPath().endsWith("EDO.cif"), requests.toString());
    }

    /** Installs BioJava's download provider, pointed at a loopback port that nothing listens on. */
    private void installLoopbackDownloadProvider() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DownloadChemCompProvider.setServerBaseUrl("http://127.0.0.1:" + closedPort + "/");
        ChemCompGroupFactory.setChemCompProvider(new DownloadChemCompProvider(temp.toString()));
        ChemCompGroupFactory.clearCache();
    }
}

package org.occtensor.thirdparty.biojava.internal;

import org.biojava.nbio.structure.xtal.SymoplibParser;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Loads BioJava's space-group table when the bundle starts, with this bundle's class loader as
 * the thread's context class loader.
 *
 * <p>BioJava 7.2.2 parses {@code spacegroups.xml} through JAXB in a static initializer the first
 * time a model with a CRYST1 record or cell is read, and calls {@code System.exit(1)} when JAXB
 * fails. JAXB 4 finds its implementation through the context class loader, which in OSGi is the
 * caller's and cannot see the JAXB runtime embedded here, so the first read inside a framework
 * would end the whole process. Loading the table here, once, avoids that.
 */
public final class SpaceGroupTableActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SpaceGroupTableActivator.class.getClassLoader());
        try {
            SymoplibParser.getSpaceGroup("P 1");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // The table is plain data held by BioJava's classes; it goes with the bundle's class loader.
    }
}

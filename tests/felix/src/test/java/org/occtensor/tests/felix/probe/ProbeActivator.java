package org.occtensor.tests.felix.probe;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Function;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the probe under {@link Function}, a JDK type, so that the test on the class path can
 * call it without sharing any OccTensor class with the framework.
 */
public final class ProbeActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("occtensor.probe", "true");
        context.registerService(Function.class, new Probe(context), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // The framework unregisters the probe service.
    }
}

package org.occtensor.xray.providers;

import org.occtensor.core.spi.TargetProvider;
import org.osgi.service.component.annotations.Component;

/** The least-squares amplitude target. */
@Component(service = TargetProvider.class, property = TargetProvider.NAME_PROPERTY + "=ls")
public final class LeastSquaresProvider extends XrayTargetProvider {

    @Override
    public String name() {
        return "ls";
    }

    @Override
    public String description() {
        return "least squares on amplitudes";
    }
}

package org.occtensor.xray.providers;

import org.occtensor.core.spi.TargetProvider;
import org.osgi.service.component.annotations.Component;

/** The maximum-likelihood amplitude target with sigma-A estimated in resolution bins. */
@Component(service = TargetProvider.class, property = TargetProvider.NAME_PROPERTY + "=ml")
public final class MaximumLikelihoodProvider extends XrayTargetProvider {

    @Override
    public String name() {
        return "ml";
    }

    @Override
    public String description() {
        return "maximum likelihood on amplitudes, sigma-A in resolution bins";
    }
}

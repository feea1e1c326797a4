package org.occtensor.xray.providers;

import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.TargetContext;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.xray.api.XrayModel;

/** Base class of the X-ray target providers, which need the context's {@link XrayModel} extension. */
abstract class XrayTargetProvider implements TargetProvider {

    @Override
    public GroupTarget create(TargetContext context) {
        XrayModel xray = context.extension(XrayModel.class).orElseThrow(() -> new IllegalArgumentException(
                "target '" + name() + "' requires an X-ray model: the target context has no "
                        + XrayModel.class.getName() + " extension"));
        return xray.target(context.plan(), context.refinable(), name());
    }
}

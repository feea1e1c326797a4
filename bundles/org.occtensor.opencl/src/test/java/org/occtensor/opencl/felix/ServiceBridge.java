package org.occtensor.opencl.felix;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import org.occtensor.core.spi.ComputeBackend;

/**
 * Presents a {@link ComputeBackend} service registered inside Felix as the {@code ComputeBackend}
 * of the test's class path. The bundles load their own copies of the core SPI classes, so each call
 * goes through reflection. Primitives, arrays and strings pass unchanged, and SPI records are
 * rebuilt as the bundle's record class. The handles that the prepare methods return are wrapped in
 * proxies of the test's SPI interfaces.
 */
final class ServiceBridge implements InvocationHandler {

    private static final String SPI_PREFIX = "org.occtensor.core.";

    private final Object target;
    private final ClassLoader spiLoader;

    private ServiceBridge(Object target, ClassLoader spiLoader) {
        this.target = target;
        this.spiLoader = spiLoader;
    }

    /** Wraps a service object obtained from a Felix bundle context. */
    static ComputeBackend backend(Object service) throws ClassNotFoundException {
        ClassLoader spiLoader = service.getClass().getClassLoader().loadClass(ComputeBackend.class.getName())
                .getClassLoader();
        return wrap(ComputeBackend.class, service, spiLoader);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return invokeObjectMethod(proxy, method, args);
        }
        Class<?>[] parameterTypes = method.getParameterTypes();
        Class<?>[] bundleTypes = new Class<?>[parameterTypes.length];
        Object[] bundleArgs = new Object[parameterTypes.length];
        for (int i = 0; i < parameterTypes.length; i++) {
            bundleTypes[i] = bundleType(parameterTypes[i]);
            bundleArgs[i] = toBundle(args[i]);
        }
        Method bundleMethod = bundleType(method.getDeclaringClass()).getMethod(method.getName(), bundleTypes);

        Object result;
        try {
            result = bundleMethod.invoke(target, bundleArgs);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }

        Class<?> returnType = method.getReturnType();
        if (result != null && returnType.isInterface() && returnType.getName().startsWith(SPI_PREFIX)) {
            return wrap(returnType, result, spiLoader);
        }
        return result;
    }

    private Object invokeObjectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "bridge to " + target;
        }
    }

    /** Returns the bundle's copy of an SPI class. JDK classes, primitives and arrays are shared. */
    private Class<?> bundleType(Class<?> type) throws ClassNotFoundException {
        return type.getName().startsWith(SPI_PREFIX) ? spiLoader.loadClass(type.getName()) : type;
    }

    private Object toBundle(Object value) throws ReflectiveOperationException {
        if (value == null) {
            return null;
        }
        if (Proxy.isProxyClass(value.getClass()) && Proxy.getInvocationHandler(value) instanceof ServiceBridge) {
            return ((ServiceBridge) Proxy.getInvocationHandler(value)).target;
        }
        if (value.getClass().isRecord() && value.getClass().getName().startsWith(SPI_PREFIX)) {
            return rebuildRecord(value);
        }
        return value;
    }

    /** Creates the bundle's record with the same components. The SPI records hold only primitives and arrays. */
    private Object rebuildRecord(Object record) throws ReflectiveOperationException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = bundleType(components[i].getType());
            values[i] = toBundle(components[i].getAccessor().invoke(record));
        }
        return bundleType(record.getClass()).getDeclaredConstructor(types).newInstance(values);
    }

    private static <T> T wrap(Class<T> type, Object target, ClassLoader spiLoader) {
        return type.cast(Proxy.newProxyInstance(ServiceBridge.class.getClassLoader(), new Class<?>[] {type},
                new ServiceBridge(target, spiLoader)));
    }
}

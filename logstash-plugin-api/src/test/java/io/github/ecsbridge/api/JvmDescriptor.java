package io.github.ecsbridge.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/** JVM descriptors of types and members, as binary linking sees them. */
final class JvmDescriptor {

    private JvmDescriptor() {
    }

    static String of(Class<?> type) {
        if (type.isArray()) {
            return "[" + of(type.getComponentType());
        }
        if (type.isPrimitive()) {
            return primitive(type);
        }
        return "L" + internalName(type) + ";";
    }

    static String of(Method method) {
        return parameters(method.getParameterTypes()) + of(method.getReturnType());
    }

    static String of(Constructor<?> constructor) {
        return parameters(constructor.getParameterTypes()) + "V";
    }

    static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static String parameters(Class<?>[] types) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> type : types) {
            descriptor.append(of(type));
        }
        return descriptor.append(')').toString();
    }

    private static String primitive(Class<?> type) {
        return switch (type.getName()) {
            case "void" -> "V";
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            case "double" -> "D";
            default -> throw new IllegalArgumentException("not a primitive type: " + type);
        };
    }
}

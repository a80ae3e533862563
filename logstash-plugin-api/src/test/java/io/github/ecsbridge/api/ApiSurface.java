package io.github.ecsbridge.api;

import co.elastic.logstash.api.Plugin;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists the compiled classes of the API package and describes their public surface in manifest lines. */
final class ApiSurface {

    static final String PACKAGE = Plugin.class.getPackageName();

    private ApiSurface() {
    }

    /** Every class file of the package, found where {@link Plugin} was loaded from (directory or jar). */
    static List<Class<?>> compiledTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = PACKAGE.replace('.', '/') + "/";
        List<String> classFiles = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(folder))) {
                files.map(file -> folder + file.getFileName()).forEach(classFiles::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0)
                        .forEach(classFiles::add);
            }
        }
        List<Class<?>> types = new ArrayList<>();
        for (String file : classFiles) {
            if (file.endsWith(".class")) {
                String className = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                types.add(Class.forName(className, false, Plugin.class.getClassLoader()));
            }
        }
        return types;
    }

    /** The manifest lines of one type: its kind and supertypes, runtime annotations and public members. */
    static List<String> describe(Class<?> type) {
        String owner = type.getName().substring(PACKAGE.length() + 1);
        List<String> lines = new ArrayList<>();
        lines.add(line(owner, "type", kind(type), supertypes(type)));
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            lines.add(annotationLine(owner, annotation));
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                lines.add(line(owner, fieldKind(field), field.getName(), JvmDescriptor.of(field.getType())));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers())) {
                lines.add(line(owner, "constructor", "<init>", JvmDescriptor.of(constructor))
                        + throwsColumn(constructor.getExceptionTypes()));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                lines.add(line(owner, methodKind(type, method), method.getName(), JvmDescriptor.of(method))
                        + throwsColumn(method.getExceptionTypes()));
            }
        }
        return lines;
    }

    private static String kind(Class<?> type) {
        int modifiers = type.getModifiers();
        String kind;
        if (type.isAnnotation()) {
            kind = "annotation";
        } else if (type.isInterface()) {
            kind = "interface";
        } else {
            kind = Modifier.isFinal(modifiers) ? "final-class" : "class";
        }
        // A non-public or nested type is not part of the real API, so it is spelled out to fail the comparison.
        if (!Modifier.isPublic(modifiers)) {
            kind = "non-public-" + kind;
        }
        if (type.getEnclosingClass() != null) {
            kind = "nested-" + kind;
        }
        return kind;
    }

    private static String supertypes(Class<?> type) {
        List<Class<?>> supertypes = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            supertypes.add(type.getSuperclass());
        }
        supertypes.addAll(Arrays.asList(type.getInterfaces()));
        return supertypes.isEmpty() ? "-"
                : supertypes.stream().map(JvmDescriptor::internalName).collect(Collectors.joining(","));
    }

    private static String annotationLine(String owner, Annotation annotation) {
        if (annotation instanceof Retention retention) {
            return line(owner, "retention", retention.value().name(), "-");
        }
        if (annotation instanceof Target target) {
            String targets = Arrays.stream(target.value()).map(ElementType::name).sorted()
                    .collect(Collectors.joining(","));
            return line(owner, "target", targets, "-");
        }
        return line(owner, "annotated", JvmDescriptor.internalName(annotation.annotationType()), "-");
    }

    private static String fieldKind(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) ? "field" : "mutable-or-instance-field";
    }

    private static String methodKind(Class<?> owner, Method method) {
        int modifiers = method.getModifiers();
        if (method.isSynthetic() || method.isBridge()) {
            return "synthetic";
        }
        if (owner.isAnnotation()) {
            return method.getDefaultValue() == null ? "element" : "element-with-default";
        }
        if (Modifier.isStatic(modifiers)) {
            return "static";
        }
        if (method.isDefault()) {
            return "default";
        }
        return Modifier.isAbstract(modifiers) ? "abstract" : "instance";
    }

    private static String throwsColumn(Class<?>[] exceptions) {
        if (exceptions.length == 0) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        for (Class<?> exception : exceptions) {
            names.add(JvmDescriptor.internalName(exception));
        }
        return " throws=" + String.join(",", names);
    }

    private static String line(String owner, String kind, String name, String descriptor) {
        return owner + " " + kind + " " + name + " " + descriptor;
    }
}

package io.github.ecsbridge.api;

import co.elastic.logstash.api.Password;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordTest {

    @Test
    void valueIsReadableButNeverPrinted() {
        Password password = new Password("s3cret");
        assertEquals("s3cret", password.getPassword());
        assertEquals("s3cret", password.getValue());
        assertEquals("<password>", password.toString());
        assertEquals("<password>", password.inspect());
        assertEquals("url=<password>", "url=" + password);
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Password("s3cret"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals("s3cret", ((Password) in.readObject()).getValue());
        }
    }
}

/**
 * CEF without Logstash: {@link io.github.ecsbridge.cef.CefScanner} reads a line into a
 * {@link io.github.ecsbridge.cef.CefMessage}, {@link io.github.ecsbridge.cef.CefKeyDictionary} knows the keys, and
 * {@link io.github.ecsbridge.cef.CefEcsMapper} writes the typed, ECS-named document.
 */
package io.github.ecsbridge.cef;

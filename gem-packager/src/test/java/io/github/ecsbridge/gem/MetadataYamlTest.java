package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetadataYamlTest {

    @Test
    void rendersTheWholeSpecificationWithEveryStringQuoted() {
        assertEquals("""
                --- !ruby/object:Gem::Specification
                name: 'logstash-filter-kaspersky'
                version: !ruby/object:Gem::Version
                  version: '0.1.0'
                platform: 'java'
                authors:
                - 'ECS Bridge contributors'
                autorequire:
                bindir: 'bin'
                cert_chain: []
                date: 2026-01-01 00:00:00.000000000 Z
                dependencies:
                - !ruby/object:Gem::Dependency
                  name: 'logstash-core-plugin-api'
                  requirement: !ruby/object:Gem::Requirement
                    requirements:
                    - - '>='
                      - !ruby/object:Gem::Version
                        version: '1.60'
                    - - '<='
                      - !ruby/object:Gem::Version
                        version: '2.99'
                  type: :runtime
                  prerelease: false
                  version_requirements: !ruby/object:Gem::Requirement
                    requirements:
                    - - '>='
                      - !ruby/object:Gem::Version
                        version: '1.60'
                    - - '<='
                      - !ruby/object:Gem::Version
                        version: '2.99'
                - !ruby/object:Gem::Dependency
                  name: 'jar-dependencies'
                  requirement: !ruby/object:Gem::Requirement
                    requirements:
                    - - '>='
                      - !ruby/object:Gem::Version
                        version: '0'
                  type: :runtime
                  prerelease: false
                  version_requirements: !ruby/object:Gem::Requirement
                    requirements:
                    - - '>='
                      - !ruby/object:Gem::Version
                        version: '0'
                description: 'Logstash filter that maps Kaspersky''s CEF events to ECS.'
                email:
                executables: []
                extensions: []
                extra_rdoc_files: []
                files:
                - 'LICENSE'
                - 'README.md'
                - 'VERSION'
                - 'docs/index.asciidoc'
                - 'lib/logstash-filter-kaspersky_jars.rb'
                - 'lib/logstash/filters/kaspersky.rb'
                - 'logstash-filter-kaspersky.gemspec'
                - 'vendor/jar-dependencies/io/github/ecsbridge/logstash-filter-kaspersky/0.1.0/logstash-filter-kaspersky-0.1.0.jar'
                homepage: 'https://github.com/ecsbridge/ecs-bridge'
                licenses:
                - 'Apache-2.0'
                metadata:
                  logstash_plugin: 'true'
                  logstash_group: 'filter'
                  java_plugin: 'true'
                post_install_message:
                rdoc_options: []
                require_paths:
                - 'lib'
                - 'vendor/jar-dependencies'
                required_ruby_version: !ruby/object:Gem::Requirement
                  requirements:
                  - - '>='
                    - !ruby/object:Gem::Version
                      version: '0'
                required_rubygems_version: !ruby/object:Gem::Requirement
                  requirements:
                  - - '>='
                    - !ruby/object:Gem::Version
                      version: '0'
                requirements: []
                rubygems_version: '3.3.15'
                signing_key:
                specification_version: 4
                summary: 'Logstash filter that maps Kaspersky''s CEF events to ECS.'
                test_files: []
                """, MetadataYaml.render(GemFixture.specification()));
    }
}

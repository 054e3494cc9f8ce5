import { describe, expect, it } from 'vitest';
import { assertJavaAvailable, parseJavaMajor } from '../../tools/neo4j/java-toolchain';
import { MissingToolError } from '../../tools/neo4j/toolchain-errors';

describe('the Java check', () => {
  it('reads the major version of modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('no version here')).toBeUndefined();
  });

  it('says how to install a JDK when java cannot be run', () => {
    expect(() => assertJavaAvailable('/nonexistent/bin/java')).toThrow(MissingToolError);
    expect(() => assertJavaAvailable('/nonexistent/bin/java')).toThrow(/apt-get install openjdk-17-jdk-headless/);
  });
});

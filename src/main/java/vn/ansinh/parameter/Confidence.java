package vn.ansinh.parameter;

/** How sure we are of a value (RULES.md): A primary text or several agreeing sources, B one reliable secondary source, C verify before relying on it. */
public enum Confidence {
    A, B, C
}

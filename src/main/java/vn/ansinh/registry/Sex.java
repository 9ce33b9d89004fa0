package vn.ansinh.registry;

/** Sex as recorded on the CCCD and in the person table. */
public enum Sex {
    M, F
}

package vn.ansinh.security;

/**
 * The part of the country an actor may see, as an area path ({@code /42/436/}). A district officer's scope covers
 * that district and its communes and nothing else.
 */
public record AreaScope(String path) {

    public static final AreaScope NATIONWIDE = new AreaScope("/");

    public AreaScope {
        if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("an area path starts and ends with '/': " + path);
        }
    }

    public boolean covers(String areaPath) {
        return areaPath != null && areaPath.startsWith(path);
    }

    /** How many levels down the tree the scope starts: 0 nationwide, 1 a province, 2 a district, 3 a commune. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    /** A {@code LIKE} pattern matching every area path inside this scope. */
    public String likePattern() {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

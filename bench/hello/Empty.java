/** The JVM's own floor: start, load one class, exit. */
public final class Empty {
    public static void main(String[] args) {}
}

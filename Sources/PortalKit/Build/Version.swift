/// The version of portal, printed by `portal --version` and written in feeds' generator element.
public enum PortalVersion {
    public static let current = "0.1.0"
}

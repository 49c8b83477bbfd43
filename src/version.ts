// Kept in step with package.json by a test; read at build time, not from disk at run time,
// because the built files do not sit at a fixed distance from package.json.
export const VERSION = "0.5.0";
